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
