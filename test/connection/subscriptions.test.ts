import { expect } from '@open-wc/testing';
import { DEFAULT_TIMEOUT, retryDelay, WweError, type WweConnection } from '../../src/connection/index.js';
import type { InteractionEvent } from '../../src/protocol/index.js';
import { closeScriptedDesktopConnection, openScriptedDesktopConnection, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { waitFor } from '../helpers/frames.js';
import { catchReportedErrors } from '../helpers/page-errors.js';

const interactionEvent = (eventType: string, id = '1') => ({
  event: 'interaction',
  data: { eventType, media: 'voice', interaction: { interactionId: id } },
  userAgent: 'WWE',
});

describe('WweConnection subscriptions', () => {
  let desktop: ScriptedDesktop;
  let connection: WweConnection;

  beforeEach(async () => {
    ({ desktop, connection } = await openScriptedDesktopConnection(800));
  });

  afterEach(() => closeScriptedDesktopConnection({ desktop, connection }));

  const subscribeMessages = async (kind: 'subscribe' | 'unsubscribe') =>
    (await desktop.received()).filter((message) => message.event === kind);

  it('multiplexes many listeners over one host subscription, released with the last', async () => {
    const seen: string[] = [];
    const stops = ['a', 'b', 'c'].map((name) => connection.subscribe('interaction', (event) => seen.push(`${name}:${event.eventType}`)));
    await waitFor(() => connection.channelStatus('interaction') === 'active', 'the subscription');
    const subscribes = await subscribeMessages('subscribe');
    expect(subscribes).to.have.length(1);
    expect(subscribes[0]!.data).to.equal('interaction');
    expect(connection.stats()).to.include({ hostSubscriptions: 1, listeners: 3 });

    await desktop.post(interactionEvent('RINGING'));
    await waitFor(() => seen.length === 3, 'three deliveries');
    expect(seen).to.deep.equal(['a:RINGING', 'b:RINGING', 'c:RINGING']);

    stops[0]!();
    stops[0]!();
    stops[1]!();
    await desktop.post(interactionEvent('ESTABLISHED'));
    await waitFor(() => seen.length === 4, 'one delivery');
    expect(seen[3]).to.equal('c:ESTABLISHED');
    expect(await subscribeMessages('unsubscribe')).to.have.length(0);

    stops[2]!();
    await waitFor(async () => (await subscribeMessages('unsubscribe')).length === 1, 'the unsubscribe');
    const [unsubscribe] = await subscribeMessages('unsubscribe');
    expect(unsubscribe!.data).to.equal('sub-0');
    await waitFor(() => connection.stats().hostSubscriptions === 0, 'the release');
    expect(connection.stats().listeners).to.equal(0);
  });

  it('subscribes channels wanted in the same task with one message, and routes events by channel', async () => {
    const agent: string[] = [];
    const messenger: unknown[] = [];
    connection.subscribe('agent', (event) => agent.push(event.mediaState));
    connection.subscribe('messenger:crm', (event) => messenger.push(event.message));
    await waitFor(() => connection.channelStatus('agent') === 'active' && connection.channelStatus('messenger:crm') === 'active', 'the subscription');
    expect(connection.stats().hostSubscriptions).to.equal(1);
    const subscribes = await subscribeMessages('subscribe');
    expect(subscribes.map((message) => message.data)).to.deep.equal([['agent', 'messenger:crm']]);
    await desktop.post({ event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'READY' }, userAgent: 'WWE' });
    await desktop.post({ event: 'messenger:crm', data: { eventType: 'MESSAGE', channel: 'crm', message: { id: 7 } }, userAgent: 'WWE' });
    await desktop.post({ event: 'messenger:other', data: { eventType: 'MESSAGE', channel: 'other', message: 'not for us' }, userAgent: 'WWE' });
    await waitFor(() => agent.length === 1 && messenger.length === 1, 'the routed events');
    expect(agent).to.deep.equal(['READY']);
    expect(messenger).to.deep.equal([{ id: 7 }]);
  });

  it('takes a first frameId that comes after the desktop answers for a reload (its frameId at load was missed), and subscribes again', async () => {
    connection.subscribe('agent', () => undefined);
    await waitFor(() => connection.channelStatus('agent') === 'active', 'the subscription');
    const epoch = connection.epoch;
    // The desktop posts a frameId only when a frame loads: after answers, it can only be a reload.
    await desktop.post({ frameId: 'after-reload', userAgent: 'WWE' });
    await waitFor(() => connection.epoch === epoch + 1, 'the reload to be noticed');
    await waitFor(async () => (await subscribeMessages('subscribe')).length === 2, 'the subscription made again');
    expect((await subscribeMessages('subscribe'))[1]).to.include({ frameId: 'after-reload' });
  });

  it('retries a subscription that timed out, by itself with backoff, and at once for a new listener', async () => {
    // Short for the subscription that must time out; the handshake keeps the default, so a slow
    // machine cannot fail it.
    connection.configure({ timeout: 150, handshakeTimeout: DEFAULT_TIMEOUT });
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const seen: string[] = [];
    const changes: string[] = [];
    connection.onChannelStatus(({ channel, status }) => changes.push(`${channel}:${status}`));
    connection.subscribe('agent', (event) => seen.push(event.mediaState));
    await waitFor(() => connection.channelStatus('agent') === 'failed', 'the failed subscription');
    expect(connection.channelError('agent')?.code).to.equal('TIMEOUT');
    expect(changes).to.deep.equal(['agent:pending', 'agent:failed']);
    // A listener added now must not sit on the dead subscription until the backoff ends.
    await desktop.set({ autoAnswer: true });
    connection.subscribe('agent', () => undefined);
    await waitFor(() => connection.channelStatus('agent') === 'active', 'the retried subscription');
    expect((await subscribeMessages('subscribe')).length).to.be.at.least(2);
    await desktop.post({ event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'READY' }, userAgent: 'WWE' });
    await waitFor(() => seen.length === 1, 'the event on the retried subscription');
  });

  it('retries by itself when no new listener comes', async () => {
    connection.configure({ timeout: 150, handshakeTimeout: DEFAULT_TIMEOUT });
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    connection.subscribe('interaction', () => undefined);
    await waitFor(() => connection.channelStatus('interaction') === 'failed', 'the failed subscription');
    await desktop.set({ autoAnswer: true });
    await waitFor(() => connection.channelStatus('interaction') === 'active', 'the retry after its backoff');
    expect(connection.channelError('interaction')).to.equal(undefined);
  });

  it('counts the same function added twice as two listeners', async () => {
    const seen: InteractionEvent[] = [];
    const listener = (event: Readonly<InteractionEvent>) => seen.push(event);
    const stopFirst = connection.subscribe('interaction', listener);
    connection.subscribe('interaction', listener);
    await waitFor(() => connection.channelStatus('interaction') === 'active', 'the subscription');
    await desktop.post(interactionEvent('ADDED'));
    await waitFor(() => seen.length === 2, 'two deliveries');
    stopFirst();
    await desktop.post(interactionEvent('REMOVED'));
    await waitFor(() => seen.length === 3, 'one more delivery');
  });

  it('keeps delivering to the others when a listener throws', async () => {
    const seen: string[] = [];
    const reported = catchReportedErrors();
    try {
      connection.subscribe('interaction', () => {
        throw new Error('listener bug');
      });
      connection.subscribe('interaction', (event) => seen.push(event.eventType));
      await waitFor(() => connection.channelStatus('interaction') === 'active', 'the subscription');
      await desktop.post(interactionEvent('RINGING'));
      await waitFor(() => seen.length === 1 && reported.errors.length === 1, 'the delivery and the report');
      expect((reported.errors[0] as Error).message).to.equal('listener bug');
    } finally {
      reported.stop();
    }
  });

  it('settles a subscribe/unsubscribe burst with no duplicate or orphaned host subscription', async () => {
    for (let round = 0; round < 20; round++) connection.subscribe('media', () => undefined)();
    const keep = connection.subscribe('media', () => undefined);
    await waitFor(() => connection.channelStatus('media') === 'active', 'the final subscription');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const subscribed = (await subscribeMessages('subscribe')).length;
    const unsubscribed = (await subscribeMessages('unsubscribe')).length;
    expect(subscribed - unsubscribed).to.equal(1);
    keep();
    await waitFor(() => connection.stats().hostSubscriptions === 0, 'the release');
    await waitFor(async () => (await subscribeMessages('subscribe')).length === (await subscribeMessages('unsubscribe')).length, 'balanced requests');
  });

  it('survives a desktop reload: in-flight requests fail with DESKTOP_RELOADED, listeners resubscribe', async () => {
    const seen: string[] = [];
    connection.subscribe('interaction', (event) => seen.push(event.eventType));
    await desktop.post({ frameId: 'f1', userAgent: 'WWE' });
    await waitFor(() => connection.channelStatus('interaction') === 'active' && connection.frameId === 'f1', 'subscription and frameId');
    await desktop.set({ autoAnswer: false });
    // Handled from the start (the reload rejects it before the test reads it), and with a timeout
    // no slow machine reaches before the reload does.
    const inFlight = connection.request('agent.get', [], { timeout: 60_000 }).then(() => undefined, (failure: WweError) => failure);
    await waitFor(async () => (await desktop.requests('agent.get')).length === 1, 'the request');
    await desktop.clear();
    await desktop.set({ autoAnswer: true });
    await desktop.post({ frameId: 'f2', userAgent: 'WWE' });
    const error = await inFlight;
    expect(error?.code).to.equal('DESKTOP_RELOADED');
    await waitFor(() => connection.state === 'ready' && connection.channelStatus('interaction') === 'active', 'the re-handshake');
    const after = await desktop.received();
    expect(after.filter((message) => message.request === 'system.getAllowedServices')).to.have.length(1);
    const resubscribe = after.find((message) => message.event === 'subscribe');
    expect(resubscribe).to.include({ data: 'interaction', frameId: 'f2' });
    await desktop.post(interactionEvent('ESTABLISHED'));
    await waitFor(() => seen.includes('ESTABLISHED'), 'an event after the reload');
    expect(connection.stats().hostSubscriptions).to.equal(1);
  });

  it('dispose rejects what is pending, sends the unsubscribes and stops listening', async () => {
    connection.subscribe('system', () => undefined);
    await waitFor(() => connection.channelStatus('system') === 'active', 'the subscription');
    await desktop.set({ autoAnswer: false });
    const pending = connection.request('agent.get', []);
    connection.dispose();
    const error = await pending.catch((failure: WweError) => failure);
    expect((error as WweError).code).to.equal('DISPOSED');
    await waitFor(async () => (await subscribeMessages('unsubscribe')).length === 1, 'the unsubscribe');
    expect(connection.stats()).to.include({ pendingRequests: 0, hostSubscriptions: 0, listeners: 0 });
    const late = await connection.request('agent.get', []).catch((failure: WweError) => failure);
    expect((late as WweError).code).to.equal('DISPOSED');
  });

  it('keeps listeners across configure() after first use', async () => {
    const seen: string[] = [];
    connection.subscribe('agent', (event) => seen.push(event.mediaState));
    await waitFor(() => connection.channelStatus('agent') === 'active', 'the subscription');
    connection.configure({ timeout: 900 });
    await waitFor(() => connection.state === 'ready' && connection.channelStatus('agent') === 'active', 'the re-handshake');
    await desktop.post({ event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'NOT_READY' }, userAgent: 'WWE' });
    await waitFor(() => seen.length === 1, 'the event');
  });
});

describe('retryDelay (subscriptions and store fetches)', () => {
  it('waits one second after the first failure, doubles, and stops growing at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(retryDelay)).to.deep.equal([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });
});
