import '../app-frame/app-frame.js';
import '../attached-data/attached-data.js';
import '../call-panel/call-panel.js';
import { defineOnce } from '../define.js';
import { WweSimWorkspace } from './workspace.component.js';

export { WweSimWorkspace };

defineOnce('wwe-sim-workspace', WweSimWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-workspace': WweSimWorkspace;
  }
}
