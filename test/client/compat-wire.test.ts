import { expect } from '@open-wc/testing';
import { SimulatorEngine, type LogEntry } from '../../src/simulator/engine/index.js';
import { otherOrigin, waitFor } from '../helpers/frames.js';

interface Report {
  scenario: string;
  kind: 'done' | 'fail' | 'returned' | 'event' | 'text';
  value: unknown;
}

type Wire = Record<string, unknown>;

/**
 * The exact messages the compat facade posts for legacy calls, as the desktop receives them.
 * The expectations follow the behaviour of Genesys's wrappers as the reference describes it
 * (positional parameters, one per declared one; callbacks after them; `dial`'s optional userData
 * skipped by a function), not our own rules.
 */
describe('compat facade on the wire (a page that calls nothing at load, hosted in a cross-origin frame)', () => {
  let engine: SimulatorEngine;
  let frame: HTMLIFrameElement;
  let frameId: string | number;
  const reports: Report[] = [];
  const appOrigin = otherOrigin();
  const collect = (event: MessageEvent) => {
    if (event.origin === appOrigin && event.data?.compatReport) reports.push(event.data.compatReport as Report);
  };
  const reportOf = (scenario: string, kind: Report['kind']) => reports.find((report) => report.scenario === scenario && report.kind === kind);
  const incoming = (): LogEntry[] => engine.messages().filter((entry) => entry.direction === 'in' && entry.kind !== 'rejected');

  /** Runs one legacy call in the page and answers the message it posted. */
  async function run(scenario: string): Promise<{ returned: unknown; wire: Wire }> {
    const before = incoming().length;
    frame.contentWindow!.postMessage({ compatRun: scenario }, appOrigin);
    await waitFor(() => reportOf(scenario, 'returned') !== undefined && incoming().slice(before).some((entry) => entry.name !== 'system.getAllowedServices'), `the ${scenario} call`);
    const entry = incoming().slice(before).find((candidate) => candidate.name !== 'system.getAllowedServices')!;
    return { returned: reportOf(scenario, 'returned')!.value, wire: entry.payload as Wire };
  }

  /** The message less what the connection adds to every one. */
  const body = ({ referenceId: _r, userAgent: _u, protocolVersion: _p, frameId: _f, ...rest }: Wire) => rest;

  beforeEach(async () => {
    reports.length = 0;
    window.addEventListener('message', collect);
    engine = new SimulatorEngine({ acceptedOrigins: appOrigin, dialDelay: 60_000 });
    engine.start();
    frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${appOrigin}/test/fixtures/compat-idle-page.html`;
    document.body.append(frame);
    await loaded;
    // As the desktop does: the frameId, once, when the view has loaded.
    frameId = engine.addFrame(frame.contentWindow!, { origin: appOrigin, kind: 'tab', label: 'compat page' });
    engine.inboundCall({ ani: '+33298000000' });
  });

  afterEach(() => {
    window.removeEventListener('message', collect);
    frame.remove();
    engine.dispose();
  });

  it('sends the frameId posted at load on its first request, though the page called nothing then', async () => {
    const { wire } = await run('agentGet');
    expect(wire).to.include({ request: 'agent.get', userAgent: 'WWE Client', protocolVersion: 2, frameId });
    expect(wire).not.to.have.property('parameters');
    expect(incoming().every((entry) => (entry.payload as Wire).frameId === frameId)).to.equal(true);
  });

  const cases: Array<[scenario: string, expected: Wire]> = [
    ['dialShifted', { request: 'voice.dial', parameters: ['5001', undefined] }],
    ['dialWithData', { request: 'voice.dial', parameters: ['5002', { k1: 'v1' }] }],
    ['dialNumber', { request: 'voice.dial', parameters: [5551234, undefined] }],
    ['setStateIndex', { request: 'agent.setState', parameters: [0] }],
    ['getByNumericId', { request: 'interaction.getByInteractionId', parameters: [1] }],
    ['getOptionString', { request: 'configuration.getOption', parameters: ['voice.*'] }],
    ['closeEmptyDialog', { request: 'system.closeDialog', parameters: [''] }],
    ['setUserDataNullDone', { request: 'interaction.setUserData', parameters: ['1', { Disposition: 'Sale' }] }],
    ['holdUndefinedDone', { request: 'voice.hold', parameters: ['1'] }],
    ['consultShifted', { request: 'interaction.consult', parameters: ['1', 'SIP_5002', undefined, undefined] }],
    ['rawWithReference', { request: 'agent.get' }],
    ['rawSubscribe', { event: 'subscribe', data: ['agent', 'interaction'] }],
  ];
  for (const [scenario, expected] of cases) {
    it(`posts exactly what the official client posts: ${scenario}`, async () => {
      const { returned, wire } = await run(scenario);
      expect(body(wire)).to.deep.equal(expected);
      expect(wire).to.include({ userAgent: 'WWE Client', protocolVersion: 2, frameId });
      // The id a wrapper returns is the one on the wire.
      if (!scenario.endsWith('NullDone') && !scenario.endsWith('UndefinedDone')) expect(returned).to.equal(wire.referenceId);
    });
  }

  it('keeps a referenceId the page chose, and answers it', async () => {
    const { returned, wire } = await run('rawWithReference');
    expect(wire.referenceId).to.equal('mine-1');
    expect(returned).to.equal('mine-1');
    await waitFor(() => reportOf('rawWithReference', 'done') !== undefined, 'the answer');
    expect((reportOf('rawWithReference', 'done')!.value as { data: { username: string } }).data.username).to.equal(engine.snapshot().agent.username);
  });

  it('treats a null or undefined callback as no callback, never as a shifted fail slot', async () => {
    await run('setUserDataNullDone');
    await run('holdUndefinedDone');
    await waitFor(() => engine.snapshot().interactions[0]!.userData.Disposition === 'Sale', 'the attached data');
    // The hold of a ringing call is refused by the desktop: fail hears the desktop's envelope.
    await waitFor(() => reportOf('holdUndefinedDone', 'fail') !== undefined, 'the hold failure');
    expect(reportOf('holdUndefinedDone', 'fail')!.value).to.have.property('errorMessage').that.is.a('string');
    expect(reportOf('setUserDataNullDone', 'fail')).to.equal(undefined);
    expect(reports.filter((report) => report.kind === 'done' && report.scenario.endsWith('Done'))).to.deep.equal([]);
  });

  it('subscribes with one message for an array, passes unknown channels and any event to the handler, and unsubscribes', async () => {
    frame.contentWindow!.postMessage({ compatRun: 'subscribeArray' }, appOrigin);
    await waitFor(() => incoming().some((entry) => entry.kind === 'subscribe'), 'the subscribe');
    const subscribes = incoming().filter((entry) => entry.kind === 'subscribe');
    expect(subscribes.map((entry) => body(entry.payload as Wire))).to.deep.equal([{ event: 'subscribe', data: ['agent', 'interaction'] }]);

    frame.contentWindow!.postMessage({ compatRun: 'subscribeUnknown' }, appOrigin);
    await waitFor(() => incoming().filter((entry) => entry.kind === 'subscribe').length === 2, 'the unknown channel');
    expect(body(incoming().filter((entry) => entry.kind === 'subscribe')[1]!.payload as Wire)).to.deep.equal({ event: 'subscribe', data: 'foo' });

    // The desktop (this page) posts an event with no eventType on the unknown channel, and text.
    const odd = { event: 'foo', data: { anything: 1 }, userAgent: 'WWE Agent Desktop' };
    frame.contentWindow!.postMessage(odd, appOrigin);
    frame.contentWindow!.postMessage('wweHello', appOrigin);
    await waitFor(() => reportOf('event', 'event') !== undefined && reportOf('text', 'text') !== undefined, 'the event and the text');
    expect(reportOf('event', 'event')!.value).to.deep.equal(odd);
    expect(reportOf('text', 'text')!.value).to.equal('wweHello');

    frame.contentWindow!.postMessage({ compatRun: 'unsubscribe' }, appOrigin);
    await waitFor(() => incoming().filter((entry) => entry.kind === 'unsubscribe').length === 2, 'both unsubscribes');
    const ids = incoming().filter((entry) => entry.kind === 'unsubscribe').map((entry) => (entry.payload as Wire).data);
    const granted = engine.messages().filter((entry) => entry.direction === 'out' && entry.kind === 'response' && String(entry.name).startsWith('subscribe')).map((entry) => entry.result);
    expect(new Set(ids)).to.deep.equal(new Set(granted));
  });
});
