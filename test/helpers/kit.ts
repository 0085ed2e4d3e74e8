/**
 * Connects the page's shared connection (the one every element uses) to a simulated desktop in a
 * cross-origin iframe, and tears both down after the test.
 */
import { configure, getConnection, type WweConnection } from '../../src/connection/index.js';
import { openDesktop, type RemoteDesktop, type RemoteDesktopOptions } from './desktop.js';

export interface KitOnDesktop {
  desktop: RemoteDesktop;
  connection: WweConnection;
  /** Disposes the shared connection (the next getConnection() makes a new one) and the desktop. */
  teardown(): void;
}

/**
 * A simulated desktop hosting this page, and the page's shared connection pointed at it. The
 * connection exists before the desktop starts, so it hears the one frameId the desktop posts.
 */
export async function connectKit(options: RemoteDesktopOptions = {}, timeout = 1500): Promise<KitOnDesktop> {
  getConnection().dispose();
  let connection: WweConnection | undefined;
  const desktop = await openDesktop(options, (desktopWindow, origin) => {
    connection = configure({ target: desktopWindow, desktopOrigin: origin, timeout });
  });
  if (!connection) throw new Error('the desktop fixture started without the page connection');
  await connection.connect();
  const shared = connection;
  return {
    desktop,
    connection: shared,
    teardown() {
      shared.dispose();
      desktop.dispose();
    },
  };
}

/** The requests of a given name the desktop logged, oldest first. */
export async function loggedRequests(desktop: RemoteDesktop, name: string) {
  return (await desktop.messages()).filter((entry) => entry.direction === 'in' && entry.kind === 'request' && entry.name === name);
}
