// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweToastTrigger } from './toast-trigger.component.js';

export { WweToastTrigger };
export default WweToastTrigger;

WweToastTrigger.define('wwe-toast-trigger');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-toast-trigger': WweToastTrigger;
  }
}
