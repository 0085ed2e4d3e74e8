export { WweConnection } from './connection.js';
export { getConnection, configure } from './global.js';
export { WweError, isWweError } from './errors.js';
export type { WweErrorCode } from './errors.js';
export { DEFAULT_TIMEOUT } from './options.js';
export type * from './types.js';
export { reportError } from './report-error.js';
