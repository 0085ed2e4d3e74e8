import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_ERROR_TEXT, MAX_ITEMS, MAX_KEYS, MAX_NODES, MAX_STRING, TRUNCATION_MARK, descriptorOf, libraryRequests, paramProblems, parseClientMessage, parseDesktopMessage, positionalParams, requestNames, sanitize } from '../../src/protocol/index.js';

/** Values a hostile frame can post: anything structured clone carries, WWE-marked or not. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.constantFrom(undefined, Number.NaN, Infinity, -0),
    fc.date(),
    fc.constant(new Map([['k', 'v']])),
    fc.constant(new Uint8Array([1, 2])),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'referenceId', 'event', 'data', 'frameId', 'userAgent', 'errorMessage', 'eventType', 'subscriptionId', 'request', 'parameters'), tie('value'), { maxKeys: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

const wweEnvelope = fc.record(
  {
    userAgent: fc.oneof(fc.constant('WWE Service'), fc.string()),
    event: fc.oneof(fc.constantFrom('agent', 'interaction', 'media', 'system', 'markdone', 'outbound', 'messenger:x', 'subscribe', 'unsubscribe', 'bogus'), hostileValue),
    referenceId: hostileValue,
    frameId: hostileValue,
    data: hostileValue,
    errorMessage: hostileValue,
    subscriptionId: hostileValue,
    request: fc.oneof(fc.constantFrom(...requestNames()), hostileValue),
    parameters: hostileValue,
  },
  { requiredKeys: ['userAgent'] },
);

function withProtoKey(value: unknown): unknown {
  // JSON.parse makes a real own "__proto__" key, as structured clone from another frame would.
  return JSON.parse(`{"__proto__": {"polluted": true}, "userAgent": "WWE", "event": "interaction", "data": {"eventType": "ADDED", "__proto__": {"polluted": true}, "interaction": ${JSON.stringify(value ?? null)}}}`);
}

describe('protocol parser', () => {
  it('never throws and never pollutes prototypes, whatever arrives', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, wweEnvelope), (data) => {
        parseDesktopMessage(data);
        parseClientMessage(data);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers every accepted desktop message with plain JSON data only', () => {
    fc.assert(
      fc.property(wweEnvelope, (data) => {
        const parsed = parseDesktopMessage(data);
        if (!parsed.ok) return;
        const walk = (value: unknown, depth: number): void => {
          expect(depth).to.be.below(40);
          if (value === null || typeof value !== 'object') return;
          const proto = Object.getPrototypeOf(value);
          expect(proto === Object.prototype || proto === Array.prototype).to.equal(true);
          expect(Object.keys(value)).not.to.include('__proto__');
          for (const item of Object.values(value)) walk(item, depth + 1);
        };
        walk(parsed.message, 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('drops __proto__ keys instead of reaching a prototype', () => {
    const parsed = parseDesktopMessage(withProtoKey({ interactionId: '1' }));
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok || parsed.message.kind !== 'event') throw new Error('expected an event');
    expect(Object.getPrototypeOf(parsed.message.data)).to.equal(Object.prototype);
    expect((parsed.message.data as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('rejects with a reason: foreign traffic, cycles, depth, non-JSON values', () => {
    const cyclic: Record<string, unknown> = { userAgent: 'WWE', event: 'agent' };
    cyclic.data = cyclic;
    let deep: Record<string, unknown> = { eventType: 'X' };
    for (let i = 0; i < 50; i++) deep = { eventType: 'X', nested: deep };
    const cases: Array<[unknown, string]> = [
      [{ type: 'webpackOk' }, 'not-wwe'],
      ['hello', 'not-wwe'],
      [null, 'not-wwe'],
      [cyclic, 'too-deep'],
      [{ userAgent: 'WWE', event: 'agent', data: deep }, 'too-deep'],
      [{ userAgent: 'WWE', event: 'agent', data: { eventType: 'STATE_CHANGED', at: new Date() } }, 'not-json'],
      [{ userAgent: 'WWE', event: '', data: { eventType: 'X' } }, 'malformed'],
      [{ userAgent: 'WWE', referenceId: { id: 1 } }, 'malformed'],
      [{ userAgent: 'WWE' }, 'malformed'],
    ];
    for (const [data, reason] of cases) {
      const parsed = parseDesktopMessage(data);
      expect(parsed, JSON.stringify(reason)).to.deep.equal({ ok: false, reason });
    }
  });

  it('reads the four desktop message kinds and legacy text', () => {
    expect(parseDesktopMessage({ userAgent: 'WWE', referenceId: 5, data: [1] })).to.deep.include({ ok: true });
    const kinds = [
      { userAgent: 'WWE', referenceId: 5, data: [1] },
      { userAgent: 'WWE', referenceId: '6', errorMessage: 'boom' },
      { userAgent: 'WWE', event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'READY' } },
      { userAgent: 'WWE', frameId: 3 },
      'wweReady',
    ].map((data) => {
      const parsed = parseDesktopMessage(data);
      return parsed.ok ? parsed.message.kind : parsed.reason;
    });
    expect(kinds).to.deep.equal(['response', 'failure', 'event', 'frame-id', 'text']);
    const response = parseDesktopMessage({ userAgent: 'WWE', referenceId: 5, data: [1] });
    expect(response.ok && response.message.kind === 'response' && response.message.referenceId).to.equal('5');
  });

  it('reads page messages the way the simulator needs them', () => {
    const request = parseClientMessage({ request: 'voice.dial', parameters: ['5001'], referenceId: 0, userAgent: 'WWE Client', protocolVersion: 2 });
    expect(request).to.deep.include({ ok: true });
    expect(request.ok && request.message).to.deep.include({ kind: 'request', request: 'voice.dial', parameters: ['5001'], referenceId: 0 });
    const subscribe = parseClientMessage({ event: 'subscribe', data: ['agent', 'interaction'], referenceId: '1', userAgent: 'WWE Client' });
    expect(subscribe.ok && subscribe.message).to.deep.include({ kind: 'subscribe', channels: ['agent', 'interaction'] });
    // A desktop may know more channels than the vendor documents: names pass through.
    const unknown = parseClientMessage({ event: 'subscribe', data: ['agent', 'bogus'], userAgent: 'WWE Client' });
    expect(unknown.ok && unknown.message).to.deep.include({ kind: 'subscribe', channels: ['agent', 'bogus'] });
    expect(parseClientMessage({ event: 'subscribe', data: [], userAgent: 'WWE Client' })).to.deep.equal({ ok: false, reason: 'malformed' });
    expect(parseClientMessage({ request: 'voice.dial', parameters: 'x', userAgent: 'WWE Client' })).to.deep.equal({ ok: false, reason: 'malformed' });
  });

  it("hands over events on any channel, with or without an eventType, as Genesys's client does", () => {
    const cases: unknown[] = [
      { userAgent: 'WWE', event: 'nope', data: { eventType: 'X' } },
      { userAgent: 'WWE', event: 'agent', data: 'STATE_CHANGED' },
      { userAgent: 'WWE', event: 'interaction', data: { type: 'ADDED', interaction: { interactionId: '1' } } },
      { userAgent: 'WWE', event: 'system' },
    ];
    for (const data of cases) {
      const parsed = parseDesktopMessage(data);
      const envelope = data as { event: string; data?: unknown };
      expect(parsed.ok && parsed.message, JSON.stringify(data)).to.deep.equal({ kind: 'event', channel: envelope.event, data: envelope.data, envelope: data });
    }
  });

  it('settles a failure whose errorMessage is not plain data, with a bounded text', () => {
    const dated = parseDesktopMessage({ userAgent: 'WWE', referenceId: 'r1', errorMessage: new Date(0) });
    expect(dated.ok && dated.message).to.deep.include({ kind: 'failure', referenceId: 'r1' });
    const cyclic: Record<string, unknown> = { why: 'loop' };
    cyclic.self = cyclic;
    const looped = parseDesktopMessage({ userAgent: 'WWE', referenceId: 2, errorMessage: cyclic });
    expect(looped.ok && looped.message.kind === 'failure' && looped.message.errorMessage).to.equal('[object Object]');
    const huge = parseDesktopMessage({ userAgent: 'WWE', referenceId: 3, errorMessage: 'x'.repeat(1_000_000) });
    expect(huge.ok && huge.message.kind === 'failure' && huge.message.errorMessage.length).to.equal(MAX_ERROR_TEXT + 1);
  });

  it('describes the 74 library requests in one table, with arity and advisory parameter kinds', () => {
    expect(libraryRequests()).to.have.length(74);
    expect(requestNames()).to.have.length(77);
    expect(new Set(requestNames()).size).to.equal(requestNames().length);
    const dial = descriptorOf('voice.dial')!;
    expect(dial).to.deep.include({ namespace: 'voice', method: 'dial', extra: false });
    expect(dial.params.map((param) => `${param.name}${param.optional ? '?' : ''}`)).to.deep.equal(['destination', 'userData?']);
    expect(positionalParams(dial, ['5001'])).to.deep.equal(['5001', undefined]);
    expect(positionalParams(descriptorOf('voice.hold')!, ['1', 'extra'])).to.deep.equal(['1']);
    expect(paramProblems('voice.dial', [5551234])).to.deep.equal([]);
    expect(paramProblems('agent.setState', [0])).to.deep.equal([]);
    expect(paramProblems('voice.dial', [''])).to.have.length(1);
    expect(paramProblems('interaction.setUserData', ['1', ['a']])[0]).to.match(/parameter 2 \(keyValues\) is an array, expected an object/);
    expect(paramProblems('interaction.consult', ['1', { type: 'AGENT', destination: 'SIP_5001' }])).to.deep.equal([]);
    expect(paramProblems('configuration.getOption', ['voice.*'])).to.deep.equal([]);
    expect(paramProblems('no.such', [])[0]).to.match(/not a request the kit knows/);
  });

  it('sanitize copies plain data and refuses what is not', () => {
    const source = { a: [1, { b: 'c' }], d: null };
    const copy = sanitize(source);
    expect(copy).to.deep.equal({ ok: true, value: source });
    expect(copy.ok && copy.value).not.to.equal(source);
    expect(sanitize({ f: () => 1 })).to.deep.equal({ ok: false, reason: 'not-json' });
    // More values in all than the node budget: refused whole, however they are spread.
    const rows = Math.ceil((MAX_NODES + 1) / MAX_ITEMS);
    expect(sanitize(Array.from({ length: rows }, () => new Array(MAX_ITEMS).fill(0)))).to.deep.equal({ ok: false, reason: 'too-large' });
    // A 1 MB party name or key costs no more than its first 64 KB to everything downstream.
    const huge = 'x'.repeat(1_000_000);
    const cut = sanitize({ name: huge, [huge]: 'key too long', kept: 'yes' });
    expect(cut.ok && (cut.value as { name: string }).name).to.equal('x'.repeat(MAX_STRING) + TRUNCATION_MARK);
    expect(cut.ok && Object.keys(cut.value as object)).to.deep.equal(['name', 'kept']);
  });

  it('sanitize keeps the first MAX_KEYS keys of an object and the first MAX_ITEMS items of an array', () => {
    const wide: Record<string, number> = { __proto__: null } as never;
    for (let index = 0; index < MAX_KEYS * 2; index++) wide[`k${index}`] = index;
    const keys = sanitize({ userData: wide });
    expect(keys.ok).to.equal(true);
    const keptKeys = Object.keys((keys as { value: { userData: object } }).value.userData);
    expect(keptKeys).to.have.length(MAX_KEYS);
    expect(keptKeys[0]).to.equal('k0');
    expect(keptKeys.at(-1)).to.equal(`k${MAX_KEYS - 1}`);
    const long = Array.from({ length: MAX_ITEMS * 3 }, (_, index) => index);
    const items = sanitize(long);
    expect(items.ok && (items.value as number[]).length).to.equal(MAX_ITEMS);
    expect(items.ok && (items.value as number[])[MAX_ITEMS - 1]).to.equal(MAX_ITEMS - 1);
  });
});
