// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweEmailButton } from './email-button.component.js';

export { WweEmailButton };
export default WweEmailButton;

WweEmailButton.define('wwe-email-button');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-email-button': WweEmailButton;
  }
}
