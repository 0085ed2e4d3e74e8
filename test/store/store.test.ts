import { expect } from '@open-wc/testing';
import { catchReportedErrors } from '../helpers/page-errors.js';
import { waitFor } from '../helpers/waits.js';
import { WweError } from '../../src/connection/index.js';
import { DesktopStore, getStore, type DesktopState, type Slice } from '../../src/store/index.js';
import { BREAK, makeInteraction, READY } from './builders.js';
import { settle, StandInConnection, standInStore } from './stand-in-connection.js';


function record(store: DesktopStore, slices: Slice[]) {
  const calls: { state: DesktopState; changed: readonly Slice[] }[] = [];
  const unsubscribe = store.subscribe(slices, (state, changed) => calls.push({ state, changed }));
  return { calls, unsubscribe };
}

describe('DesktopStore', () => {
  let connection: StandInConnection;
  let store: DesktopStore;
  beforeEach(() => {
    ({ connection, store } = standInStore());
  });

  it('fetches at once, without waiting for ready, and reduces the answers', async () => {
    const { calls } = record(store, ['agent', 'agentState', 'interactions', 'connection']);
    await settle();
    expect(connection.state).to.equal('idle');
    expect(connection.sentNames().sort()).to.deep.equal(['agent.get', 'agent.getState', 'interaction.getInteractions']);
    connection.allowedServices = ['*'];
    connection.setState('ready');
    await settle();
    expect(connection.sent, 'ready alone refetches nothing that succeeded').to.have.length(3);
    const state = store.getState();
    expect(state.agent?.username).to.equal('ada');
    expect(state.agentState).to.deep.equal(READY);
    expect(state.interactions.has('a')).to.equal(true);
    expect(state.selectedCaseId).to.equal('case-a');
    expect(state.allowedServices).to.deep.equal(['*']);
    expect(calls.at(-1)?.state.interactions).to.equal(state.interactions);
  });

  it('fetches only what the desktop allows', async () => {
    connection.state = 'ready';
    connection.allowedServices = ['agent.get', 'interaction.*'];
    store.subscribe(['agent', 'agentState', 'interactions'], () => undefined);
    await settle();
    expect(connection.sentNames().sort()).to.deep.equal(['agent.get', 'interaction.getInteractions']);
  });

  it('a failed fetch never throws out: it becomes connection.lastError until a refresh fully succeeds', async () => {
    const denied = new WweError('HOST_ERROR', 'agent.getState', 'Service not allowed');
    connection.answers.set('agent.getState', denied);
    store.subscribe(['agent', 'agentState'], () => undefined);
    await settle();
    expect(store.getState().connection.lastError).to.equal(denied);
    expect(store.getState().agent?.username, 'the rest still arrived').to.equal('ada');
    connection.answers.set('agent.getState', BREAK);
    await store.refresh();
    await settle();
    expect(store.getState().connection.lastError).to.equal(undefined);
    expect(store.getState().agentState).to.deep.equal(BREAK);
  });

  it('notifies a subscriber once per microtask, only for the slices it watches', async () => {
    const agent = record(store, ['agentState']);
    const interactions = record(store, ['interactions', 'cases']);
    await settle();
    agent.calls.length = 0;
    interactions.calls.length = 0;
    const call = makeInteraction({ interactionId: 'x' });
    connection.emit('interaction', { eventType: 'ADDED', media: 'voice', interaction: call });
    connection.emit('interaction', { eventType: 'ESTABLISHED', media: 'voice', interaction: { ...call, state: 'ESTABLISHED' } });
    connection.emit('interaction', { eventType: 'HELD', media: 'voice', interaction: { ...call, state: 'HELD' } });
    expect(interactions.calls, 'nothing before the microtask').to.have.length(0);
    await settle();
    expect(interactions.calls).to.have.length(1);
    expect(interactions.calls[0]!.changed).to.deep.equal(['interactions', 'cases']);
    expect(interactions.calls[0]!.state.interactions.get('x')?.state).to.equal('HELD');
    expect(agent.calls).to.have.length(0);
    connection.emit('agent', { eventType: 'STATE_CHANGED', mediaState: 'NOT_READY_ACTION_CODE', state: BREAK });
    await settle();
    expect(agent.calls).to.have.length(1);
    expect(interactions.calls).to.have.length(1);
  });

  it('a listener that throws does not stop the others', async () => {
    const seen: string[] = [];
    const reported = catchReportedErrors();
    try {
      store.subscribe(['interactions'], () => {
        throw new Error('listener bug');
      });
      store.subscribe(['interactions'], () => seen.push('second'));
      connection.emit('interaction', { eventType: 'ADDED', interaction: makeInteraction({ interactionId: 'y' }) });
      await settle();
    } finally {
      reported.stop();
    }
    expect(seen).to.deep.equal(['second']);
    expect(reported.errors).to.have.length(1);
    expect((reported.errors[0] as Error).message).to.equal('listener bug');
  });

  it('records toasts it pops, updates and closes; clicks mark the last button', async () => {
    connection.answers.set('system.popupToast', 'wweCustomToast0');
    store.subscribe(['toasts'], () => undefined);
    const id = await store.popupToast({ title: 'Hello', buttons: ['Yes', 'No'] });
    expect(id).to.equal('wweCustomToast0');
    await store.updateToast(id, { message: 'more' });
    connection.emit('system', { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', toastId: id, button: 'No' });
    expect(store.getState().toasts.get(id)).to.deep.equal({
      id,
      params: { title: 'Hello', buttons: ['Yes', 'No'], message: 'more' },
      open: false,
      lastButton: 'No',
      clicks: 1,
    });
    connection.answers.set('system.popupToast', 'wweCustomToast1');
    const second = await store.popupToast({ title: 'Again' });
    await store.closeToast(second);
    expect(store.getState().toasts.get(second)?.open).to.equal(false);
    expect(connection.sent.map((request) => request.name)).to.include.members(['system.popupToast', 'system.updateToast', 'system.closeToast']);
  });

  it('a toast with autoCloseTimeout is marked closed when the desktop closes it', async () => {
    connection.answers.set('system.popupToast', 'wweCustomToast1');
    const id = await store.popupToast({ title: 'Brief', autoCloseTimeout: 20 });
    expect(store.getState().toasts.get(id)?.open).to.equal(true);
    await waitFor(() => store.getState().toasts.get(id)?.open === false, 'the toast to be marked closed');
  });

  it('a failed toast request rejects with the WweError and records nothing', async () => {
    const failure = new WweError('DENIED', 'system.popupToast', 'not allowed');
    connection.answers.set('system.popupToast', failure);
    let caught: unknown;
    await store.popupToast({ title: 'x' }).catch((error: unknown) => (caught = error));
    expect(caught).to.equal(failure);
    expect(store.getState().toasts.size).to.equal(0);
  });

  it('target() applies the one target rule to the current state', async () => {
    store.subscribe(['interactions'], () => undefined);
    await settle();
    expect(store.target()?.interactionId).to.equal('a');
    expect(store.target('zzz')).to.equal(undefined);
  });

  it('getStore() gives one store per connection', () => {
    const other = new StandInConnection();
    expect(getStore(connection)).to.equal(getStore(connection));
    expect(getStore(other)).not.to.equal(getStore(connection));
  });
});
