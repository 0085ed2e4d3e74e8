export { DesktopController } from './desktop-controller.js';
export type { DesktopControllerOptions } from './desktop-controller.js';
export { ActionController } from './action-controller.js';
export { Ticker } from './ticker.js';
export { FocusKeeper } from './focus-keeper.js';
