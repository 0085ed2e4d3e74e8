import { WweEmailButton } from './email-button.component.js';

export { WweEmailButton };
export default WweEmailButton;

WweEmailButton.define('wwe-email-button');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-email-button': WweEmailButton;
  }
}
