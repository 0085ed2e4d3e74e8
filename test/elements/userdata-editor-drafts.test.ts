import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Interaction, UserData, UserDataValue } from '../../src/protocol/index.js';
import { EditSession, sameValue, writeFor, type KeyValue, type WriteOp } from '../../src/elements/userdata-editor/edit-session.js';
import { InteractionSessions } from '../../src/elements/userdata-editor/interaction-sessions.js';

/** Just what InteractionSessions reads of an interaction. */
const interaction = (interactionId: string, userData: UserData) => ({ interactionId, userData }) as unknown as Interaction;

/** What a value means once written: blank text deletes the key. */
const meant = (value: KeyValue): KeyValue => (writeFor(value).kind === 'set' ? value : undefined);
const valueOf = (op: WriteOp): KeyValue => (op.kind === 'set' ? op.value : undefined);

describe('userdata editor: drafts kept per interaction', () => {
  it('keeps a draft while another interaction is shown, and keeps taking in its data meanwhile', () => {
    const sessions = new InteractionSessions<string>();
    const one = interaction('one', { A: 'old', B: 'b' });
    sessions.follow(one);
    const draftSession = sessions.current;
    draftSession.edit('A', 'draft');
    const two = interaction('two', { A: 'other' });
    sessions.follow(two);
    expect(sessions.current.shown('A')).to.equal('other');
    const changedMeanwhile = interaction('one', { A: 'theirs', B: 'changed meanwhile' });
    sessions.catchUp(new Map([['one', changedMeanwhile], ['two', two]]));
    expect(draftSession.conflict('A')).to.deep.equal({ mine: 'draft', theirs: 'theirs' });
    expect(sessions.follow(changedMeanwhile)).to.equal(undefined);
    expect(sessions.current).to.equal(draftSession);
    expect([draftSession.shown('A'), draftSession.shown('B')]).to.deep.equal(['draft', 'changed meanwhile']);
  });

  it('gives input made before any interaction to the first one, and only to it', () => {
    const sessions = new InteractionSessions<string>();
    sessions.current.edit('A', 'bound');
    expect(sessions.follow(interaction('one', {}))!.first).to.equal(true);
    expect(sessions.current.shown('A')).to.equal('bound');
    sessions.follow(interaction('two', {}));
    expect(sessions.current.shown('A')).to.equal(undefined);
  });

  it('forgets the least recently shown beyond its bound, and interactions that left the desktop', () => {
    const sessions = new InteractionSessions<string>(3);
    for (const id of ['a', 'b', 'c']) sessions.follow(interaction(id, {}));
    sessions.follow(interaction('a', {}));
    sessions.follow(interaction('d', {}));
    expect(['a', 'b', 'c', 'd'].filter((id) => sessions.has(id))).to.deep.equal(['a', 'c', 'd']);
    sessions.catchUp(new Map([['a', interaction('a', {})]]));
    // The shown one stays, even while the store has not listed it yet.
    expect(['a', 'c', 'd'].filter((id) => sessions.has(id))).to.deep.equal(['a', 'd']);
  });
});

const KEYS = ['A', 'B'] as const;
const IDS = ['one', 'two'] as const;
type Key = (typeof KEYS)[number];
type Id = (typeof IDS)[number];

