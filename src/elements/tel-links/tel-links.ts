// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweTelLinks } from './tel-links.component.js';

export { WweTelLinks };
export default WweTelLinks;

WweTelLinks.define('wwe-tel-links');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-tel-links': WweTelLinks;
  }
}
