import { WweConnection } from './connection.js';
import type { ConnectionOptions } from './types.js';

/**
 * Two copies of the kit on one page (two apps, or two versions) must share one connection, so the
 * instance lives on a well-known global symbol rather than in module scope. The key names the
 * major version: a future incompatible connection would take a key of its own.
 */
const GLOBAL_KEY = Symbol.for('wwe-components.connection.v1');

interface ConnectionSlot {
  connection?: WweConnection;
}

function slot(): ConnectionSlot {
  const holder = globalThis as unknown as Record<symbol, ConnectionSlot | undefined>;
  let current = holder[GLOBAL_KEY];
  if (!current) {
    current = {};
    Object.defineProperty(globalThis, GLOBAL_KEY, { value: current, configurable: false, enumerable: false, writable: false });
  }
  return current;
}

/** The window's one connection to Agent Desktop, created on first call. */
export function getConnection(): WweConnection {
  const current = slot();
  if (!current.connection || current.connection.isDisposed) current.connection = new WweConnection();
  return current.connection;
}

/**
 * Configures the shared connection; call it before first use. Called later, it applies the new
 * settings and handshakes again, keeping every listener. Throws INVALID_ARGUMENT on bad options.
 */
export function configure(options: ConnectionOptions): WweConnection {
  const connection = getConnection();
  connection.configure(options);
  return connection;
}
