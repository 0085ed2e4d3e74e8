import { defineOnce } from '../define.js';
import { WweSimInteractionList } from './interaction-list.component.js';

export { WweSimInteractionList };

defineOnce('wwe-sim-interaction-list', WweSimInteractionList);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-sim-interaction-list': WweSimInteractionList;
  }
}
