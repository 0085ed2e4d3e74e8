import { defineOnce } from '../define.js';
import { WweSimAgentState } from './agent-state.component.js';

export { WweSimAgentState };

defineOnce('wwe-sim-agent-state', WweSimAgentState);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-agent-state': WweSimAgentState;
  }
}
