// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweConnectionStatus } from './connection-status.component.js';

export { WweConnectionStatus };
export default WweConnectionStatus;

WweConnectionStatus.define('wwe-connection');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-connection': WweConnectionStatus;
  }
}