const key = fc.constantFrom(...KEYS);
const id = fc.constantFrom(...IDS);
const value: fc.Arbitrary<UserDataValue> = fc.oneof(fc.constantFrom('x', 'y', 'z', ''), fc.integer({ min: 0, max: 2 }));
const which = fc.nat({ max: 5 });
const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), key, value }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('desktop' as const), id, key, value: fc.option(value, { nil: undefined }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('commit' as const), key }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('apply' as const), which }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('succeed' as const), which }) },
  fc.record({ kind: fc.constant('refuse' as const), which }),
  fc.record({ kind: fc.constant('timeout' as const), which }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('switch' as const), id }) },
  fc.record({ kind: fc.constant('resolve' as const), key, choice: fc.constantFrom('mine' as const, 'theirs' as const) }),
  fc.record({ kind: fc.constant('discard' as const), key }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface Write {
  readonly id: Id;
  readonly session: EditSession<string>;
  readonly writeId: number;
  readonly key: Key;
  readonly op: WriteOp;
  applied: boolean;
  answered: boolean;
}

/**
 * A desktop, the store's view of it, and an editor's sessions, driven the way the element drives
 * them: the shown interaction's session takes in the store's data at every update; another party
 * changes keys; the desktop applies a write (its event), then answers, or refuses it, or the answer
 * never comes (a timeout) and the desktop may apply it later.
 */
class Model {
  readonly desktop: Record<Id, UserData> = { one: { A: 'x' }, two: { B: 1 } };
  readonly sessions = new InteractionSessions<string>();
  readonly sessionOf = new Map<Id, EditSession<string>>();
  /** The user's last input per interaction and key, until it is applied or the user drops it. */
  readonly input = new Map<string, KeyValue>();
  writes: Write[] = [];
  shown: Id = 'one';

  constructor() {
    this.update();
  }

  get session(): EditSession<string> {
    return this.sessions.current;
  }

  /** The element's willUpdate; checks what the conflicts it raised say. */
  update(): void {
    const sync = this.sessions.follow(interaction(this.shown, this.desktop[this.shown]));
    this.sessions.catchUp(new Map(IDS.map((id) => [id, interaction(id, this.desktop[id])])));
    this.sessionOf.set(this.shown, this.session);
    for (const conflicted of sync?.conflicts ?? []) {
      const write = this.writes.find((w) => w.session === this.session && w.key === conflicted && !w.answered);
      const next = this.desktop[this.shown][conflicted];
      if (write) expect(sameValue(next, valueOf(write.op)), `a conflict on ${conflicted} against the write in flight`).to.equal(false);
    }
  }

  private setDesktop(id: Id, key: Key, next: KeyValue): void {
    const data = { ...this.desktop[id] };
    if (next === undefined) delete data[key];
    else data[key] = next;
    this.desktop[id] = data;
  }

  private write(key: Key, op: WriteOp | undefined): void {
    if (!op || this.session.isPending(key)) return;
    const writeId = this.session.begin(key, op);
    this.writes.push({ id: this.shown, session: this.session, writeId, key, op, applied: false, answered: false });
  }

  private pick(which: number, fits: (write: Write) => boolean): Write | undefined {
    const candidates = this.writes.filter(fits);
    return candidates[which % Math.max(1, candidates.length)];
  }

  run(current: Step): void {
    const inputKey = (k: Key) => `${this.shown}/${k}`;
    switch (current.kind) {
      case 'type':
        this.session.edit(current.key, current.value);
        // Typing what the desktop holds is no input (the field showed it already).
        if (sameValue(meant(current.value), this.desktop[this.shown][current.key])) this.input.delete(inputKey(current.key));
        else this.input.set(inputKey(current.key), meant(current.value));
        break;
      case 'desktop':
        this.setDesktop(current.id, current.key, current.value);
        break;
      case 'commit':
        if (this.session.hasDraft(current.key)) this.write(current.key, writeFor(this.session.shown(current.key)));
        break;
      case 'apply': {
        const write = this.pick(current.which, (w) => !w.applied);
        if (!write) break;
        write.applied = true;
        this.setDesktop(write.id, write.key, valueOf(write.op));
        // Applied: what the user meant is on the desktop; a later change there is the desktop's.
        const typed = `${write.id}/${write.key}`;
        if (this.input.has(typed) && sameValue(this.input.get(typed), valueOf(write.op))) this.input.delete(typed);
        break;
      }
      case 'succeed': {
        const write = this.pick(current.which, (w) => w.applied && !w.answered);
        if (write) this.answer(write, () => write.session.succeed(write.writeId));
        break;
      }
      case 'refuse': {
        const write = this.pick(current.which, (w) => !w.applied && !w.answered);
        if (write) this.answer(write, () => write.session.fail(write.writeId, 'refused'));
        // Never applied: it leaves the desktop's queue.
        if (write) this.writes = this.writes.filter((w) => w !== write);
        break;
      }
      case 'timeout': {
        const write = this.pick(current.which, (w) => !w.answered);
        if (write) this.answer(write, () => write.session.fail(write.writeId, 'timeout'));
        break;
      }
      case 'switch':
        this.shown = current.id;
        break;
      case 'resolve': {
        const conflict = this.session.conflict(current.key);
        const op = this.session.resolve(current.key, current.choice);
        if (op) expect(sameValue(valueOf(op), this.desktop[this.shown][current.key]) || current.choice === 'mine', 'a write of a stale desktop value').to.equal(true);
        if (conflict && !this.session.isPending(current.key) && current.choice === 'theirs') this.input.delete(inputKey(current.key));
        this.write(current.key, op);
        break;
      }
      case 'discard':
        this.session.discard(current.key);
        this.input.delete(inputKey(current.key));
        break;
    }
    this.writes = this.writes.filter((w) => !(w.applied && w.answered));
    this.update();
  }

  private answer(write: Write, settle: () => void): void {
    write.answered = true;
    settle();
  }

  /** The user's input is applied, still in its field, or in a conflict or failure box. */
  checkNothingLost(): void {
    for (const [where, typed] of this.input) {
      const [id, k] = where.split('/') as [Id, Key];
      const session = this.sessionOf.get(id)!;
      const failure = session.failure(k);
      const kept =
        sameValue(this.desktop[id][k], typed) ||
        sameValue(meant(session.shown(k)), typed) ||
        sameValue(meant(session.conflict(k)?.mine), typed) ||
        (failure !== undefined && sameValue(valueOf(failure.op), typed));
      expect(kept, `input ${JSON.stringify(typed)} of ${where}`).to.equal(true);
    }
  }

  /** A conflict on the shown interaction names the desktop's value as it is now, never an old one. */
  checkConflicts(): void {
    for (const k of KEYS) {
      const conflict = this.session.conflict(k);
      if (!conflict) continue;
      expect(sameValue(conflict.theirs, this.desktop[this.shown][k]), `the desktop value in the conflict on ${k}`).to.equal(true);
      expect(sameValue(conflict.mine, conflict.theirs)).to.equal(false);
    }
  }
}

describe('userdata editor: no input is ever lost (property)', () => {
  it('over random interleavings of typing, desktop changes, writes and their outcomes, and switching interactions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const model = new Model();
        for (const current of steps) {
          model.run(current);
          model.checkNothingLost();
          model.checkConflicts();
        }
      }),
      { numRuns: 2000 },
    );
  });
});
