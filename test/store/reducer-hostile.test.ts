import { expect } from '@open-wc/testing';
import { createInitialState, reduceDesktop, type DesktopAction } from '../../src/store/index.js';
import { sanitize } from '../../src/protocol/index.js';
import { makeInteraction, reduceAll } from './builders.js';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

function interactionPayload(interaction: unknown, eventType = 'ADDED'): DesktopAction {
  return { type: 'event', channel: 'interaction', event: { eventType, media: 'voice', interaction } };
}

/**
 * What the connection hands the store: the parser's one sanitized copy of the message, or nothing
 * at all when the parser refuses it. The reducer reads that copy and never copies again.
 */
function parsed(value: unknown): unknown {
  const copy = sanitize(value);
  return copy.ok ? copy.value : undefined;
}

describe('reduceDesktop: hostile data', () => {
  const cleanPrototype = prototypeKeys();
  afterEach(() => {
    expect(prototypeKeys()).to.deep.equal(cleanPrototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('keys such as __proto__ and constructor pollute nothing', () => {
    const event = JSON.parse(
      '{"eventType":"ADDED","__proto__":{"polluted":1},"interaction":{"interactionId":"p","caseId":"K","__proto__":{"polluted":2},' +
        '"userData":{"__proto__":{"polluted":3},"constructor":{"prototype":{"polluted":4}},"ok":"yes"}}}',
    ) as unknown;
    const state = reduceDesktop(createInitialState(), { type: 'event', channel: 'interaction', event: parsed(event) });
    const stored = state.interactions.get('p')!;
    expect(Object.getPrototypeOf(stored)).to.equal(Object.prototype);
    expect(Object.keys(stored.userData).sort()).to.deep.equal(['constructor', 'ok']);
    expect(Object.hasOwn(stored.userData, '__proto__')).to.equal(false);
    expect((stored as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('an interactionId "__proto__" is just a key', () => {
    const state = reduceAll([interactionPayload(makeInteraction({ interactionId: '__proto__', caseId: '__proto__' }))]);
    expect(state.interactions.get('__proto__')?.caseId).to.equal('__proto__');
    expect(state.cases.get('__proto__')?.interactions).to.have.length(1);
  });

  it('drops what has no usable interactionId', () => {
    const start = createInitialState();
    for (const bad of [null, undefined, 'a', 42, [], {}, { interactionId: 7 }, { interactionId: '' }, { interactionId: ['a'] }]) {
      expect(reduceDesktop(start, interactionPayload(bad))).to.equal(start);
      expect(reduceDesktop(start, interactionPayload(bad, 'REMOVED'))).to.equal(start);
    }
    for (const event of [null, 'ADDED', 1, [], { interaction: { interactionId: 'a' } }, { eventType: 5, interaction: { interactionId: 'a' } }]) {
      expect(reduceDesktop(start, { type: 'event', channel: 'interaction', event })).to.equal(start);
    }
  });

  it('types the fields of a sloppy interaction and drops what does not fit', () => {
    const state = reduceAll([
      interactionPayload({
        interactionId: 'x',
        caseId: 12,
        state: { not: 'a state' },
        parties: [{ name: 1 }, { name: 'Bob', role: 'BOSS', address: 5 }, 'Eve'],
        userData: ['not', 'a', 'record'],
        startDate: '2024-05-01T10:00:00Z',
        isCaseSelected: 'yes',
        recordingState: 'LOUD',
        direction: 'SIDEWAYS',
        ani: 5551234,
        subject: 'Hi',
        extra: 'dropped',
      }),
    ]);
    expect(state.interactions.get('x')).to.deep.equal({
      interactionId: 'x',
      caseId: '',
      media: 'voice',
      userData: {},
      state: 'UNKNOWN',
      parties: [{ name: 'Bob' }],
      isConsultation: false,
      isMainCaseInteraction: false,
      startDate: Date.parse('2024-05-01T10:00:00Z'),
      isCaseSelected: false,
      isCaseExpanded: false,
      subject: 'Hi',
    });
  });

  it('never reads throwing getters or revoked proxies: the parser refuses them', () => {
    const trap = { interactionId: 'g' };
    Object.defineProperty(trap, 'caseId', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { proxy, revoke } = Proxy.revocable({ interactionId: 'r' }, {});
    revoke();
    // The parser refuses them, so the connection delivers nothing and the store never reads them.
    expect(sanitize({ eventType: 'ADDED', interaction: trap }).ok).to.equal(false);
    expect(sanitize({ eventType: 'ADDED', interaction: proxy }).ok).to.equal(false);
    expect(sanitize([trap, proxy]).ok).to.equal(false);
    const start = createInitialState();
    expect(reduceDesktop(start, { type: 'interactions-fetched', interactions: parsed([trap, proxy]) })).to.equal(start);
  });

  it('keeps the valid items of a list and drops the others', () => {
    const good = makeInteraction({ interactionId: 'ok' });
    const state = reduceDesktop(createInitialState(), {
      type: 'interactions-fetched',
      interactions: [null, good, { interactionId: 3 }, 'x', { caseId: 'K' }],
    });
    expect([...state.interactions.values()]).to.deep.equal([good]);
    const states = reduceDesktop(createInitialState(), {
      type: 'state-list-fetched',
      stateList: [{ operationName: 'Ready', state: 'READY' }, { operationName: 'Odd', state: 'WEIRD' }, { state: 'READY' }],
    });
    expect(states.stateList).to.deep.equal([{ operationName: 'Ready', displayName: 'Ready', state: 'READY' }]);
  });

  it('ignores malformed agent, media and system events', () => {
    const start = createInitialState();
    const events: DesktopAction[] = [
      { type: 'event', channel: 'agent', event: { eventType: 'STATE_CHANGED', mediaState: '__proto__' } },
      { type: 'event', channel: 'agent', event: { eventType: 'OTHER', mediaState: 'READY' } },
      { type: 'event', channel: 'media', event: { eventType: 'STATE_CHANGED', media: { media: 'voice', state: 'READY' } } },
      { type: 'event', channel: 'media', event: { eventType: 'STATE_CHANGED', media: null } },
      { type: 'event', channel: 'system', event: { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId: 1, button: {} } },
      { type: 'agent-fetched', agent: 'agent' },
      { type: 'agent-state-fetched', agentState: { operationName: 1, state: 'READY' } },
    ];
    for (const action of events) expect(reduceDesktop(start, action), action.type).to.equal(start);
  });
});
