// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweCaseSelector } from './case-selector.component.js';

export { WweCaseSelector };
export default WweCaseSelector;

WweCaseSelector.define('wwe-case-selector');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-case-selector': WweCaseSelector;
  }
}
