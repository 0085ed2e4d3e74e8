import { expect } from '@open-wc/testing';
import { createInitialState, reduceDesktop } from '../../src/store/index.js';
import { BREAK, interactionEvent, makeInteraction, READY, reduceAll, removed } from './builders.js';

describe('reduceDesktop: fetched snapshots', () => {
  it('reduces agent, state list, agent state, media and interactions', () => {
    const call = makeInteraction({ interactionId: 'a' });
    const state = reduceAll([
      { type: 'agent-fetched', agent: { employeeId: 'e1', firstname: 'Ada', lastname: 'L', username: 'ada' } },
      { type: 'state-list-fetched', stateList: [READY, BREAK] },
      { type: 'agent-state-fetched', agentState: BREAK },
      { type: 'media-fetched', media: [{ media: 'voice', state: READY, loggedIn: true }] },
      { type: 'interactions-fetched', interactions: [call] },
    ]);
    expect(state.agent).to.deep.equal({ employeeId: 'e1', firstname: 'Ada', lastname: 'L', username: 'ada' });
    expect(state.stateList).to.deep.equal([READY, BREAK]);
    expect(state.agentState).to.deep.equal(BREAK);
    expect(state.media.get('voice')).to.deep.equal({ media: 'voice', state: READY, loggedIn: true });
    expect(state.interactions.get('a')).to.deep.equal(call);
  });

  it('a list outside any fetch window is the truth: missing interactions go', () => {
    const before = reduceAll([interactionEvent('ADDED', makeInteraction({ interactionId: 'gone' }))]);
    const after = reduceDesktop(before, { type: 'interactions-fetched', interactions: [makeInteraction({ interactionId: 'new' })] });
    expect([...after.interactions.keys()]).to.deep.equal(['new']);
  });

  it('ignores answers that are not lists', () => {
    const before = reduceAll([interactionEvent('ADDED', makeInteraction({ interactionId: 'a' }))]);
    for (const bad of [null, 'x', 42, { a: 1 }]) {
      expect(reduceDesktop(before, { type: 'interactions-fetched', interactions: bad })).to.equal(before);
      expect(reduceDesktop(before, { type: 'media-fetched', media: bad })).to.equal(before);
      expect(reduceDesktop(before, { type: 'state-list-fetched', stateList: bad })).to.equal(before);
    }
  });
});

describe('reduceDesktop: stale snapshot race', () => {
  // The desktop computed this list when the fetch started; the events below happened after it.
  const oldA = makeInteraction({ interactionId: 'a', state: 'RINGING' });
  const oldB = makeInteraction({ interactionId: 'b', state: 'ESTABLISHED' });
  const untouched = makeInteraction({ interactionId: 'c', state: 'HELD' });
  const staleList = [oldA, oldB, untouched];
  const newA = { ...oldA, state: 'ESTABLISHED', previousState: 'RINGING' };
  const newD = makeInteraction({ interactionId: 'd', state: 'RINGING' });

  it('a list that arrives after newer events neither rolls them back nor resurrects removals', () => {
    const leftover = makeInteraction({ interactionId: 'z' });
    const state = reduceAll([
      interactionEvent('ADDED', leftover),
      { type: 'fetch-started', fetchId: 7 },
      interactionEvent('ESTABLISHED', newA),
      removed('b'),
      interactionEvent('ADDED', newD),
      { type: 'interactions-fetched', fetchId: 7, interactions: staleList },
      { type: 'fetch-finished', fetchId: 7 },
    ]);
    expect(state.interactions.get('a')).to.deep.equal(newA);
    expect(state.interactions.has('b'), 'b was removed after the list was computed').to.equal(false);
    expect(state.interactions.get('c')).to.deep.equal(untouched);
    expect(state.interactions.get('d')).to.deep.equal(newD);
    expect(state.interactions.has('z'), 'z is absent from the list and no event kept it').to.equal(false);
    expect(state.sync.touched.size, 'tombstones are dropped once no fetch is open').to.equal(0);
  });

  it('a removal of an id the store never saw still stops the list resurrecting it', () => {
    const state = reduceAll([
      { type: 'fetch-started', fetchId: 1 },
      removed('b'),
      { type: 'interactions-fetched', fetchId: 1, interactions: staleList },
    ]);
    expect([...state.interactions.keys()]).to.deep.equal(['a', 'c']);
  });

  it('events before the fetch started do not shield a key from the list', () => {
    const state = reduceAll([
      { type: 'fetch-started', fetchId: 1 },
      interactionEvent('ESTABLISHED', newA),
      { type: 'fetch-finished', fetchId: 1 },
      { type: 'fetch-started', fetchId: 2 },
      { type: 'interactions-fetched', fetchId: 2, interactions: [oldA] },
    ]);
    // The list's fields win; the one it does not carry (previousState) is merged, not erased.
    expect(state.interactions.get('a')).to.deep.equal({ ...oldA, previousState: 'RINGING' });
  });

  it('overlapping fetches each compare against their own start', () => {
    const state = reduceAll([
      { type: 'fetch-started', fetchId: 1 },
      interactionEvent('ESTABLISHED', newA),
      { type: 'fetch-started', fetchId: 2 },
      { type: 'interactions-fetched', fetchId: 1, interactions: [oldA] },
      { type: 'fetch-finished', fetchId: 1 },
      { type: 'interactions-fetched', fetchId: 2, interactions: [newA, untouched] },
    ]);
    expect(state.interactions.get('a')).to.deep.equal(newA);
    expect(state.interactions.has('c')).to.equal(true);
    expect(state.sync.windows.size).to.equal(1);
  });

  it('a late agent state does not roll back a newer STATE_CHANGED', () => {
    const state = reduceAll([
      { type: 'state-list-fetched', stateList: [READY, BREAK] },
      { type: 'fetch-started', fetchId: 3 },
      { type: 'event', channel: 'agent', event: { eventType: 'STATE_CHANGED', mediaState: 'NOT_READY_ACTION_CODE', reasonCode: '1511', reason: 'Break' } },
      { type: 'agent-state-fetched', fetchId: 3, agentState: READY },
    ]);
    expect(state.agentState).to.deep.equal(BREAK);
  });

  it('a late media list does not roll back a newer media event', () => {
    const state = reduceAll([
      { type: 'fetch-started', fetchId: 4 },
      { type: 'event', channel: 'media', event: { eventType: 'STATE_CHANGED', media: { media: 'chat', state: BREAK, loggedIn: true } } },
      { type: 'media-fetched', fetchId: 4, media: [{ media: 'chat', state: READY, loggedIn: true }, { media: 'voice', state: READY, loggedIn: true }] },
    ]);
    expect(state.media.get('chat')?.state).to.deep.equal(BREAK);
    expect(state.media.get('voice')?.state).to.deep.equal(READY);
  });

  it('keeps no tombstones while no fetch is open', () => {
    const state = reduceAll([interactionEvent('ADDED', newD), removed('d')], createInitialState());
    expect(state.sync.touched.size).to.equal(0);
    expect(state.sync.seq).to.equal(2);
  });
});
