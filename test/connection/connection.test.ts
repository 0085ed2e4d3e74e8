import { expect } from '@open-wc/testing';
import { WweConnection, WweError } from '../../src/connection/index.js';
import { closeScriptedDesktopConnection, openScriptedDesktopConnection, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { nextMessage, waitFor } from '../helpers/frames.js';
import { rejection } from '../helpers/rejection.js';


describe('WweConnection against a cross-origin desktop', () => {
  let desktop: ScriptedDesktop;
  let connection: WweConnection;

  beforeEach(async () => {
    ({ desktop, connection } = await openScriptedDesktopConnection(800));
  });

  afterEach(() => closeScriptedDesktopConnection({ desktop, connection }));

  it('handshakes with a readiness probe and reports each state change', async () => {
    const states: string[] = [];
    connection.onStateChange((change) => states.push(`${change.previous}>${change.state}`));
    await desktop.set({ allowedServices: ['agent.*', 'voice.dial'] });
    expect(connection.state).to.equal('idle');
    await connection.connect();
    expect(states).to.deep.equal(['idle>connecting', 'connecting>ready']);
    expect(connection.allowedServices).to.deep.equal(['agent.*', 'voice.dial']);
    expect(connection.isAllowed('agent.get')).to.equal(true);
    expect(connection.isAllowed('voice.hangUp')).to.equal(false);
    expect(await desktop.requests('system.getAllowedServices')).to.have.length(1);
  });

  it('sends envelopes the desktop understands: prefixed referenceId, userAgent, protocolVersion, frameId', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    await desktop.post({ frameId: 'frame-7', userAgent: 'WWE Scripted Desktop' });
    await waitFor(() => connection.frameId === 'frame-7', 'the frameId');
    const dial = connection.request('voice.dial', ['5001', { crm: 'A-1' }]);
    const get = connection.request('agent.get', []);
    await waitFor(async () => (await desktop.received()).length >= 3, 'both requests');
    const [dialEnvelope] = await desktop.requests('voice.dial');
    const [getEnvelope] = await desktop.requests('agent.get');
    expect(dialEnvelope).to.include({ request: 'voice.dial', userAgent: 'WWE Client', protocolVersion: 2, frameId: 'frame-7' });
    expect(dialEnvelope!.parameters).to.deep.equal(['5001', { crm: 'A-1' }]);
    expect(getEnvelope).not.to.have.property('parameters');
    expect(String(dialEnvelope!.referenceId)).to.match(/^wwe-[a-z0-9]+-[a-z0-9]+$/);
    expect(dialEnvelope!.referenceId).not.to.equal(getEnvelope!.referenceId);
    await desktop.post({ referenceId: getEnvelope!.referenceId, data: { employeeId: 'e1', firstname: 'A', lastname: 'B', username: 'ab' }, userAgent: 'WWE' });
    await desktop.post({ referenceId: dialEnvelope!.referenceId, userAgent: 'WWE' });
    expect((await get).username).to.equal('ab');
    expect(await dial).to.equal(undefined);
  });

  it('correlates answers that arrive out of order', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const calls = ['a', 'b', 'c'].map((name) => connection.request('configuration.getOption', [[name]]));
    await waitFor(async () => (await desktop.requests('configuration.getOption')).length === 3, 'three requests');
    const sent = await desktop.requests('configuration.getOption');
    for (const envelope of [...sent].reverse()) {
      const pattern = (envelope.parameters as string[][])[0]![0]!;
      await desktop.post({ referenceId: envelope.referenceId, data: { [pattern]: `value-${pattern}` }, userAgent: 'WWE' });
    }
    expect(await Promise.all(calls)).to.deep.equal([{ a: 'value-a' }, { b: 'value-b' }, { c: 'value-c' }]);
    expect(connection.stats().pendingRequests).to.equal(0);
  });

  it('times out per request, settles once, and ignores the late answer', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const late = connection.request('agent.get', [], { timeout: 50 });
    const error = await rejection(late);
    expect(error.code).to.equal('TIMEOUT');
    expect(error.request).to.equal('agent.get');
    const [envelope] = await desktop.requests('agent.get');
    await desktop.post({ referenceId: envelope!.referenceId, data: { username: 'late' }, userAgent: 'WWE' });
    await waitFor(() => connection.stats().unmatchedResponses === 1, 'the late answer to be counted');
    expect(connection.stats().pendingRequests).to.equal(0);
  });

  it('aborts with an AbortSignal, and sends nothing when already aborted', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const controller = new AbortController();
    const pending = connection.request('agent.getState', [], { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).code).to.equal('ABORTED');
    await waitFor(async () => (await desktop.requests('agent.getState')).length === 1, 'the aborted request to arrive');
    const before = (await desktop.received()).length;
    expect((await rejection(connection.request('agent.get', [], { signal: controller.signal }))).code).to.equal('ABORTED');
    expect((await desktop.received()).length).to.equal(before);
  });

  it('turns an errorMessage into HOST_ERROR with the envelope, and a wrong shape into BAD_RESPONSE', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    // Handled from the start: the host error arrives before the test reads it.
    const failing = rejection(connection.request('voice.hangUp', ['42']));
    const shapeless = rejection(connection.request('sipEndpoint.isMicrophoneMute', []));
    await waitFor(async () => (await desktop.received()).length >= 3, 'the requests');
    const [hangUp] = await desktop.requests('voice.hangUp');
    const [mute] = await desktop.requests('sipEndpoint.isMicrophoneMute');
    await desktop.post({ referenceId: hangUp!.referenceId, errorMessage: 'Interaction 42 not found', userAgent: 'WWE' });
    await desktop.post({ referenceId: mute!.referenceId, data: 'yes', userAgent: 'WWE' });
    const hostError = await failing;
    expect(hostError).to.include({ code: 'HOST_ERROR', request: 'voice.hangUp', message: 'Interaction 42 not found' });
    expect(hostError.envelope).to.deep.equal({ errorMessage: 'Interaction 42 not found', userAgent: 'WWE' });
    expect((await shapeless).code).to.equal('BAD_RESPONSE');
  });

  it('refuses only what the desktop does not allow or what cannot be posted; odd values go out as given', async () => {
    await desktop.set({ allowedServices: ['agent.*'] });
    await connection.connect();
    const before = (await desktop.received()).length;
    expect((await rejection(connection.request('voice.dial', ['5001']))).code).to.equal('DENIED');
    expect((await rejection(connection.request('agent.get', [], { timeout: -1 }))).code).to.equal('INVALID_ARGUMENT');
    expect((await desktop.received()).length).to.equal(before);
    await desktop.set({ autoAnswer: false });
    const unclonable = connection.requestEnvelope('agent.setState', ['Ready', () => 1]);
    expect((await rejection(unclonable)).code).to.equal('INVALID_ARGUMENT');
    const trapped = { get Notes() { throw new Error('getter trap'); } };
    const throwingGetter = connection.requestEnvelope('agent.setState', ['Ready', trapped]);
    expect(await rejection(throwingGetter)).to.include({ code: 'INVALID_ARGUMENT', request: 'agent.setState' });
    // The vendor's own client posts a state index as a number: so do we (a development build warns).
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      void connection.request('agent.setState', [{ not: 'a state' } as unknown as string], { timeout: 60_000 }).catch(() => undefined);
    } finally {
      console.warn = warn;
    }
    await waitFor(async () => (await desktop.requests('agent.setState')).length === 1, 'the odd setState to go out');
    expect((await desktop.requests('agent.setState'))[0]!.parameters).to.deep.equal([{ not: 'a state' }]);
    expect(warnings.join()).to.match(/agent\.setState: parameter 1 \(stateListIndex\) is an object/);
  });

  it('hears the frameId the desktop posts once at load, before anything used the connection', async () => {
    connection.dispose();
    connection = new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 800 });
    // Wait for the frameId to reach this window (the connection's listener, added first, has it then).
    const delivered = nextMessage((event) => (event.data as { frameId?: unknown } | null)?.frameId === 'posted-at-load');
    await desktop.post({ frameId: 'posted-at-load', userAgent: 'WWE Scripted Desktop' });
    await delivered;
    await desktop.set({ autoAnswer: false });
    expect(connection.state).to.equal('idle');
    void connection.request('voice.dial', ['5001']).catch(() => undefined);
    // The frameId proves the desktop is there: ready at once, without waiting for the probe.
    expect(connection.state).to.equal('ready');
    await waitFor(async () => (await desktop.requests('voice.dial')).length === 1, 'the first request');
    expect((await desktop.requests('voice.dial'))[0]).to.include({ frameId: 'posted-at-load' });
    expect((await desktop.requests('system.getAllowedServices'))[0]).to.include({ frameId: 'posted-at-load' });
  });

  it('is ready, with the allowed list unknown, when the desktop refuses the probe', async () => {
    await desktop.set({ autoAnswer: false });
    const connected = connection.connect();
    await waitFor(async () => (await desktop.requests('system.getAllowedServices')).length === 1, 'the probe');
    const [probe] = await desktop.requests('system.getAllowedServices');
    await desktop.post({ referenceId: probe!.referenceId, errorMessage: 'Service not allowed', userAgent: 'WWE' });
    await connected;
    expect(connection.state).to.equal('ready');
    expect(connection.allowedServices).to.equal(undefined);
    expect(connection.isAllowed('voice.dial')).to.equal(true);
  });

  it('ignores answers from another window and from another origin of the desktop window', async () => {
    await connection.connect();
    await desktop.set({ autoAnswer: false });
    const request = connection.request('auth.getJwtToken', [], { timeout: 1500 });
    await waitFor(async () => (await desktop.requests('auth.getJwtToken')).length === 1, 'the request');
    const [envelope] = await desktop.requests('auth.getJwtToken');
    // Same envelope, posted by this page to itself: not the desktop window.
    window.postMessage({ referenceId: envelope!.referenceId, data: 'spoofed-by-self', userAgent: 'WWE' }, '*');
    await waitFor(() => (connection.stats().rejected['foreign-source'] ?? 0) >= 1, 'the foreign-source rejection');
    // The desktop window itself, navigated to this page's origin: right source, wrong origin.
    await desktop.navigate(`${location.origin}/test/fixtures/spoofing-page.html?referenceId=${encodeURIComponent(String(envelope!.referenceId))}`);
    await waitFor(() => (connection.stats().rejected['foreign-origin'] ?? 0) >= 1, 'the foreign-origin rejection');
    expect((await rejection(request)).code).to.equal('TIMEOUT');
  });

  it('sends requests at once without waiting on the probe; an unanswered probe never stops them', async () => {
    await desktop.set({ autoAnswer: false });
    connection.configure({ handshakeTimeout: 60 });
    const dial = connection.request('voice.dial', ['5001'], { timeout: 60_000 });
    // Posted in the same task as the probe, not after its answer.
    await waitFor(async () => (await desktop.requests('voice.dial')).length === 1, 'the dial');
    const handshake = await rejection(connection.connect());
    expect(handshake.code).to.equal('NOT_CONNECTED');
    expect(connection.state).to.equal('unavailable');
    // Still sent, and answered by a desktop that came up late: that answer makes the connection ready.
    const get = connection.request('agent.get', [], { timeout: 60_000 });
    await waitFor(async () => (await desktop.requests('agent.get')).length === 1, 'the later request');
    const [dialEnvelope] = await desktop.requests('voice.dial');
    await desktop.post({ referenceId: dialEnvelope!.referenceId, userAgent: 'WWE' });
    expect(await dial).to.equal(undefined);
    expect(connection.state).to.equal('ready');
    const [getEnvelope] = await desktop.requests('agent.get');
    await desktop.post({ referenceId: getEnvelope!.referenceId, data: { username: 'late' }, userAgent: 'WWE' });
    expect((await get).username).to.equal('late');
  });
});

