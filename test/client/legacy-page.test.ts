import { expect } from '@open-wc/testing';
import { SimulatorEngine } from '../../src/simulator/engine/index.js';
import { otherOrigin, waitFor } from '../helpers/frames.js';

interface Report {
  step: string;
  payload: Record<string, unknown>;
}

/**
 * A page written for Genesys's file, with our classic-script build swapped in, hosted by the
 * simulator engine (running in this test page as the desktop) in a cross-origin frame.
 */
describe('a legacy page on the compat script, hosted by the simulator', () => {
  let engine: SimulatorEngine;
  let frame: HTMLIFrameElement | undefined;
  const reports: Report[] = [];
  const collect = (event: MessageEvent) => {
    if (event.origin === otherOrigin() && event.data?.legacyReport) reports.push(event.data.legacyReport as Report);
  };

  beforeEach(() => {
    reports.length = 0;
    window.addEventListener('message', collect);
  });

  afterEach(() => {
    window.removeEventListener('message', collect);
    frame?.remove();
    engine?.dispose();
  });

  it('works unchanged: callbacks with result.data, raw sendMessage, failures, and events with the context', async () => {
    const appOrigin = otherOrigin();
    engine = new SimulatorEngine({ acceptedOrigins: appOrigin, dialDelay: 10 });
    engine.start();
    // Register the frame before its scripts run, as the desktop does for its views: an iframe's
    // window stays the same object when it navigates, so register it blank, then load the page.
    frame = document.createElement('iframe');
    document.body.append(frame);
    engine.addFrame(frame.contentWindow!, { origin: appOrigin, kind: 'tab', label: 'Legacy page' });
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.src = `${appOrigin}/test/fixtures/legacy-page.html`;
    await loaded;

    const step = (name: string) => reports.find((report) => report.step === name)?.payload;
    await waitFor(() => ['agent.get', 'agent.getStateList', 'voice.dial', 'voice.hangUp'].every((name) => step(name)), 'the sample calls');
    expect(step('agent.get')).to.deep.equal({ ok: true, username: engine.snapshot().agent.username });
    expect(step('agent.getStateList')).to.deep.equal({ ok: true, count: engine.snapshot().stateList.length });
    expect(step('voice.dial')).to.deep.equal({ ok: true });
    expect(step('voice.hangUp')!.ok).to.equal(false);
    expect(step('voice.hangUp')!.errorMessage).to.be.a('string').and.not.equal('');

    // The dial made an outbound call: the page's interaction handler hears it, with its context.
    await waitFor(() => reports.some((report) => report.step === 'event' && report.payload.channel === 'interaction'), 'an interaction event');
    const event = reports.find((report) => report.step === 'event' && report.payload.channel === 'interaction')!;
    expect(event.payload.self).to.equal(true);
    const dialed = engine.messages().find((entry) => entry.kind === 'request' && entry.name === 'voice.dial')!;
    expect((dialed.payload as { parameters: unknown[] }).parameters).to.deep.equal(['5001', { k1: 'v1' }]);
    // Every kit message was accepted; the only refused traffic is this test's own reports (not WWE).
    const refused = engine.messages().filter((entry) => entry.kind === 'rejected');
    expect(refused.map((entry) => (entry.payload as { legacyReport?: unknown }).legacyReport !== undefined)).to.deep.equal(refused.map(() => true));
    expect(refused).to.have.length(reports.length);
  });
});
