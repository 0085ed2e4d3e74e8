import { WweEventLog } from './event-log.component.js';

export { WweEventLog };
export default WweEventLog;

WweEventLog.define('wwe-event-log');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-event-log': WweEventLog;
  }
}
