/**
 * The store against the real WweConnection and the simulated desktop in a cross-origin iframe:
 * every change below crosses frames as real postMessage traffic.
 */
import { expect } from '@open-wc/testing';
import { WweConnection } from '../../src/connection/index.js';
import { DesktopStore, type DesktopState } from '../../src/store/index.js';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { waitFor } from '../helpers/waits.js';

/** Waits until the store's state satisfies `check`. */
function until(store: DesktopStore, check: (state: DesktopState) => boolean, message: string): Promise<void> {
  return waitFor(() => check(store.getState()), message);
}

async function requestsNamed(desktop: RemoteDesktop, name: string): Promise<number> {
  const log = await desktop.messages();
  return log.filter((entry) => entry.direction === 'in' && entry.kind === 'request' && entry.name === name).length;
}

describe('DesktopStore with the real connection and simulated desktop', () => {
  let desktop: RemoteDesktop;
  let connection: WweConnection;
  let store: DesktopStore;
  let release: () => void;

  beforeEach(async () => {
    desktop = await openDesktop();
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 1000 });
    store = new DesktopStore(connection);
    release = store.subscribe(['agent', 'stateList', 'media', 'interactions', 'cases', 'selectedCaseId', 'agentState', 'toasts'], () => undefined);
    await until(store, (state) => state.connection.state === 'ready' && state.agent !== undefined && state.media.has('voice'), 'store never filled');
  });

  afterEach(() => {
    release();
    connection.dispose();
    desktop.dispose();
  });

  it('fetches agent, agent state, state list, media and allowed services once ready', async () => {
    const snapshot = await desktop.snapshot();
    const state = store.getState();
    expect(state.agent).to.deep.equal(snapshot.agent);
    expect(state.stateList).to.deep.equal(snapshot.stateList);
    expect(state.agentState).to.deep.equal(snapshot.agentState);
    expect(state.allowedServices).to.include('interaction.getInteractions');
    expect(state.connection.lastError).to.equal(undefined);
  });

  it('follows an inbound call through answer and hold, then its removal', async () => {
    const id = await desktop.inboundCall({ ani: '+33298000000' });
    await until(store, (state) => state.interactions.get(id)?.state === 'RINGING', 'inbound call never appeared');
    expect(store.getState().interactions.get(id)?.parties[0]?.address).to.equal('+33298000000');
    await desktop.call('answer', id);
    await until(store, (state) => state.interactions.get(id)?.state === 'ESTABLISHED', 'answer not seen');
    await desktop.call('hold', id);
    await until(store, (state) => state.interactions.get(id)?.state === 'HELD', 'hold not seen');
    expect(store.target()?.interactionId).to.equal(id);
    await desktop.endInteraction(id);
    await until(store, (state) => !state.interactions.has(id), 'REMOVED not seen');
    expect(store.target()).to.equal(undefined);
  });

  it('setUserData updates the interaction userData', async () => {
    const id = await desktop.inboundCall({ ani: '5001', userData: { Origin: 'IVR' } });
    await until(store, (state) => state.interactions.has(id), 'call never appeared');
    await connection.request('interaction.setUserData', [id, { Notes: 'called back' }]);
    await until(store, (state) => state.interactions.get(id)?.userData.Notes === 'called back', 'userData not updated');
    expect(store.getState().interactions.get(id)?.userData.Origin).to.equal('IVR');
  });

  it('selecting a case updates selectedCaseId and the case flags', async () => {
    const first = await desktop.inboundCall({ ani: '5001' });
    const second = await desktop.inboundCall({ ani: '5002' });
    await until(store, (state) => state.interactions.has(first) && state.interactions.has(second), 'calls never appeared');
    const firstCase = store.getState().interactions.get(first)!.caseId;
    const secondCase = store.getState().interactions.get(second)!.caseId;
    expect(firstCase).not.to.equal(secondCase);
    await until(store, (state) => state.selectedCaseId === secondCase, 'the newest call is not selected');

    await connection.request('interaction.selectCaseByCaseId', [firstCase]);
    await until(store, (state) => state.selectedCaseId === firstCase, 'selection not seen');
    const state = store.getState();
    expect(state.cases.get(firstCase)?.isSelected).to.equal(true);
    expect(state.cases.get(secondCase)?.isSelected).to.equal(false);
    expect(state.interactions.get(first)?.isCaseSelected).to.equal(true);
    expect(store.target()?.interactionId).to.equal(first);
  });

  it('follows agent state changes made on the desktop', async () => {
    await desktop.setAgentState('NotReady');
    await until(store, (state) => state.agentState?.operationName === 'NotReady', 'agent state not seen');
  });

  it('records toasts, the button the agent clicks, and closing', async () => {
    const clicked = await store.popupToast({ title: 'Callback', buttons: ['Accept', 'Decline'] });
    expect(store.getState().toasts.get(clicked)?.open).to.equal(true);
    await desktop.clickToastButton(clicked, 'Accept');
    await until(store, (state) => state.toasts.get(clicked)?.lastButton === 'Accept', 'click not seen');
    expect(store.getState().toasts.get(clicked)?.open).to.equal(false);

    const closed = await store.popupToast({ title: 'Note', message: 'Saved' });
    await store.updateToast(closed, { message: 'Saved twice' });
    expect((await desktop.snapshot()).toasts.find((toast) => toast.toastId === closed)?.params.message).to.equal('Saved twice');
    await store.closeToast(closed);
    expect(store.getState().toasts.get(closed)?.open).to.equal(false);
  });

  it('fetches again after a desktop reload and keeps receiving events', async () => {
    const before = await desktop.inboundCall({ ani: '5001' });
    await until(store, (state) => state.interactions.has(before), 'call never appeared');
    expect(await requestsNamed(desktop, 'interaction.getInteractions')).to.equal(1);

    await desktop.reload();
    await waitFor(async () => (await requestsNamed(desktop, 'interaction.getInteractions')) === 2, 'the refetch after the reload');
    await waitFor(() => connection.channelStatus('interaction') === 'active', 'the subscription again');
    await until(store, (state) => state.connection.state === 'ready' && state.connection.lastError === undefined && state.sync.windows.size === 0, 'refetch never settled');
    expect(store.getState().interactions.has(before), 'the call survived the reload').to.equal(true);

    const after = await desktop.inboundCall({ ani: '5002' });
    await until(store, (state) => state.interactions.has(after), 'no events after reload');
  });

  it('releasing the last subscriber leaves no host subscription, and keeps the last state', async () => {
    const id = await desktop.inboundCall({ ani: '5001' });
    await until(store, (state) => state.interactions.has(id), 'call never appeared');
    expect(connection.stats().hostSubscriptions).to.be.greaterThan(0);
    release();
    await waitFor(() => connection.stats().hostSubscriptions === 0, 'the host subscriptions to be released');
    expect(connection.stats().listeners).to.equal(0);
    expect(store.getState().interactions.has(id)).to.equal(true);
  });
});

