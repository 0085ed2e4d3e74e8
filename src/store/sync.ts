/**
 * Stale-snapshot protection. A fetch and the event stream race: an `interaction.getInteractions`
 * answer can be computed by the desktop before an event it sends, yet reach us after it. Each
 * refresh opens a window; while any window is open, events record when they touched a key, and a
 * snapshot leaves alone every key touched after its window opened.
 */
import { keepIfSame } from './equality.js';
import type { SyncBookkeeping } from './state.js';

export const interactionKey = (id: string): string => `interaction:${id}`;
export const mediaKey = (name: string): string => `media:${name}`;
export const AGENT_STATE_KEY = 'agentState';

/** Counts one event and, while a fetch is open, records that it touched `key`. */
export function noteEvent(sync: SyncBookkeeping, key: string): SyncBookkeeping {
  const seq = sync.seq + 1;
  if (sync.windows.size === 0) return { ...sync, seq };
  const touched = new Map(sync.touched);
  touched.set(key, seq);
  return { ...sync, seq, touched };
}

export function openWindow(sync: SyncBookkeeping, fetchId: number): SyncBookkeeping {
  const windows = new Map(sync.windows);
  windows.set(fetchId, { since: sync.seq, failed: false });
  return { ...sync, windows };
}

export function markWindowFailed(sync: SyncBookkeeping, fetchId: number | undefined): SyncBookkeeping {
  const window = fetchId === undefined ? undefined : sync.windows.get(fetchId);
  if (fetchId === undefined || !window || window.failed) return sync;
  const windows = new Map(sync.windows);
  windows.set(fetchId, { ...window, failed: true });
  return { ...sync, windows };
}

/** Closes a window; the touched keys are forgotten once no fetch is open. */
export function closeWindow(sync: SyncBookkeeping, fetchId: number): SyncBookkeeping {
  if (!sync.windows.has(fetchId)) return sync;
  const windows = new Map(sync.windows);
  windows.delete(fetchId);
  return { ...sync, windows, touched: windows.size === 0 ? new Map<string, number>() : sync.touched };
}

/**
 * Whether an event touched `key` after fetch `fetchId` started. A result with no (or an unknown)
 * fetch id is taken as current.
 */
export function touchedSince(sync: SyncBookkeeping, key: string, fetchId: number | undefined): boolean {
  const window = fetchId === undefined ? undefined : sync.windows.get(fetchId);
  if (!window) return false;
  return (sync.touched.get(key) ?? -Infinity) > window.since;
}

/**
 * Merges a fetched list into a keyed slice. The list is the truth for every key no newer event
 * touched: entries missing from it are dropped, the others replaced (keeping their identity when
 * equal). A key an event touched after the fetch started keeps what the event left, present or
 * removed. Returns `current` itself when nothing changed.
 */
export function mergeSnapshot<T>(
  current: ReadonlyMap<string, T>,
  incoming: ReadonlyMap<string, T>,
  isNewer: (key: string) => boolean,
): ReadonlyMap<string, T> {
  const next = new Map<string, T>();
  for (const [key, value] of current) {
    if (isNewer(key)) next.set(key, value);
    else if (incoming.has(key)) next.set(key, keepIfSame(value, incoming.get(key) as T));
  }
  for (const [key, value] of incoming) {
    if (!current.has(key) && !isNewer(key)) next.set(key, value);
  }
  return sameEntries(current, next) ? current : next;
}

/** Same keys in the same order, with identical values. */
export function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  if (a.size !== b.size) return false;
  const left = a.entries();
  for (const [key, value] of b) {
    const other = left.next().value as [string, T];
    if (other[0] !== key || other[1] !== value) return false;
  }
  return true;
}
