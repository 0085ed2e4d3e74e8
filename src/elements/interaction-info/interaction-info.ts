import { WweInteractionInfo } from './interaction-info.component.js';

export { WweInteractionInfo };
export default WweInteractionInfo;

WweInteractionInfo.define('wwe-interaction-info');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-interaction-info': WweInteractionInfo;
  }
}
