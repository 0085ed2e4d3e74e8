import { defineOnce } from '../define.js';
import { WweSimAttachedData } from './attached-data.component.js';

export { WweSimAttachedData };

defineOnce('wwe-sim-attached-data', WweSimAttachedData);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-attached-data': WweSimAttachedData;
  }
}
