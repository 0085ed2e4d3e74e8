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

export async function connectKit(options: RemoteDesktopOptions = {}, timeout = 1500): Promise<KitOnDesktop> {
  const desktop = await openDesktop(options);
  getConnection().dispose();
  const connection = configure({ target: desktop.window, desktopOrigin: desktop.origin, timeout });
  await connection.connect();
  return {
    desktop,
    connection,
    teardown() {
      connection.dispose();
      desktop.dispose();
    },
  };
}

/** The requests of a given name the desktop logged, oldest first. */
export async function loggedRequests(desktop: RemoteDesktop, name: string) {
  return (await desktop.messages()).filter((entry) => entry.direction === 'in' && entry.kind === 'request' && entry.name === name);
}
