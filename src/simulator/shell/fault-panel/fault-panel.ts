import { defineOnce } from '../define.js';
import { WweSimFaultPanel } from './fault-panel.component.js';

export { WweSimFaultPanel };

defineOnce('wwe-sim-fault-panel', WweSimFaultPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-fault-panel': WweSimFaultPanel;
  }
}
