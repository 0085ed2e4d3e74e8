import '../fault-panel/fault-panel.js';
import '../inspector/inspector.js';
import '../scenario-panel/scenario-panel.js';
import { defineOnce } from '../define.js';
import { WweSimDrawer } from './drawer.component.js';

export { WweSimDrawer };

defineOnce('wwe-sim-drawer', WweSimDrawer);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-drawer': WweSimDrawer;
  }
}
