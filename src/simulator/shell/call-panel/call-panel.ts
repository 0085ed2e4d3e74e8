import '../recording/recording.js';
import { defineOnce } from '../define.js';
import { WweSimCallPanel } from './call-panel.component.js';

export { WweSimCallPanel };

defineOnce('wwe-sim-call-panel', WweSimCallPanel);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-call-panel': WweSimCallPanel;
  }
}
