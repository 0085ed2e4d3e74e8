import { defineOnce } from '../define.js';
import { WweSimRecording } from './recording.component.js';

export { WweSimRecording };

defineOnce('wwe-sim-recording', WweSimRecording);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-recording': WweSimRecording;
  }
}
