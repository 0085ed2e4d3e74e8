import { pageRuntime } from '../runtime/page-runtime.js';
import { WweConnection } from './connection.js';
import type { ConnectionOptions } from './types.js';

/**
 * Two copies of the kit on one page (two apps, or two versions) must share one connection, so the
 * instance lives on the page runtime rather than in module scope, in the place the first versions
 * already put it: a copy of any age finds the same connection.
 */
function shared(): { connection?: WweConnection } {
  return pageRuntime() as { connection?: WweConnection };
}

/** The window's one connection to Agent Desktop, created on first call. */
export function getConnection(): WweConnection {
  const holder = shared();
  if (!holder.connection || holder.connection.isDisposed) holder.connection = new WweConnection();
  return holder.connection;
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
