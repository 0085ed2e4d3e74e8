import type { ToastParams } from '../protocol/index.js';
import type { ConnectionState } from '../connection/types.js';
import type { WweError } from '../connection/errors.js';

/** The channels whose events the store reduces. */
export type StoreChannel = 'agent' | 'interaction' | 'media' | 'system';

export const STORE_CHANNELS: readonly StoreChannel[] = ['agent', 'interaction', 'media', 'system'];

/**
 * What can change the desktop state. Payloads that come from the desktop are `unknown`: the
 * reducer validates them itself, so a hostile or malformed payload is dropped, never trusted.
 *
 * `connection-changed` mirrors the connection: its state, error and allowed services (absent while
 * the desktop has not said, or refuses to say, what it allows).
 *
 * A refresh is bracketed by `fetch-started` / `fetch-finished` with one `fetchId`; the `*-fetched`
 * results in between carry that id so the reducer can tell them apart from newer events.
 */
export type DesktopAction =
  | { type: 'connection-changed'; state: ConnectionState; error?: WweError; allowedServices?: readonly string[] }
  | { type: 'fetch-started'; fetchId: number }
  | { type: 'fetch-finished'; fetchId: number }
  | { type: 'fetch-failed'; fetchId?: number; error: WweError }
  | { type: 'agent-fetched'; agent: unknown }
  | { type: 'agent-state-fetched'; fetchId?: number; agentState: unknown }
  | { type: 'state-list-fetched'; stateList: unknown }
  | { type: 'media-fetched'; fetchId?: number; media: unknown }
  | { type: 'interactions-fetched'; fetchId?: number; interactions: unknown }
  | { type: 'event'; channel: StoreChannel; event: unknown }
  | { type: 'toast-opened'; id: string; params: ToastParams }
  | { type: 'toast-updated'; id: string; params: ToastParams }
  | { type: 'toast-closed'; id: string };
