// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweEventLog } from './event-log.component.js';

export { WweEventLog };
export default WweEventLog;

WweEventLog.define('wwe-event-log');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-event-log': WweEventLog;
  }
}
