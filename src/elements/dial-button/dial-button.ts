import { WweDialButton } from './dial-button.component.js';

export { WweDialButton };
export default WweDialButton;

WweDialButton.define('wwe-dial-button');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-dial-button': WweDialButton;
  }
}
