import { WweConnectionStatus } from './connection-status.component.js';

export { WweConnectionStatus };
export default WweConnectionStatus;

WweConnectionStatus.define('wwe-connection');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-connection': WweConnectionStatus;
  }
}
