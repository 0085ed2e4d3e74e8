import { WweAgentState } from './agent-state.component.js';

export { WweAgentState };
export default WweAgentState;

WweAgentState.define('wwe-agent-state');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-agent-state': WweAgentState;
  }
}
