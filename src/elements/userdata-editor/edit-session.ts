import type { UserData, UserDataValue } from '../../protocol/index.js';

/** A key's value, or undefined when the key is absent. */
export type KeyValue = UserDataValue | undefined;

/** A write to the desktop: set the key, or delete it. */
export type WriteOp = { readonly kind: 'set'; readonly value: UserDataValue } | { readonly kind: 'delete' };

/** A write the desktop refused: what was tried, and why it failed. */
export interface WriteFailure<E> {
  readonly op: WriteOp;
  readonly error: E;
}

/** The desktop changed a key while the user had their own value for it; the user picks one. */
export interface KeyConflict {
  readonly mine: KeyValue;
  readonly theirs: KeyValue;
}

export type ConflictChoice = 'mine' | 'theirs';

interface Entry<E> {
  /** The value the store last reported. */
  seen: KeyValue;
  /** The desktop's value as best known: the store's, or what a write it accepted set. */
  base: KeyValue;
  /** What the field showed when the user's edit began: the desktop going back to it is no conflict. */
  startedFrom?: { value: KeyValue };
  /** Uncommitted user input; boxed because an input can be any value. */
  draft?: { value: UserDataValue };
  /** `echoed`: the store has reported the written value, so later store values are newer than the write. */
  pending?: { id: number; op: WriteOp; echoed: boolean };
  failure?: WriteFailure<E>;
  /** The desktop's value that clashes with the user's. */
  theirs?: { value: KeyValue };
  /** Why the desktop refuses writes to this key. */
  denied?: string;
}

/** Structural equality of JSON values; object key order does not matter. */
export function sameValue(a: KeyValue, b: KeyValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, UserDataValue>;
  const bRecord = b as Record<string, UserDataValue>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameValue(aRecord[key], bRecord[key]));
}

/** The write that gives a key `value`: clearing a field (absent or blank text) deletes the key. */
export function writeFor(value: KeyValue): WriteOp {
  return value === undefined || (typeof value === 'string' && value.trim() === '') ? { kind: 'delete' } : { kind: 'set', value };
}

const valueOf = (op: WriteOp): KeyValue => (op.kind === 'set' ? op.value : undefined);

/**
 * The edit state of one interaction's attached data, without any DOM: what the desktop has, what
 * the user typed (drafts), which writes are in flight (shown optimistically), which failed (rolled
 * back, the input kept), which keys the desktop changed under the user (conflicts) and which it
 * refuses to write. `E` is the error type of failed writes.
 *
 * Conflict rule: a desktop value raises a conflict only when it differs from what the field showed
 * when the user's edit began, from the user's write in flight and from the user's input; a value
 * equal to one of them settles an open conflict, and never drops the input.
 *
 * Ordering assumption: the desktop applies a write, reports the change as an event, then answers,
 * all on one channel. So a value seen while a write is in flight and before its echo predates the
 * write, and the write's success settles the conflict it raised; a value seen after the echo is
 * newer, and the conflict stays, showing the user's value.
 */
export class EditSession<E = unknown> {
  private readonly entries = new Map<string, Entry<E>>();
  private nextWriteId = 1;

  private entry(key: string): Entry<E> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { seen: undefined, base: undefined };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /**
   * Takes in the desktop's attached data. A key nobody is editing follows the desktop; a key with
   * a draft or a write in flight keeps the user's value, with a conflict when the desktop's value
   * clashes (see the class's rule). Returns the keys with a new conflict, and the keys whose shown
   * value changed.
   */
  sync(userData: UserData): { conflicts: string[]; changed: string[] } {
    const conflicts: string[] = [];
    const changed: string[] = [];
    for (const key of new Set([...this.entries.keys(), ...Object.keys(userData)])) {
      const next = Object.hasOwn(userData, key) ? userData[key] : undefined;
      const entry = this.entry(key);
      if (sameValue(next, entry.seen)) continue;
      entry.seen = next;
      // The store catching up with a write the desktop already accepted.
      if (sameValue(next, entry.base)) continue;
      const before = this.shown(key);
      entry.base = next;
      if (this.weigh(entry, next)) conflicts.push(key);
      if (!sameValue(before, this.shown(key))) changed.push(key);
    }
    return { conflicts, changed };
  }

  /** Sets a key's conflict from a new desktop value; true when the conflict is new or changed. */
  private weigh(entry: Entry<E>, next: KeyValue): boolean {
    const { pending, failure } = entry;
    if (pending && sameValue(next, valueOf(pending.op))) pending.echoed = true;
    if (failure && sameValue(next, valueOf(failure.op))) {
      // A write reported failed (a timeout) that the desktop applied after all.
      entry.failure = undefined;
      if (entry.draft && sameValue(entry.draft.value, next)) entry.draft = undefined;
    }
    const { draft } = entry;
    if (!draft && !pending) {
      entry.theirs = undefined;
      return false;
    }
    const usersOwn = [entry.startedFrom, pending && { value: valueOf(pending.op) }, draft];
    if (usersOwn.some((own) => own !== undefined && sameValue(next, own.value))) {
      entry.theirs = undefined;
      return false;
    }
    const fresh = !entry.theirs || !sameValue(entry.theirs.value, next);
    entry.theirs = { value: next };
    return fresh;
  }

  /**
   * Every key with a committed value, an edit, a failure or a conflict, in the order first seen.
   * A key whose delete is in flight is gone at once (and back if the delete fails).
   */
  keys(): string[] {
    return [...this.entries.keys()].filter((key) => {
      const entry = this.entries.get(key)!;
      return this.current(key) !== undefined || entry.draft !== undefined || entry.failure !== undefined || this.conflict(key) !== undefined;
    });
  }

