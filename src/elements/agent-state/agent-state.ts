// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweAgentState } from './agent-state.component.js';

export { WweAgentState };
export default WweAgentState;

WweAgentState.define('wwe-agent-state');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-agent-state': WweAgentState;
  }
}
