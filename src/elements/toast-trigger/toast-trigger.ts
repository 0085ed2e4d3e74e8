import { WweToastTrigger } from './toast-trigger.component.js';

export { WweToastTrigger };
export default WweToastTrigger;

WweToastTrigger.define('wwe-toast-trigger');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-toast-trigger': WweToastTrigger;
  }
}
