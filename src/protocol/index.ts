export * from './types.js';
export * from './requests.js';
export * from './events.js';
export * from './envelope.js';
export * from './parse.js';