  /** The desktop's value, as best known (what the last accepted write set, or the store's). */
  base(key: string): KeyValue {
    return this.entries.get(key)?.base;
  }

  /** The committed value: a write in flight counts at once (optimistic), a failed one is rolled back. */
  current(key: string): KeyValue {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    return entry.pending ? valueOf(entry.pending.op) : entry.base;
  }

  /** What the field shows: the user's draft, else the committed value. */
  shown(key: string): KeyValue {
    const draft = this.entries.get(key)?.draft;
    return draft ? draft.value : this.current(key);
  }

  hasDraft(key: string): boolean {
    return this.entries.get(key)?.draft !== undefined;
  }

  isPending(key: string): boolean {
    return this.entries.get(key)?.pending !== undefined;
  }

  failure(key: string): WriteFailure<E> | undefined {
    return this.entries.get(key)?.failure;
  }

  denied(key: string): string | undefined {
    return this.entries.get(key)?.denied;
  }

  conflict(key: string): KeyConflict | undefined {
    const theirs = this.entries.get(key)?.theirs;
    if (!theirs) return undefined;
    const mine = this.shown(key);
    return sameValue(mine, theirs.value) ? undefined : { mine, theirs: theirs.value };
  }

  /** The user changed a field. Typing back the committed value is no edit. */
  edit(key: string, value: UserDataValue): void {
    const entry = this.entry(key);
    if (!entry.draft && !entry.pending) entry.startedFrom = { value: this.current(key) };
    entry.draft = sameValue(value, this.current(key)) ? undefined : { value };
  }

  /** Drops the user's edit, failure and conflict of a key: the field shows the committed value. */
  discard(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.draft = undefined;
    entry.failure = undefined;
    entry.theirs = undefined;
  }

  discardAll(): void {
    for (const key of this.entries.keys()) this.discard(key);
  }

  /**
   * Starts a write: its value shows at once, the draft and any failure go, and an open conflict is
   * settled in the user's favour (committing is choosing one's own value). Returns the write's id.
   */
  begin(key: string, op: WriteOp): number {
    const entry = this.entry(key);
    const id = this.nextWriteId++;
    // Overriding the desktop's value makes it the one the user started from.
    if (entry.theirs) entry.startedFrom = { value: entry.theirs.value };
    else if (!entry.draft && !entry.pending) entry.startedFrom = { value: this.current(key) };
    entry.pending = { id, op, echoed: false };
    entry.draft = undefined;
    entry.failure = undefined;
    entry.theirs = undefined;
    return id;
  }

  /** The desktop accepted write `id`; returns its key (undefined for a write this session forgot). */
  succeed(id: number): string | undefined {
    const found = this.pendingWrite(id);
    if (!found) return undefined;
    const [key, entry, op] = found;
    const echoed = entry.pending?.echoed === true;
    entry.pending = undefined;
    entry.startedFrom = { value: valueOf(op) };
    if (!echoed) {
      // Whatever the store reported meanwhile predates the write: the desktop holds the user's value.
      entry.base = valueOf(op);
      entry.theirs = undefined;
    } else if (entry.theirs && !entry.draft && op.kind === 'set') {
      // The desktop changed the key after applying the write: the user's value stays in sight.
      entry.draft = { value: op.value };
    }
    return key;
  }

  /**
   * The desktop refused write `id`, or its answer never came: the committed value rolls back, the
   * user's value returns to the field as a draft (nothing is lost), and `denied` marks the key
   * read-only with its reason. A write the store already reported as applied, with no change
   * since, is not rolled back: the desktop holds it.
   */
  fail(id: number, error: E, denied?: string): string | undefined {
    const found = this.pendingWrite(id);
    if (!found) return undefined;
    const [key, entry, op] = found;
    const echoed = entry.pending?.echoed === true;
    entry.pending = undefined;
    if (denied !== undefined) entry.denied = denied;
    // The answer was lost (a timeout, a reload), but the store reported the write and nothing since.
    if (echoed && sameValue(entry.base, valueOf(op))) return key;
    entry.failure = { op, error };
    if (op.kind === 'set' && !entry.draft) entry.draft = { value: op.value };
    return key;
  }

  /** The write that retries a failed key: the field's current input, else the failed delete. */
  retry(key: string): WriteOp | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.draft) return writeFor(entry.draft.value);
    return entry.failure?.op;
  }

  /**
   * Settles a conflict (not while a write of the key is in flight: its outcome decides what the
   * desktop holds). `mine` keeps the user's value and returns the write that saves it; `theirs`
   * drops the user's value, and returns a write only if the committed value is not the desktop's
   * latest (the desktop's value is the latest the store reported, so it is never a stale one).
   */
  resolve(key: string, choice: ConflictChoice): WriteOp | undefined {
    const entry = this.entries.get(key);
    const conflict = this.conflict(key);
    if (!entry || !conflict || entry.pending) return undefined;
    entry.theirs = undefined;
    if (choice === 'mine') {
      entry.startedFrom = { value: conflict.theirs };
      return entry.draft ? writeFor(entry.draft.value) : undefined;
    }
    entry.draft = undefined;
    entry.failure = undefined;
    return sameValue(this.current(key), conflict.theirs) ? undefined : writeFor(conflict.theirs);
  }

  private pendingWrite(id: number): [string, Entry<E>, WriteOp] | undefined {
    for (const [key, entry] of this.entries) {
      if (entry.pending?.id === id) return [key, entry, entry.pending.op];
    }
    return undefined;
  }
}
