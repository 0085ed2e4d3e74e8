import { expect } from '@open-wc/testing';
import { WweConnection } from '../../src/connection/index.js';
import { DesktopStore } from '../../src/store/index.js';
import { openScriptedDesktop, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { waitFor } from '../helpers/frames.js';
import { rejection } from '../helpers/rejection.js';

// Start-up in one round trip (issue #12, item 3): what a page asks for before the handshake has
// completed goes on the wire with the probe, not after its answer. Each test holds every answer
// back (the scripted desktop's auto-answers are off), so whatever reaches the desktop went out
// without waiting for anything the desktop said.

type Message = Record<string, unknown>;

const isProbe = (message: Message) => message.request === 'system.getAllowedServices';
const subscribed = (messages: Message[]) => messages.filter((message) => message.event === 'subscribe').flatMap((message) => [message.data].flat());
const requested = (messages: Message[]) => messages.map((message) => message.request).filter((name) => typeof name === 'string');


/** Answers every message of `messages` the way a desktop that allows `allowed` would. */
async function answer(desktop: ScriptedDesktop, messages: Message[], allowed: string[]): Promise<void> {
  let subscription = 0;
  for (const message of messages) {
    const referenceId = message.referenceId;
    if (isProbe(message)) await desktop.post({ referenceId, data: allowed, userAgent: 'WWE' });
    else if (message.event === 'subscribe') await desktop.post({ referenceId, subscriptionId: `held-${subscription++}`, userAgent: 'WWE' });
    else if (message.request === 'agent.getState') await desktop.post({ referenceId, data: { operationName: 'Ready', displayName: 'Ready', state: 'READY' }, userAgent: 'WWE' });
    else if (message.request === 'interaction.getInteractions') await desktop.post({ referenceId, data: [], userAgent: 'WWE' });
    else if (message.request === 'agent.get') await desktop.post({ referenceId, data: { username: 'ab' }, userAgent: 'WWE' });
    else await desktop.post({ referenceId, userAgent: 'WWE' });
  }
}

describe('start-up in one round trip, against a cross-origin desktop', () => {
  let desktop: ScriptedDesktop;
  let connection: WweConnection | undefined;
  let store: DesktopStore | undefined;
  let release: (() => void) | undefined;

  beforeEach(async () => {
    desktop = await openScriptedDesktop();
    await desktop.set({ autoAnswer: false });
  });

  afterEach(() => {
    release?.();
    release = undefined;
    store = undefined;
    connection?.dispose();
    connection = undefined;
    desktop.dispose();
  });

  it("posts the store's subscriptions and fetches with the probe, before the desktop has answered it", async () => {
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 60_000 });
    store = new DesktopStore(connection);
    release = store.subscribe(['agentState', 'interactions'], () => undefined);
    await waitFor(async () => {
      const received = await desktop.received();
      return requested(received).includes('agent.getState') && requested(received).includes('interaction.getInteractions') && subscribed(received).length >= 2;
    }, 'the fetches and subscriptions, unanswered');
    const firstTrip = await desktop.received();
    // Nothing was answered: all of this is the first trip.
    expect(connection.allowedServices).to.equal(undefined);
    expect(connection.state).to.equal('connecting');
    expect(firstTrip.filter(isProbe)).to.have.length(1);
    expect(subscribed(firstTrip)).to.have.members(['agent', 'interaction']);

    // One answer each, and the store is filled: no second trip was needed to start.
    await answer(desktop, firstTrip, ['*']);
    await waitFor(() => store!.getState().agentState?.operationName === 'Ready', 'the agent state from the first trip');
    expect(connection.state).to.equal('ready');
    expect(await desktop.received()).to.have.length(firstTrip.length);
  });

  it('denies nothing before the allowed list is known, and refuses locally once it is', async () => {
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 60_000 });
    const early = connection.request('voice.dial', ['5001']);
    await waitFor(async () => requested(await desktop.received()).includes('voice.dial'), 'the dial made before the handshake');
    const [probe] = (await desktop.received()).filter(isProbe);
    await desktop.post({ referenceId: probe!.referenceId, data: ['agent.*'], userAgent: 'WWE' });
    await waitFor(() => connection!.allowedServices !== undefined, 'the allowed list');

    // Made after the list is known and outside it: refused here, never posted.
    const late = await rejection(connection.request('voice.dial', ['5002']));
    expect(late.code).to.equal('DENIED');
    const dials = (await desktop.received()).filter((message) => message.request === 'voice.dial');
    expect(dials.map((message) => message.parameters)).to.deep.equal([['5001']]);
    // The one sent before the list was known is the desktop's to answer.
    await desktop.post({ referenceId: dials[0]!.referenceId, errorMessage: 'Service voice.dial is not allowed', userAgent: 'WWE' });
    expect((await rejection(early)).code).to.equal('HOST_ERROR');
  });

  it('posts nothing, not even the probe, while the derived origin is untrusted; once trusted, everything goes in one trip', async () => {
    // No origin pinned: it is derived from the frame's src, and this list does not name it.
    connection = new WweConnection({ target: desktop.window, desktopOrigins: ['https://wwe.example.com'], timeout: 60_000 });
    store = new DesktopStore(connection);
    release = store.subscribe(['agentState'], () => undefined);
    await waitFor(() => connection!.state === 'unavailable', 'the refusal');
    expect(connection.error?.code).to.equal('ORIGIN_UNTRUSTED');
    expect((await rejection(connection.request('agent.get', []))).code).to.equal('ORIGIN_UNTRUSTED');

    connection.configure({ desktopOrigins: [desktop.origin] });
    await waitFor(async () => {
      const received = await desktop.received();
      return requested(received).includes('agent.getState') && subscribed(received).includes('agent');
    }, 'the fetch and subscription once the origin is trusted');
    const received = await desktop.received();
    // Everything the desktop ever got belongs to the trusted connection (one probe, one fetch; the
    // request refused while untrusted never arrives), and none of it waited for the probe's answer.
    expect(received.filter(isProbe)).to.have.length(1);
    expect(requested(received).filter((name) => name === 'agent.getState')).to.have.length(1);
    expect(requested(received)).not.to.include('agent.get');
    expect(connection.allowedServices).to.equal(undefined);
  });

  it("re-posts the store's fetches with each new probe across desktop reloads, none waiting for an answer", async () => {
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 60_000 });
    store = new DesktopStore(connection);
    release = store.subscribe(['agentState'], () => undefined);
    await waitFor(async () => requested(await desktop.received()).includes('agent.getState'), 'the first fetch');
    // The desktop reloads twice before answering anything: each reload loses what was posted.
    for (const frameId of ['load-1', 'load-2', 'load-3']) {
      await desktop.post({ frameId, userAgent: 'WWE' });
      await waitFor(() => connection!.frameId === frameId, `frameId ${frameId}`);
    }
    await waitFor(async () => {
      const current = (await desktop.received()).filter((message) => message.frameId === 'load-3');
      return current.some(isProbe) && requested(current).includes('agent.getState') && subscribed(current).includes('agent');
    }, 'the probe, subscription and fetch of the latest desktop');
    const latest = (await desktop.received()).filter((message) => message.frameId === 'load-3');
    expect(latest.filter(isProbe)).to.have.length(1);
    expect(requested(latest).filter((name) => name === 'agent.getState')).to.have.length(1);
    // Answering the latest desktop's one trip fills the store.
    await answer(desktop, latest, ['*']);
    await waitFor(() => store!.getState().agentState?.operationName === 'Ready', 'the agent state after three reloads');
  });
  it('pinning the origin it already derived (a <wwe-connection> upgraded after other elements) neither probes nor subscribes again; another origin does', async () => {
    // Derived from the frame's src: a loopback desktop, trusted.
    connection = new WweConnection({ target: desktop.window, timeout: 60_000 });
    store = new DesktopStore(connection);
    release = store.subscribe(['agentState'], () => undefined);
    await waitFor(async () => subscribed(await desktop.received()).includes('agent'), 'the first wave');
    const epoch = connection.epoch;

    connection.configure({ desktopOrigin: desktop.origin, timeout: 30_000 });
    // Posted after anything the configure could have posted, so it arrives after it too.
    void connection.request('agent.get', []).catch(() => undefined);
    await waitFor(async () => requested(await desktop.received()).includes('agent.get'), 'the request made after configure');
    const received = await desktop.received();
    expect(received.filter(isProbe), 'one probe').to.have.length(1);
    expect(subscribed(received).filter((channel) => channel === 'agent'), 'one subscription').to.have.length(1);
    expect(connection.epoch).to.equal(epoch);
    expect(connection.desktopOrigin).to.equal(desktop.origin);

    // Another origin is another desktop: start over (nothing can be posted to it from here).
    connection.configure({ desktopOrigin: 'https://wwe.example.com' });
    await waitFor(() => connection!.epoch === epoch + 1, 'the reconnect');
  });
});
