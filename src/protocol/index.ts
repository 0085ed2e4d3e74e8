export * from './types.js';
export * from './requests.js';
export * from './events.js';
export * from './envelope.js';
export * from './parse.js';
export { sanitize, isPlainRecord, MAX_DEPTH, MAX_NODES, MAX_STRING, TRUNCATION_MARK } from './sanitize.js';
export type { SanitizeFailure } from './sanitize.js';
