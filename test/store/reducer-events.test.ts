import { expect } from '@open-wc/testing';
import { INTERACTION_EVENT_TYPES, type Media } from '../../src/protocol/index.js';
import { WweError } from '../../src/connection/index.js';
import { changedSlices, createInitialState, reduceDesktop } from '../../src/store/index.js';
import { BREAK, interactionEvent, LUNCH, makeInteraction, NOT_READY, READY, reduceAll, removed, STATE_LIST } from './builders.js';

const MERGING_TYPES = INTERACTION_EVENT_TYPES.filter((type) => type !== 'REMOVED');

describe('reduceDesktop: interaction events', () => {
  for (const eventType of MERGING_TYPES) {
    it(`${eventType} takes every field the event's interaction carries`, () => {
      const before = makeInteraction({ interactionId: 'a', state: 'RINGING', userData: { k: 'old' } });
      const after = makeInteraction({ interactionId: 'a', state: 'HELD', previousState: 'RINGING', userData: { k: 'new' }, recordingState: 'RECORDING' });
      const state = reduceAll([interactionEvent('ADDED', before), interactionEvent(eventType, after)]);
      expect(state.interactions.get('a')).to.deep.equal(after);
      expect(state.interactions.size).to.equal(1);
    });
  }

  it('adds an interaction that an event names for the first time', () => {
    const call = makeInteraction({ interactionId: 'x', state: 'ESTABLISHED' });
    const state = reduceAll([interactionEvent('ESTABLISHED', call)]);
    expect([...state.interactions.keys()]).to.deep.equal(['x']);
  });

  it('REMOVED deletes the interaction, and a REMOVED of an unknown id changes no slice', () => {
    const a = makeInteraction({ interactionId: 'a' });
    const b = makeInteraction({ interactionId: 'b' });
    const withBoth = reduceAll([interactionEvent('ADDED', a), interactionEvent('ADDED', b)]);
    const withoutA = reduceDesktop(withBoth, removed('a'));
    expect([...withoutA.interactions.keys()]).to.deep.equal(['b']);
    expect(withoutA.cases.has('case-a')).to.equal(false);
    const again = reduceDesktop(withoutA, removed('a'));
    expect(changedSlices(withoutA, again)).to.deep.equal([]);
  });

  it('uses the event media when the interaction does not carry one', () => {
    const state = reduceAll([{ type: 'event', channel: 'interaction', event: { eventType: 'INVITED', media: 'chat', interaction: { interactionId: 'c1', caseId: 'k' } } }]);
    expect(state.interactions.get('c1')?.media).to.equal('chat');
  });
});

describe('reduceDesktop: identity preservation', () => {
  const a = makeInteraction({ interactionId: 'a', caseId: 'k1' });
  const b = makeInteraction({ interactionId: 'b', caseId: 'k2' });
  const base = reduceAll([interactionEvent('ADDED', a), interactionEvent('ADDED', b), { type: 'state-list-fetched', stateList: STATE_LIST }]);

  it('an event equal to what the store holds changes no slice', () => {
    const next = reduceDesktop(base, interactionEvent('ATTACHED_DATA_CHANGED', structuredClone(a)));
    expect(changedSlices(base, next)).to.deep.equal([]);
    expect(next.interactions).to.equal(base.interactions);
  });

  it('an event for one interaction keeps the objects of the others and of their cases', () => {
    const changed = { ...a, userData: { note: 'hello' } };
    const next = reduceDesktop(base, interactionEvent('ATTACHED_DATA_CHANGED', changed));
    expect(changedSlices(base, next)).to.deep.equal(['interactions', 'cases']);
    expect(next.interactions.get('b')).to.equal(base.interactions.get('b'));
    expect(next.cases.get('k2')).to.equal(base.cases.get('k2'));
    expect(next.cases.get('k1')).not.to.equal(base.cases.get('k1'));
    expect(next.stateList).to.equal(base.stateList);
  });

  it('a re-fetch of equal data keeps every slice', () => {
    const fetched = reduceAll(
      [
        { type: 'agent-fetched', agent: { employeeId: 'e1', firstname: 'A', lastname: 'B', username: 'ab' } },
        { type: 'agent-state-fetched', agentState: READY },
        { type: 'media-fetched', media: [{ media: 'voice', state: READY, loggedIn: true }] },
        { type: 'interactions-fetched', interactions: [a, b] },
      ],
      base,
    );
    const again = reduceAll(
      [
        { type: 'agent-fetched', agent: { employeeId: 'e1', firstname: 'A', lastname: 'B', username: 'ab' } },
        { type: 'state-list-fetched', stateList: structuredClone(STATE_LIST) },
        { type: 'agent-state-fetched', agentState: { ...READY } },
        { type: 'media-fetched', media: [{ media: 'voice', state: { ...READY }, loggedIn: true }] },
        { type: 'interactions-fetched', interactions: structuredClone([a, b]) },
      ],
      fetched,
    );
    expect(again).to.equal(fetched);
  });
});

