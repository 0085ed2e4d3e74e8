import { expect } from '@open-wc/testing';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

describe('simulator: injected faults', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  beforeEach(async () => {
    ({ desktop, page } = await openHostedPage());
  });

  afterEach(() => closeHostedPage({ desktop, page }));

  it('delays answers by latencyMs and reports the latency in the log', async () => {
    await desktop.setFaults({ latencyMs: 60 });
    const answer = await page.ask('agent.get');
    expect(answer).to.have.property('data');
    const entry = (await desktop.messages()).find((item) => item.kind === 'response' && item.name === 'agent.get');
    // Timers may fire a tick early against Date.now granularity, hence the margin below 60.
    expect(entry?.latencyMs).to.be.at.least(50);
  });

  it('handles but never answers the next N matching requests', async () => {
    await desktop.setFaults({ dropResponses: 1, dropPattern: 'voice.*' });
    const unaffected = await page.ask('agent.get');
    expect(unaffected).to.have.property('data');
    const dropped = page.request('voice.dial', ['5002']);
    await page.get('voice.dial', ['5003']);
    expect(page.answersTo(dropped)).to.have.length(0);
    expect((await desktop.snapshot()).interactions.map((item) => item.dnis)).to.deep.equal(['5002', '5003']);
    const log = await desktop.messages();
    expect(log.find((item) => item.reason === 'dropped-by-fault')?.referenceId).to.equal(dropped);
  });

  it('fails matching requests with the configured host error, changing nothing', async () => {
    await desktop.setFaults({ hostErrors: { 'voice.dial': 'Dial plan rejected the number' } });
    expect((await page.ask('voice.dial', ['5002'])).errorMessage).to.equal('Dial plan rejected the number');
    expect((await desktop.snapshot()).interactions).to.deep.equal([]);
    await desktop.setFaults({});
    expect(await page.ask('voice.dial', ['5002'])).not.to.have.property('errorMessage');
  });

  it('ignores every request while quarantine is forced', async () => {
    await desktop.setFaults({ forceQuarantine: true });
    const ignored = page.request('agent.get');
    await waitForValue(async () => (await desktop.messages()).find((item) => item.referenceId === ignored && item.kind === 'ignored'), 'the ignored request');
    await desktop.setFaults({});
    await page.settle();
    expect(page.answersTo(ignored)).to.have.length(0);
  });

  it('cancels delayed requests on reload', async () => {
    await desktop.setFaults({ latencyMs: 200 });
    const lost = page.request('agent.get');
    // The request (window message) and the reload (control port) travel on different channels,
    // which browsers do not order: reload only once the desktop holds the request.
    await waitForValue(async () => ((await desktop.messages()).some((entry) => entry.kind === 'request' && entry.name === 'agent.get') ? true : undefined), 'the request to arrive');
    await desktop.reload();
    await desktop.setFaults({});
    const frameId = await waitForValue(() => page.frameIdMessages().at(-1)?.frameId, 'the new frameId');
    expect(frameId).to.equal(desktop.frameId);
    await page.settle();
    expect(page.answersTo(lost)).to.have.length(0);
  });
});
