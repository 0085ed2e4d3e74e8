export { DesktopController } from './desktop-controller.js';
export type { DesktopControllerOptions } from './desktop-controller.js';
export { ActionController } from './action-controller.js';
