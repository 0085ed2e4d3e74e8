/**
 * wwe-components: the typed, secure client for the Agent Desktop Service Client API.
 * Side-effect free: importing this registers no element and opens no connection.
 */
export { getConnection, configure, WweConnection, WweError, isWweError, DEFAULT_TIMEOUT } from './connection/index.js';
export type * from './connection/types.js';
export type { WweErrorCode } from './connection/errors.js';
export { wwe, createClient } from './client/index.js';
export type { WweClient, NamespaceClient } from './client/index.js';
export * from './protocol/index.js';
