// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweCallControls } from './call-controls.component.js';

export { WweCallControls };
export default WweCallControls;

WweCallControls.define('wwe-call-controls');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-call-controls': WweCallControls;
  }
}
