import type { Agent, Interaction, Media, MediaState, ToastParams } from '../protocol/index.js';
import type { ConnectionState } from '../connection/types.js';
import type { WweError } from '../connection/errors.js';

/** The connection as the store last saw it. */
export interface ConnectionSlice {
  readonly state: ConnectionState;
  /** Why the connection is `unavailable` or in `error`; absent otherwise. */
  readonly error?: WweError;
  /** The last failed fetch of desktop state; cleared by the next refresh that fully succeeds. */
  readonly lastError?: WweError;
}

/** One case of the desktop: the interactions that share a `caseId`. */
export interface CaseView {
  readonly caseId: string;
  /** The main interaction of the case first, then the others by `startDate` (oldest first). */
  readonly interactions: readonly Interaction[];
  /** Whether this is the case the desktop shows selected (`selectedCaseId`). */
  readonly isSelected: boolean;
  /** Whether the desktop shows this case expanded (any of its interactions says so). */
  readonly isExpanded: boolean;
}

/** A toast this page opened, as the store recorded it. */
export interface ToastRecord {
  /** The id the desktop returned from `system.popupToast`, e.g. `wweCustomToast0`. */
  readonly id: string;
  /** The parameters it was opened with, merged with every update since. */
  readonly params: Readonly<ToastParams>;
  /** False once closed through the store, by a button click, or after its `autoCloseTimeout`. */
  readonly open: boolean;
  /** Label of the last button the agent clicked on it. */
  readonly lastButton?: string;
  /** How many button clicks it received: tells a second click on the same button from none. */
  readonly clicks?: number;
}

/** A refresh in flight. */
export interface FetchWindow {
  /** `SyncBookkeeping.seq` when the fetch started: events numbered above it are newer. */
  readonly since: number;
  /** Whether one of its requests failed (a fully successful refresh clears `lastError`). */
  readonly failed: boolean;
}

/**
 * Bookkeeping that protects against stale snapshots: while a fetch is in flight, every event
 * records the sequence number at which it touched a key (`interaction:<id>`, `agentState`,
 * `media:<name>`). A snapshot that started before that number must not overwrite the key. A
 * removed interaction keeps its entry here, which is what stops a stale list resurrecting it.
 * Not a slice: nobody is notified when only this changes.
 */
export interface SyncBookkeeping {
  /** Number of desktop events reduced so far. */
  readonly seq: number;
  /** Open fetches by fetch id. */
  readonly windows: ReadonlyMap<number, FetchWindow>;
  /** Key → `seq` of its last event; kept only while a fetch is open. */
  readonly touched: ReadonlyMap<string, number>;
}

/** Everything the kit knows about the desktop. Immutable: every change makes a new object. */
export interface DesktopState {
  readonly connection: ConnectionSlice;
  readonly agent: Agent | undefined;
  readonly agentState: MediaState | undefined;
  readonly stateList: readonly MediaState[];
  /** Media by name (`voice`, `chat`, …). */
  readonly media: ReadonlyMap<string, Media>;
  /** Interactions by id, in the order the store first saw them. */
  readonly interactions: ReadonlyMap<string, Interaction>;
  /** Derived from `interactions`: caseId → case. */
  readonly cases: ReadonlyMap<string, CaseView>;
  /** The case the desktop shows selected, if any. */
  readonly selectedCaseId: string | undefined;
  readonly toasts: ReadonlyMap<string, ToastRecord>;
  /** The requests the desktop allows this page, once the connection is ready. */
  readonly allowedServices: readonly string[] | undefined;
  readonly sync: SyncBookkeeping;
}

/** The names a subscriber can watch. Each is a property of {@link DesktopState}. */
export type Slice =
  | 'connection'
  | 'agent'
  | 'agentState'
  | 'stateList'
  | 'media'
  | 'interactions'
  | 'cases'
  | 'selectedCaseId'
  | 'toasts'
  | 'allowedServices';

export const SLICES: readonly Slice[] = [
  'connection',
  'agent',
  'agentState',
  'stateList',
  'media',
  'interactions',
  'cases',
  'selectedCaseId',
  'toasts',
  'allowedServices',
];

export function createInitialState(): DesktopState {
  return {
    connection: { state: 'idle' },
    agent: undefined,
    agentState: undefined,
    stateList: [],
    media: new Map(),
    interactions: new Map(),
    cases: new Map(),
    selectedCaseId: undefined,
    toasts: new Map(),
    allowedServices: undefined,
    sync: { seq: 0, windows: new Map(), touched: new Map() },
  };
}

/** The slices whose identity differs between two states, in {@link SLICES} order. */
export function changedSlices(before: DesktopState, after: DesktopState): Slice[] {
  if (before === after) return [];
  return SLICES.filter((slice) => before[slice] !== after[slice]);
}

// ---- Structural sharing --------------------------------------------------------------------------

/*
 * Structural equality of plain JSON-shaped data (what the guards produce). The reducer uses it
 * to keep the old object when new data says the same thing, so a slice's identity changes only
 * when its content does.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameData(item, other[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/** `next` if it differs from `previous`, else `previous` (keeping its identity). */
export function keepIfSame<T>(previous: T, next: T): T {
  return sameData(previous, next) ? previous : next;
}

// ---- Stale-snapshot protection -------------------------------------------------------------------

/*
 * Stale-snapshot protection. A fetch and the event stream race: an `interaction.getInteractions`
 * answer can be computed by the desktop before an event it sends, yet reach us after it. Each
 * refresh opens a window; while any window is open, events record when they touched a key, and a
 * snapshot leaves alone every key touched after its window opened.
 */

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
