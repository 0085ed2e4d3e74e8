import { WweCaseSelector } from './case-selector.component.js';

export { WweCaseSelector };
export default WweCaseSelector;

WweCaseSelector.define('wwe-case-selector');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-case-selector': WweCaseSelector;
  }
}
