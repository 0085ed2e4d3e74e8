/**
 * The store asks the desktop only for what the watched slices need, in one wave per task, and
 * fetches again only when the connection's epoch changes or a failed fetch meets a ready desktop.
 */
import { expect } from '@open-wc/testing';
import { WweError } from '../../src/connection/index.js';
import type { DesktopStore, Slice } from '../../src/store/index.js';
import { makeInteraction } from './builders.js';
import { waitFor } from '../helpers/waits.js';
import { settle, standInStore, type StandInConnection } from './stand-in-connection.js';

const sorted = (names: readonly string[]) => [...names].sort();
const watch = (store: DesktopStore, slices: Slice[]) => store.subscribe(slices, () => undefined);

describe('DesktopStore: lazy per slice', () => {
  let connection: StandInConnection;
  let store: DesktopStore;
  beforeEach(() => {
    ({ connection, store } = standInStore());
  });

  it('holds nothing on the connection before its first subscriber', () => {
    expect(connection.listenerCount).to.equal(0);
    expect(connection.connectCalls).to.equal(0);
  });

  it('watched only for connection and allowedServices: connect() once, no request, no subscription', async () => {
    const release = watch(store, ['connection', 'allowedServices']);
    watch(store, ['connection']);
    await settle();
    expect(connection.connectCalls).to.equal(1);
    expect(connection.sent).to.deep.equal([]);
    expect(connection.subscribed).to.deep.equal([]);
    connection.setState('ready');
    connection.reload();
    await settle();
    expect(connection.sent, 'nothing watched needs a fetch').to.deep.equal([]);
    release();
  });

  it('watching interactions subscribes to interaction only and fetches getInteractions only', async () => {
    watch(store, ['interactions', 'cases', 'selectedCaseId']);
    await settle();
    expect(connection.subscribed).to.deep.equal(['interaction']);
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions']);
    expect(store.getState().interactions.has('a')).to.equal(true);
  });

  it('each slice costs its own channel and request', async () => {
    const cost = async (slices: Slice[]) => {
      const probe = standInStore();
      watch(probe.store, slices);
      await settle();
      return { channels: probe.connection.subscribed, requests: probe.connection.sentNames() };
    };
    expect(await cost(['agent'])).to.deep.equal({ channels: [], requests: ['agent.get'] });
    expect(await cost(['agentState'])).to.deep.equal({ channels: ['agent'], requests: ['agent.getState'] });
    expect(await cost(['stateList'])).to.deep.equal({ channels: [], requests: ['agent.getStateList'] });
    expect(await cost(['media'])).to.deep.equal({ channels: ['media'], requests: ['media.getMediaList'] });
    expect(await cost(['selectedCaseId'])).to.deep.equal({ channels: ['interaction'], requests: ['interaction.getInteractions'] });
    expect(await cost(['toasts'])).to.deep.equal({ channels: ['system'], requests: [] });
  });

  it('a new watcher adds only what is missing', async () => {
    watch(store, ['interactions']);
    await settle();
    watch(store, ['agentState', 'cases']);
    await settle();
    expect(connection.subscribed).to.deep.equal(['interaction', 'agent']);
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions', 'agent.getState']);
  });

  it('watchers added in the same task make one wave, sent in one microtask', async () => {
    watch(store, ['agent']);
    watch(store, ['agentState', 'stateList']);
    watch(store, ['media', 'interactions']);
    watch(store, ['cases', 'toasts', 'agent']);
    expect(connection.sent, 'nothing before the microtask').to.have.length(0);
    await Promise.resolve();
    expect(sorted(connection.subscribed)).to.deep.equal(['agent', 'interaction', 'media', 'system']);
    expect(sorted(connection.sentNames())).to.deep.equal(['agent.get', 'agent.getState', 'agent.getStateList', 'interaction.getInteractions', 'media.getMediaList']);
  });

  it('releases a channel no watcher needs any more, and every listener when the last one leaves', async () => {
    const interactions = watch(store, ['interactions']);
    const agent = watch(store, ['agent', 'agentState']);
    await settle();
    expect(sorted(connection.channels())).to.deep.equal(['agent', 'interaction']);
    interactions();
    interactions();
    await settle();
    expect(connection.channels()).to.deep.equal(['agent']);
    agent();
    await settle();
    expect(connection.listenerCount).to.equal(0);
    expect(store.getState().interactions.has('a'), 'the state survives').to.equal(true);
  });

  it('leaving and coming back in the same task costs nothing', async () => {
    const first = watch(store, ['interactions']);
    await settle();
    first();
    watch(store, ['interactions']);
    await settle();
    expect(connection.subscribed).to.deep.equal(['interaction']);
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions']);
  });

  it('a slice watched again after its channel was released is fetched again; the agent is not', async () => {
    const first = watch(store, ['interactions', 'agent']);
    await settle();
    first();
    await settle();
    watch(store, ['interactions', 'agent']);
    await settle();
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions', 'agent.get', 'interaction.getInteractions']);
    expect(connection.connectCalls, 'connect() at each start').to.equal(2);
  });
});