describe('DesktopStore over the wire: only what is watched', () => {
  let desktop: RemoteDesktop;
  let connection: WweConnection;

  beforeEach(async () => {
    desktop = await openDesktop();
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 1000 });
  });

  afterEach(() => {
    connection.dispose();
    desktop.dispose();
  });

  /** What the desktop received from the page: request names and subscribed channels. */
  async function received(): Promise<{ requests: string[]; subscribed: unknown[] }> {
    const log = (await desktop.messages()).filter((entry) => entry.direction === 'in');
    return {
      requests: log.filter((entry) => entry.kind === 'request').map((entry) => entry.name),
      subscribed: log.filter((entry) => entry.kind === 'subscribe').map((entry) => (entry.payload as { data?: unknown }).data),
    };
  }

  it('a store watched for the connection only costs the probe; watching interactions adds one subscription and one request', async () => {
    const store = new DesktopStore(connection);
    const release = store.subscribe(['connection'], () => undefined);
    await until(store, (state) => state.connection.state === 'ready', 'never ready');
    const probeOnly = await received();
    expect(probeOnly.subscribed).to.deep.equal([]);
    expect(probeOnly.requests.filter((name) => name !== 'system.getAllowedServices')).to.deep.equal([]);

    const call = await desktop.inboundCall({ ani: '5001' });
    const releaseInteractions = store.subscribe(['interactions'], () => undefined);
    await until(store, (state) => state.interactions.has(call), 'the call never arrived');
    const withInteractions = await received();
    expect(withInteractions.requests.filter((name) => name !== 'system.getAllowedServices')).to.deep.equal(['interaction.getInteractions']);
    expect(withInteractions.subscribed.flat()).to.deep.equal(['interaction']);
    releaseInteractions();
    release();
  });
});
