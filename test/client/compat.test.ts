import { expect } from '@open-wc/testing';
import { WweConnection } from '../../src/connection/index.js';
import { createLegacyService, installLegacyService, type LegacyService } from '../../src/client/compat.js';
import { openScriptedDesktop, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { waitFor } from '../helpers/frames.js';

type Outcome = { ok: boolean; value: unknown };

/** Calls a legacy method with (done, fail) and resolves with whichever fired first. */
function legacyCall(invoke: (done: (value: unknown) => void, fail: (value: unknown) => void) => void): Promise<Outcome> {
  return new Promise((resolve) => invoke((value) => resolve({ ok: true, value }), (value) => resolve({ ok: false, value })));
}

describe('compat facade (genesys.wwe.service)', () => {
  let desktop: ScriptedDesktop;
  let connection: WweConnection;
  let service: LegacyService;
  const ns = (name: string) => service[name] as Record<string, (...args: unknown[]) => string>;

  beforeEach(async () => {
    desktop = await openScriptedDesktop();
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 300 });
    service = createLegacyService(() => connection);
  });

  afterEach(() => {
    service.unload();
    connection.dispose();
    desktop.dispose();
  });

  async function answerNext(name: string, reply: Record<string, unknown>): Promise<Record<string, unknown>> {
    await waitFor(async () => (await desktop.requests(name)).length > 0, name);
    const [request] = await desktop.requests(name);
    await desktop.post({ referenceId: request!.referenceId, userAgent: 'WWE', ...reply });
    return request!;
  }

  it('calls done with the whole envelope, so legacy code reads result.data', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const outcome = legacyCall((done, fail) => ns('agent').get!(done, fail));
    await answerNext('agent.get', { data: { username: 'jdoe' } });
    const result = await outcome;
    expect(result.ok).to.equal(true);
    expect((result.value as { data: { username: string } }).data.username).to.equal('jdoe');
    expect(result.value).not.to.have.property('referenceId');
  });

  it('shifts arguments like the official wrappers: dial(dest, done, fail) and dial(dest, userData, done, fail)', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const plain = legacyCall((done, fail) => ns('voice').dial!('5001', done, fail));
    const request = await answerNext('voice.dial', {});
    // The official wrapper posts its declared parameters, the skipped userData as a placeholder.
    expect(request.parameters).to.deep.equal(['5001', undefined]);
    expect((await plain).ok).to.equal(true);
    await desktop.clear();
    const withData = legacyCall((done, fail) => ns('voice').dial!('5002', { k1: 'v1' }, done, fail));
    const second = await answerNext('voice.dial', {});
    expect(second.parameters).to.deep.equal(['5002', { k1: 'v1' }]);
    expect((await withData).ok).to.equal(true);
  });

  it('passes failures the way legacy code reads them', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const hostFailure = legacyCall((done, fail) => ns('voice').hangUp!('9', done, fail));
    await answerNext('voice.hangUp', { errorMessage: 'Unknown interaction 9' });
    expect(await hostFailure).to.deep.equal({ ok: false, value: { errorMessage: 'Unknown interaction 9', userAgent: 'WWE' } });
    const timeout = await legacyCall((done, fail) => ns('agent').getState!(done, fail));
    expect(timeout).to.deep.equal({ ok: false, value: 'Request timeout' });
    // Only what cannot be posted at all fails locally (a function has no structured clone).
    const invalid = await legacyCall((done, fail) => ns('voice').dial!('5001', { crm: () => 'A-17' }, done, fail));
    expect(invalid.ok).to.equal(false);
    expect(invalid.value).to.include({ code: 'INVALID_ARGUMENT' });
  });

  it('sendMessage returns a referenceId and answers raw requests', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    let result: Outcome | undefined;
    const referenceId = service.sendMessage({ request: 'agent.get' }, (value) => (result = { ok: true, value }), (value) => (result = { ok: false, value }));
    expect(referenceId).to.be.a('string');
    await answerNext('agent.get', { data: { username: 'raw' } });
    await waitFor(() => result !== undefined, 'the callback');
    expect(result).to.deep.equal({ ok: true, value: { data: { username: 'raw' }, userAgent: 'WWE' } });
  });

  it('gives every handler its events, unlike the official last-one-wins, and calls them with the envelope and context', async () => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const context = { name: 'ctx' };
    let seenThis: unknown;
    const firstHandler = function (this: unknown, message: Record<string, unknown>) {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the test checks which `this` the handler gets
      seenThis = this;
      first.push(message);
    };
    service.subscribe(['agent', 'interaction'], firstHandler, context);
    service.subscribe('interaction', (message) => second.push(message));
    service.subscribe('interaction', firstHandler, context);
    await waitFor(() => connection.channelStatus('interaction') === 'active' && connection.channelStatus('agent') === 'active', 'subscriptions');
    const event = { event: 'interaction', data: { eventType: 'ADDED', media: 'voice', interaction: { interactionId: '1' } }, userAgent: 'WWE' };
    await desktop.post(event);
    await waitFor(() => first.length === 1 && second.length === 1, 'both handlers');
    expect(first[0]).to.deep.equal(event);
    expect(seenThis).to.equal(context);

    service.unsubscribe(firstHandler);
    await desktop.post(event);
    await waitFor(() => second.length === 2, 'the remaining handler');
    expect(first).to.have.length(1);
    expect(connection.stats().listeners).to.equal(1);
  });

  it('hands bare "wwe…" strings to onMessage, and unload releases everything', async () => {
    const texts: string[] = [];
    service.onMessage = (text) => texts.push(text);
    service.subscribe('system', () => undefined);
    await waitFor(() => connection.channelStatus('system') === 'active', 'the subscription');
    await desktop.post('wweCustomSignal');
    await waitFor(() => texts.length === 1, 'the text');
    await desktop.set({ autoAnswer: false });
    const pending = legacyCall((done, fail) => ns('agent').get!(done, fail));
    service.unload();
    expect((await pending).value).to.include({ code: 'ABORTED' });
    await waitFor(() => connection.stats().hostSubscriptions === 0 && connection.stats().listeners === 0, 'the release');
  });

  it('installs once on a window and never replaces an existing service', () => {
    const host = {} as Window & { genesys?: { wwe: { service: LegacyService } } };
    const installed = installLegacyService(host);
    expect(host.genesys!.wwe.service).to.equal(installed);
    expect(installLegacyService(host)).to.equal(installed);
    for (const namespace of ['agent', 'configuration', 'email', 'interaction', 'media', 'system', 'voice', 'sipEndpoint', 'outbound', 'messenger', 'auth']) {
      expect(installed[namespace], namespace).to.be.an('object');
    }
    expect(Object.keys(installed.voice as object)).to.include.members(['dial', 'dialEx', 'startCallRecording']);
  });
});
