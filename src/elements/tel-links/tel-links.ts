import { WweTelLinks } from './tel-links.component.js';

export { WweTelLinks };
export default WweTelLinks;

WweTelLinks.define('wwe-tel-links');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-tel-links': WweTelLinks;
  }
}
