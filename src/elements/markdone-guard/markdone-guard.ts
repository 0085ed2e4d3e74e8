import { WweMarkdoneGuard } from './markdone-guard.component.js';

export { WweMarkdoneGuard };
export default WweMarkdoneGuard;

WweMarkdoneGuard.define('wwe-markdone-guard');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-markdone-guard': WweMarkdoneGuard;
  }
}
