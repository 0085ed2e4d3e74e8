/**
 * wwe-components/simulator: the Agent Desktop simulator, the other end of the wire.
 * Depends on src/protocol only.
 */
export * from './engine/index.js';