describe('WweConnection outside a desktop', () => {
  it('fails fast with NOT_FRAMED on a top-level page with no opener', async () => {
    expect(window.parent).to.equal(window);
    const connection = new WweConnection({ timeout: 60_000 });
    const error = await rejection(connection.request('voice.dial', ['5001']));
    expect(error.code).to.equal('NOT_FRAMED');
    expect(connection.state).to.equal('unavailable');
    expect((await rejection(connection.connect())).code).to.equal('NOT_FRAMED');
    connection.dispose();
  });

  it('rejects bad configuration with INVALID_ARGUMENT', () => {
    for (const options of [{ timeout: 0 }, { timeout: Number.NaN }, { desktopOrigin: 'not a url' }, { target: {} as Window }]) {
      try {
        new WweConnection(options);
        throw new Error(`accepted ${JSON.stringify(options)}`);
      } catch (error) {
        expect((error as WweError).code, JSON.stringify(options)).to.equal('INVALID_ARGUMENT');
      }
    }
  });

  it('normalises a configured origin to scheme://host:port', () => {
    const connection = new WweConnection({ desktopOrigin: 'https://wwe.example.com:8443/ui/index.html', target: window });
    void connection.connect().catch(() => undefined);
    expect(connection.desktopOrigin).to.equal('https://wwe.example.com:8443');
    connection.dispose();
  });
});
