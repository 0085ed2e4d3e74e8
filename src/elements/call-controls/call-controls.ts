import { WweCallControls } from './call-controls.component.js';

export { WweCallControls };
export default WweCallControls;

WweCallControls.define('wwe-call-controls');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-call-controls': WweCallControls;
  }
}
