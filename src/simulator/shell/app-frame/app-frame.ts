import { defineOnce } from '../define.js';
import { WweSimAppFrame } from './app-frame.component.js';

export { WweSimAppFrame };

defineOnce('wwe-sim-app-frame', WweSimAppFrame);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-app-frame': WweSimAppFrame;
  }
}
