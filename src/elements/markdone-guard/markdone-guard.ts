// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweMarkdoneGuard } from './markdone-guard.component.js';

export { WweMarkdoneGuard };
export default WweMarkdoneGuard;

WweMarkdoneGuard.define('wwe-markdone-guard');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-markdone-guard': WweMarkdoneGuard;
  }
}
