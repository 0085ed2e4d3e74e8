import '../drawer/drawer.js';
import '../interaction-list/interaction-list.js';
import '../toast-area/toast-area.js';
import '../top-bar/top-bar.js';
import '../workspace/workspace.js';
import '../app-frame/app-frame.js';
import { defineOnce } from '../define.js';
import { WweDesktopSimulator } from './desktop-simulator.component.js';

export { WweDesktopSimulator };

defineOnce('wwe-desktop-simulator', WweDesktopSimulator);

declare global {
  interface HTMLElementTagNameMap {
    'wwe-desktop-simulator': WweDesktopSimulator;
  }
}