describe('DesktopStore: when it fetches again', () => {
  let connection: StandInConnection;
  let store: DesktopStore;
  beforeEach(() => {
    ({ connection, store } = standInStore());
  });

  it('on a new epoch, only the watched fetches', async () => {
    watch(store, ['agent', 'interactions', 'toasts']);
    await settle();
    connection.setState('ready');
    await settle();
    expect(connection.sent).to.have.length(2);
    connection.answers.set('interaction.getInteractions', []);
    connection.reload();
    await settle();
    expect(sorted(connection.sentNames().slice(2))).to.deep.equal(['agent.get', 'interaction.getInteractions']);
    expect(store.getState().interactions.size).to.equal(0);
    expect(connection.subscribed, 'the connection re-subscribes channels itself').to.deep.equal(['interaction', 'system']);
  });

  it('when the connection becomes ready after a fetch failed', async () => {
    connection.answers.set('interaction.getInteractions', new WweError('TIMEOUT', 'interaction.getInteractions', 'no desktop yet'));
    watch(store, ['agent', 'interactions']);
    connection.setState('connecting');
    await settle();
    expect(store.getState().connection.lastError?.code).to.equal('TIMEOUT');
    connection.answers.set('interaction.getInteractions', [makeInteraction({ interactionId: 'late' })]);
    connection.setState('ready');
    await settle();
    expect(connection.sentNames()).to.deep.equal(['agent.get', 'interaction.getInteractions', 'interaction.getInteractions']);
    expect(store.getState().interactions.has('late')).to.equal(true);
    expect(store.getState().connection.lastError).to.equal(undefined);
    connection.setState('ready');
    await settle();
    expect(connection.sent, 'nothing failed any more').to.have.length(3);
  });

  it('not while the connection would fail at once; on ready, everything watched', async () => {
    connection.state = 'unavailable';
    connection.error = new WweError('NOT_FRAMED', 'connection', 'not framed');
    watch(store, ['agent', 'interactions']);
    await settle();
    expect(connection.sent).to.deep.equal([]);
    expect(connection.subscribed).to.deep.equal(['interaction']);
    connection.setState('ready');
    await settle();
    expect(sorted(connection.sentNames())).to.deep.equal(['agent.get', 'interaction.getInteractions']);
  });

  it('never the same request twice at once', async () => {
    connection.held.add('interaction.getInteractions');
    watch(store, ['interactions']);
    await settle();
    connection.setState('ready');
    void store.refresh();
    watch(store, ['cases']);
    await settle();
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions']);
    connection.answerHeld('interaction.getInteractions');
    await settle();
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions']);
    expect(store.getState().interactions.has('a')).to.equal(true);
  });

  it('a fetch in flight across a reload is asked again once it settles, and its old answer is dropped', async () => {
    connection.answers.set('interaction.getInteractions', [makeInteraction({ interactionId: 'old' })]);
    connection.held.add('interaction.getInteractions');
    watch(store, ['interactions']);
    await settle();
    connection.reload();
    await settle();
    expect(connection.sent, 'not twice at once').to.have.length(1);
    connection.answerHeld('interaction.getInteractions');
    connection.answers.set('interaction.getInteractions', [makeInteraction({ interactionId: 'new' })]);
    await settle();
    expect(connection.sent).to.have.length(2);
    expect([...store.getState().interactions.keys()]).to.deep.equal(['new']);
  });

  it('a fetch sent before the desktop was ready and failing after it is retried once', async () => {
    connection.answers.set('agent.get', new WweError('TIMEOUT', 'agent.get', 'sent before the desktop listened'));
    connection.held.add('agent.get');
    watch(store, ['agent']);
    await settle();
    connection.setState('ready');
    connection.answerHeld('agent.get');
    await settle();
    expect(connection.sentNames()).to.deep.equal(['agent.get', 'agent.get']);
    await settle();
    expect(connection.sent, 'a second failure is not asked again at once').to.have.length(2);
  });

  it('a fetch that timed out on a ready desktop is asked again after a backoff, with no connection change', async () => {
    connection.setState('ready');
    connection.answers.set('interaction.getInteractions', new WweError('TIMEOUT', 'interaction.getInteractions', 'answer lost'));
    const release = watch(store, ['interactions']);
    await settle();
    expect(store.getState().connection.lastError?.code).to.equal('TIMEOUT');
    connection.answers.set('interaction.getInteractions', [makeInteraction({ interactionId: 'kept' })]);
    await waitFor(() => store.getState().interactions.has('kept'), 'the retried fetch to fill the store');
    expect(connection.sentNames()).to.deep.equal(['interaction.getInteractions', 'interaction.getInteractions']);
    expect(store.getState().connection.lastError).to.equal(undefined);
    release();
  });

  it('a fetch the configuration denies waits for the next ready instead of a backoff', async () => {
    connection.setState('ready');
    connection.answers.set('agent.get', new WweError('DENIED', 'agent.get', 'not in the allow-list'));
    connection.answers.set('interaction.getInteractions', new WweError('TIMEOUT', 'interaction.getInteractions', 'answer lost'));
    const release = watch(store, ['agent', 'interactions']);
    await settle();
    // The timed-out fetch's retry is the clock: by then a denied fetch on a backoff would be due too.
    connection.answers.set('interaction.getInteractions', []);
    await waitFor(() => connection.sentNames().length >= 3, 'the timed-out fetch asked again');
    await settle();
    expect(sorted(connection.sentNames())).to.deep.equal(['agent.get', 'interaction.getInteractions', 'interaction.getInteractions']);
    release();
  });

  it('refresh() fetches the watched slices again, and only those', async () => {
    watch(store, ['media']);
    await settle();
    await store.refresh();
    expect(connection.sentNames()).to.deep.equal(['media.getMediaList', 'media.getMediaList']);
  });
});
