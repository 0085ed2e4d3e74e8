import { defineOnce } from '../define.js';
import { WweSimScenarioPanel } from './scenario-panel.component.js';

export { WweSimScenarioPanel };

defineOnce('wwe-sim-scenario-panel', WweSimScenarioPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-scenario-panel': WweSimScenarioPanel;
  }
}
