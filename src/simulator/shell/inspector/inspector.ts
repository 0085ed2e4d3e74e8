import { defineOnce } from '../define.js';
import { WweSimInspector } from './inspector.component.js';

export { WweSimInspector };

defineOnce('wwe-sim-inspector', WweSimInspector);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-inspector': WweSimInspector;
  }
}