describe('reduceDesktop: agent, media and system events', () => {
  const listed = reduceAll([{ type: 'state-list-fetched', stateList: STATE_LIST }]);
  const agentEvent = (event: Record<string, unknown>) => reduceDesktop(listed, { type: 'event', channel: 'agent', event: { eventType: 'STATE_CHANGED', ...event } });

  it('takes the state entry an agent STATE_CHANGED carries', () => {
    const custom = { operationName: 'NotReadyCoaching', displayName: 'Coaching', state: 'NOT_READY_ACTION_CODE', reason: 'Coaching', reasonCode: '42' };
    expect(agentEvent({ mediaState: 'NOT_READY_ACTION_CODE', state: custom }).agentState).to.deep.equal(custom);
  });

  it('looks the entry up in the state list by mediaState, and by reasonCode when there is one', () => {
    expect(agentEvent({ mediaState: 'READY' }).agentState).to.deep.equal(READY);
    expect(agentEvent({ mediaState: 'NOT_READY' }).agentState).to.deep.equal(NOT_READY);
    expect(agentEvent({ mediaState: 'NOT_READY_ACTION_CODE', reason: 'Lunch', reasonCode: '1512' }).agentState).to.deep.equal(LUNCH);
    expect(agentEvent({ mediaState: 'NOT_READY_ACTION_CODE', reason: 'Break', reasonCode: '1511' }).agentState).to.deep.equal(BREAK);
  });

  it('builds an entry from the event when the state list has none', () => {
    expect(agentEvent({ mediaState: 'NOT_READY_ACTION_CODE', reason: 'Fire drill', reasonCode: '999' }).agentState).to.deep.equal({
      operationName: 'NOT_READY_ACTION_CODE',
      displayName: 'Fire drill',
      state: 'NOT_READY_ACTION_CODE',
      reason: 'Fire drill',
      reasonCode: '999',
    });
  });

  it('ignores an agent event without a known mediaState or state', () => {
    expect(agentEvent({ mediaState: 'DANCING' })).to.equal(listed);
    expect(agentEvent({})).to.equal(listed);
  });

  it('a media STATE_CHANGED replaces that media only', () => {
    const voice: Media = { media: 'voice', state: READY, loggedIn: true };
    const chat: Media = { media: 'chat', state: READY, loggedIn: true };
    const fetched = reduceDesktop(listed, { type: 'media-fetched', media: [voice, chat] });
    const next = reduceDesktop(fetched, { type: 'event', channel: 'media', event: { eventType: 'STATE_CHANGED', media: { ...chat, state: NOT_READY } } });
    expect(next.media.get('chat')?.state).to.deep.equal(NOT_READY);
    expect(next.media.get('voice')).to.equal(fetched.media.get('voice'));
  });

  it('CUSTOM_TOAST_BUTTON_CLICK marks and closes the toast this store opened, counting clicks', () => {
    const opened = reduceDesktop(createInitialState(), { type: 'toast-opened', id: 'wweCustomToast0', params: { title: 'T', buttons: ['Yes', 'No'] } });
    const click = { type: 'event', channel: 'system', event: { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId: 'wweCustomToast0', button: 'Yes' } } as const;
    const once = reduceDesktop(opened, click);
    const twice = reduceDesktop(once, click);
    expect(once.toasts.get('wweCustomToast0')).to.deep.include({ lastButton: 'Yes', clicks: 1, open: false });
    expect(twice.toasts.get('wweCustomToast0')?.clicks).to.equal(2);
    const foreign = reduceDesktop(opened, { type: 'event', channel: 'system', event: { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId: 'other', button: 'Yes' } });
    expect(foreign).to.equal(opened);
    const frame = reduceDesktop(opened, { type: 'event', channel: 'system', event: { eventType: 'FRAME_STATE_CHANGED', frameState: 'LEADING', isVisible: true } });
    expect(frame).to.equal(opened);
  });
});

describe('reduceDesktop: toasts and connection bookkeeping', () => {
  it('records open, merged update and close', () => {
    const params = { title: 'Hello', message: 'one' };
    const opened = reduceDesktop(createInitialState(), { type: 'toast-opened', id: 't0', params });
    params.title = 'mutated by the caller later';
    const updated = reduceDesktop(opened, { type: 'toast-updated', id: 't0', params: { message: 'two' } });
    const closed = reduceDesktop(updated, { type: 'toast-closed', id: 't0' });
    expect(opened.toasts.get('t0')).to.deep.equal({ id: 't0', params: { title: 'Hello', message: 'one' }, open: true });
    expect(updated.toasts.get('t0')?.params).to.deep.equal({ title: 'Hello', message: 'two' });
    expect(closed.toasts.get('t0')?.open).to.equal(false);
    expect(reduceDesktop(closed, { type: 'toast-closed', id: 't0' })).to.equal(closed);
  });

  it('tracks the connection state, its error and the allowed services', () => {
    const error = new WweError('NOT_FRAMED', 'connection', 'not framed');
    const unavailable = reduceDesktop(createInitialState(), { type: 'connection-changed', state: 'unavailable', error });
    expect(unavailable.connection).to.deep.equal({ state: 'unavailable', error });
    const ready = reduceDesktop(unavailable, { type: 'connection-changed', state: 'ready', allowedServices: ['agent.*'] });
    expect(ready.connection).to.deep.equal({ state: 'ready' });
    expect(ready.allowedServices).to.deep.equal(['agent.*']);
    const same = reduceDesktop(ready, { type: 'connection-changed', state: 'ready', allowedServices: ['agent.*'] });
    expect(same).to.equal(ready);
    const unknown = reduceDesktop(ready, { type: 'connection-changed', state: 'ready' });
    expect(unknown.allowedServices).to.equal(undefined);
  });

  it('a failed fetch sets lastError until a refresh fully succeeds', () => {
    const error = new WweError('TIMEOUT', 'agent.get', 'no answer');
    const failed = reduceAll([
      { type: 'fetch-started', fetchId: 1 },
      { type: 'fetch-failed', fetchId: 1, error },
      { type: 'fetch-finished', fetchId: 1 },
    ]);
    expect(failed.connection.lastError).to.equal(error);
    const recovered = reduceAll([{ type: 'fetch-started', fetchId: 2 }, { type: 'fetch-finished', fetchId: 2 }], failed);
    expect(recovered.connection.lastError).to.equal(undefined);
    expect(recovered.sync.windows.size).to.equal(0);
  });
});
