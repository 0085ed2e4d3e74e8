import { defineOnce } from '../define.js';
import { WweSimToastArea } from './toast-area.component.js';

export { WweSimToastArea };

defineOnce('wwe-sim-toast-area', WweSimToastArea);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-toast-area': WweSimToastArea;
  }
}
