import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { UserData } from '../../src/protocol/index.js';
import { EditSession, sameValue, writeFor, type WriteOp } from '../../src/elements/userdata-editor/edit-session.js';
import { decimalSeparator, keysAttribute, parseInput, resolveFields } from '../../src/elements/userdata-editor/field-spec.js';
import { formEntries, firstProblem, toUserData } from '../../src/elements/userdata-editor/form-value.js';
import { isWriteRefusal } from '../../src/elements/userdata-editor/write-denial.js';
import { InvalidJson } from '../../src/elements/shared/attributes.js';
import { WweError } from '../../src/connection/index.js';

const set = (value: string | number | boolean): WriteOp => ({ kind: 'set', value });

describe('userdata editor: edit session (pure model)', () => {
  it('follows the desktop for keys nobody edits, in the order first seen', () => {
    const session = new EditSession<string>();
    expect(session.sync({ A: '1', B: 2 })).to.deep.equal({ conflicts: [], changed: ['A', 'B'] });
    expect(session.keys()).to.deep.equal(['A', 'B']);
    expect(session.sync({ B: 3, C: true })).to.deep.equal({ conflicts: [], changed: ['A', 'B', 'C'] });
    expect(session.keys()).to.deep.equal(['B', 'C']);
    expect(session.shown('B')).to.equal(3);
    expect(session.shown('A')).to.equal(undefined);
  });

  it('keeps a draft apart from the committed value; typing the committed value back is no edit', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    session.edit('A', 'new');
    expect([session.hasDraft('A'), session.shown('A'), session.current('A')]).to.deep.equal([true, 'new', 'old']);
    session.edit('A', 'old');
    expect(session.hasDraft('A')).to.equal(false);
  });

  it('shows a write at once and keeps it when the desktop accepts', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    session.edit('A', 'new');
    const id = session.begin('A', set('new'));
    expect([session.isPending('A'), session.current('A'), session.hasDraft('A')]).to.deep.equal([true, 'new', false]);
    expect(session.succeed(id)).to.equal('A');
    expect([session.isPending('A'), session.current('A'), session.base('A')]).to.deep.equal([false, 'new', 'new']);
    // The store catching up later, and lagging behind meanwhile, changes nothing.
    expect(session.sync({ A: 'old' }).changed).to.deep.equal([]);
    expect(session.sync({ A: 'new' }).changed).to.deep.equal([]);
    expect(session.shown('A')).to.equal('new');
  });

  it('rolls a failed write back but keeps the input as a draft, with the failure and a retry', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('new'));
    expect(session.fail(id, 'boom')).to.equal('A');
    expect(session.current('A')).to.equal('old');
    expect(session.shown('A')).to.equal('new');
    expect(session.failure('A')).to.deep.equal({ op: set('new'), error: 'boom' });
    expect(session.retry('A')).to.deep.equal(set('new'));
    expect(session.denied('A')).to.equal(undefined);
  });

  it('rolls a failed delete back: the key returns, and the retry deletes again', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', { kind: 'delete' });
    expect(session.shown('A')).to.equal(undefined);
    session.fail(id, 'no', 'write refused');
    expect([session.shown('A'), session.hasDraft('A'), session.denied('A')]).to.deep.equal(['old', false, 'write refused']);
    expect(session.retry('A')).to.deep.equal({ kind: 'delete' });
  });

  it('raises a conflict when the desktop changes a key the user is editing, and never overwrites the draft', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    session.edit('A', 'mine');
    expect(session.sync({ A: 'theirs' })).to.deep.equal({ conflicts: ['A'], changed: [] });
    expect(session.shown('A')).to.equal('mine');
    expect(session.conflict('A')).to.deep.equal({ mine: 'mine', theirs: 'theirs' });
    expect(session.resolve('A', 'mine')).to.deep.equal(set('mine'));
    expect(session.conflict('A')).to.equal(undefined);
    expect(session.shown('A')).to.equal('mine');
  });

  it('"use desktop value" drops the draft and needs no write when the desktop already has it', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    session.edit('A', 'mine');
    session.sync({ A: 'theirs' });
    expect(session.resolve('A', 'theirs')).to.equal(undefined);
    expect([session.shown('A'), session.hasDraft('A'), session.conflict('A')]).to.deep.equal(['theirs', false, undefined]);
  });

  it('a desktop change after the echo of a write is a conflict that keeps the user\'s value in sight; "use desktop value" then writes nothing', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('mine'));
    expect(session.sync({ A: 'mine' }).conflicts).to.deep.equal([]);
    expect(session.sync({ A: 'theirs' }).conflicts).to.deep.equal(['A']);
    expect(session.shown('A')).to.equal('mine');
    // Not while the write is in flight: its outcome decides what the desktop holds.
    expect(session.resolve('A', 'theirs')).to.equal(undefined);
    session.succeed(id);
    expect(session.conflict('A')).to.deep.equal({ mine: 'mine', theirs: 'theirs' });
    expect(session.current('A')).to.equal('theirs');
    expect(session.resolve('A', 'theirs')).to.equal(undefined);
    expect([session.shown('A'), session.conflict('A')]).to.deep.equal(['theirs', undefined]);
  });

  it('a desktop change just before it applies the write in flight (issue #13): the conflict goes when the desktop ends with the user\'s value', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('mine'));
    // Another party's change, applied before ours: it differs from the start and from the write.
    expect(session.sync({ A: 'theirs' }).conflicts).to.deep.equal(['A']);
    expect(session.sync({ A: 'mine' }).conflicts).to.deep.equal([]);
    expect(session.conflict('A')).to.equal(undefined);
    session.succeed(id);
    expect([session.conflict('A'), session.current('A'), session.base('A')]).to.deep.equal([undefined, 'mine', 'mine']);
    expect(session.resolve('A', 'theirs')).to.equal(undefined);
  });

  it('the same, when the store never reports the write: its success settles the conflict the earlier value raised', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('mine'));
    session.sync({ A: 'theirs' });
    session.succeed(id);
    expect([session.conflict('A'), session.current('A')]).to.deep.equal([undefined, 'mine']);
  });

  it('the same, when the write then fails: the desktop kept its value, the conflict shows it beside the input', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('mine'));
    session.sync({ A: 'theirs' });
    session.fail(id, 'refused');
    expect(session.conflict('A')).to.deep.equal({ mine: 'mine', theirs: 'theirs' });
    expect(session.current('A')).to.equal('theirs');
  });

  it('raises no conflict when the desktop goes back to the value the user started from, and settles an open one', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    session.edit('A', 'mine');
    expect(session.sync({ A: 'theirs' }).conflicts).to.deep.equal(['A']);
    expect(session.sync({ A: 'old' }).conflicts).to.deep.equal([]);
    expect([session.conflict('A'), session.shown('A'), session.hasDraft('A')]).to.deep.equal([undefined, 'mine', true]);
  });

  it('keeps uncommitted input when a desktop value equal to it passes by, and raises the conflict when the desktop moves on', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    session.edit('A', 'same');
    expect(session.sync({ A: 'same' })).to.deep.equal({ conflicts: [], changed: [] });
    expect(session.hasDraft('A')).to.equal(true);
    expect(session.sync({ A: 'other' })).to.deep.equal({ conflicts: ['A'], changed: [] });
    expect(session.conflict('A')).to.deep.equal({ mine: 'same', theirs: 'other' });
  });

  it('does not roll back a write whose answer was lost after the store reported it applied', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('mine'));
    session.sync({ A: 'mine' });
    session.fail(id, 'timeout');
    expect([session.failure('A'), session.hasDraft('A'), session.current('A')]).to.deep.equal([undefined, false, 'mine']);
  });

  it('clears a timed-out write the desktop applied after all', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'old' });
    const id = session.begin('A', set('mine'));
    session.fail(id, 'timeout');
    expect(session.failure('A')).to.deep.equal({ op: set('mine'), error: 'timeout' });
    session.sync({ A: 'mine' });
    expect([session.failure('A'), session.hasDraft('A'), session.current('A')]).to.deep.equal([undefined, false, 'mine']);
  });

  it('discards input, failures and conflicts, but not writes in flight', () => {
    const session = new EditSession<string>();
    session.sync({ A: 'a', B: 'b' });
    session.edit('A', 'x');
    session.sync({ A: 'y', B: 'b' });
    session.begin('B', set('z'));
    session.discardAll();
    expect([session.shown('A'), session.conflict('A'), session.shown('B'), session.isPending('B')]).to.deep.equal(['y', undefined, 'z', true]);
  });

  it('keeps keys such as __proto__ as plain data', () => {
    const session = new EditSession<string>();
    session.sync(JSON.parse('{"__proto__":{"polluted":true},"constructor":"c"}') as UserData);
    expect(session.keys()).to.deep.equal(['__proto__', 'constructor']);
    const data = toUserData(session.keys().map((key) => ({ key, value: session.shown(key) })));
    expect(Object.keys(data)).to.deep.equal(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('property: a sync never changes or drops a draft unless the desktop now holds that very value', () => {
    const key = fc.constantFrom('A', 'B');
    const value = fc.oneof(fc.constantFrom('x', 'y', ''), fc.integer({ min: 0, max: 2 }), fc.boolean());
    const step = fc.oneof(
      fc.record({ kind: fc.constant('sync' as const), data: fc.dictionary(key, value, { maxKeys: 2 }) }),
      fc.record({ kind: fc.constant('edit' as const), key, value }),
      fc.record({ kind: fc.constant('begin' as const), key }),
      fc.record({ kind: fc.constant('settle' as const), ok: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const session = new EditSession<string>();
        const inFlight: number[] = [];
        for (const current of steps) {
          if (current.kind === 'sync') {
            const before = new Map(['A', 'B'].filter((k) => session.hasDraft(k)).map((k) => [k, session.shown(k)]));
            session.sync(current.data);
            for (const [k, draft] of before) {
              const kept = session.hasDraft(k) && sameValue(session.shown(k), draft);
              expect(kept || sameValue(current.data[k], draft), `draft of ${k}`).to.equal(true);
            }
          } else if (current.kind === 'edit') session.edit(current.key, current.value);
          else if (current.kind === 'begin' && session.hasDraft(current.key) && !session.isPending(current.key)) {
            inFlight.push(session.begin(current.key, writeFor(session.shown(current.key))));
          } else if (current.kind === 'settle' && inFlight.length > 0) {
            const id = inFlight.shift()!;
            if (current.ok) session.succeed(id);
            else session.fail(id, 'failed');
          }
        }
      }),
    );
  });
});

describe('userdata editor: field specs, form value, write refusals', () => {
  it('reads keys as a comma list or a JSON array, and reports bad JSON', () => {
    expect(keysAttribute.fromAttribute!(' Disposition, Amount ,', Array)).to.deep.equal(['Disposition', 'Amount']);
    expect(keysAttribute.fromAttribute!('[{"key":"VIP","type":"boolean"}]', Array)).to.deep.equal([{ key: 'VIP', type: 'boolean' }]);
    expect(keysAttribute.fromAttribute!('[oops', Array)).to.be.instanceOf(InvalidJson);
    expect(keysAttribute.fromAttribute!('{"key":"A"}', Array)).to.be.instanceOf(InvalidJson);
  });

  it('resolves field specs with defaults and lists what it cannot use', () => {
    const { fields, problems } = resolveFields([
      'Notes',
      { key: 'Disposition', type: 'enum', options: ['Sale', { value: 'NS', label: 'No sale' }], required: true },
      { key: 'Bad', type: 'date' as never },
      { key: 'Empty', type: 'enum', options: [] },
      { label: 'no key' } as never,
      'Notes',
    ]);
    expect(fields.map((field) => [field.key, field.label, field.type, field.required])).to.deep.equal([
      ['Notes', 'Notes', undefined, false],
      ['Disposition', 'Disposition', 'enum', true],
    ]);
    expect(fields[1]!.options).to.deep.equal([{ value: 'Sale', label: 'Sale' }, { value: 'NS', label: 'No sale' }]);
    expect(problems).to.have.length(4);
  });

  it('parses numbers, keeping text that is not one', () => {
    expect(parseInput('number', ' 42.5 ', 'en')).to.equal(42.5);
    expect(parseInput('number', '12a', 'en')).to.equal('12a');
    expect(parseInput('text', '42', 'en')).to.equal('42');
    for (const text of ['0x1F', 'Infinity', '1e400', '1e', '--1', '1.2.3', '']) expect(parseInput('number', text, 'en'), text).to.equal(text);
  });

  it("reads the decimal separator of the page's language, and a point in every language", () => {
    const cases: Array<[text: string, lang: string, value: number | string]> = [
      ['1.5', 'en', 1.5],
      ['0.05', 'en', 0.05],
      ['-3', 'en', -3],
      ['1e3', 'en', 1000],
      // In English a comma groups digits: "1,5" is no number, and "1,500" is not read as 1.5.
      ['1,5', 'en', '1,5'],
      ['1,500', 'en', '1,500'],
      ['1,5', 'fr', 1.5],
      ['-0,05', 'fr', -0.05],
      ['1.5', 'fr', 1.5],
      ['1,5', 'de', 1.5],
      ['0.05', 'de', 0.05],
      ['1e3', 'de', 1000],
      ['1,5', 'not a language', '1,5'],
    ];
    for (const [text, lang, value] of cases) expect(parseInput('number', text, lang), `${text} in ${lang}`).to.equal(value);
    expect([decimalSeparator('fr'), decimalSeparator('de-CH'), decimalSeparator('en-US')]).to.deep.equal([',', '.', '.']);
  });

  it('builds prefixed form entries and the first validity problem', () => {
    const fields = [
      { key: 'Amount', value: 42, missing: false, badInput: false },
      { key: 'VIP', value: false, missing: false, badInput: false },
      { key: 'Nested', value: { a: [1] }, missing: false, badInput: false },
      { key: 'Disposition', value: undefined, missing: true, badInput: false },
    ];
    expect([...formEntries('ud', fields)]).to.deep.equal([
      ['ud[Amount]', '42'],
      ['ud[VIP]', 'false'],
      ['ud[Nested]', '{"a":[1]}'],
    ]);
    expect([...formEntries('', fields.slice(0, 1))]).to.deep.equal([['Amount', '42']]);
    expect(firstProblem(fields)).to.deep.equal({ key: 'Disposition', flags: { valueMissing: true } });
    expect(firstProblem([{ key: 'N', value: 'x', missing: false, badInput: true }])).to.deep.equal({ key: 'N', flags: { badInput: true } });
  });

  it('tells a write refusal naming the key from other failures', () => {
    const acl = new WweError('HOST_ERROR', 'interaction.setUserData', "Writing user data key(s) 'Amount', 'VIP' is not allowed");
    expect(isWriteRefusal(acl, 'Amount')).to.equal(true);
    expect(isWriteRefusal(acl, 'Notes')).to.equal(false);
    expect(isWriteRefusal(new WweError('HOST_ERROR', 'x', "Interaction '1' has no user data key 'Amount'"), 'Amount')).to.equal(false);
    expect(isWriteRefusal(new WweError('DENIED', 'interaction.setUserData', 'denied'), 'Any')).to.equal(true);
    expect(isWriteRefusal(new WweError('TIMEOUT', 'interaction.setUserData', "'Amount' not allowed"), 'Amount')).to.equal(false);
  });
});
