// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweDialButton } from './dial-button.component.js';

export { WweDialButton };
export default WweDialButton;

WweDialButton.define('wwe-dial-button');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-dial-button': WweDialButton;
  }
}
