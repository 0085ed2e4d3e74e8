export { emit } from './events.js';
export type * from './events.js';
