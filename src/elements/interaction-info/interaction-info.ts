// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweInteractionInfo } from './interaction-info.component.js';

export { WweInteractionInfo };
export default WweInteractionInfo;

WweInteractionInfo.define('wwe-interaction-info');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-interaction-info': WweInteractionInfo;
  }
}
