import '../agent-state/agent-state.js';
import { defineOnce } from '../define.js';
import { WweSimTopBar } from './top-bar.component.js';

export { WweSimTopBar };

defineOnce('wwe-sim-top-bar', WweSimTopBar);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-top-bar': WweSimTopBar;
  }
}
