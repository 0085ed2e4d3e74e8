import { expect } from '@open-wc/testing';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { AppEndpoint, PageEndpoint, requestEnvelope } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

describe('simulator: frameId handshake and envelopes', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  beforeEach(async () => {
    desktop = await openDesktop();
    page = new PageEndpoint(desktop);
  });

  afterEach(() => {
    page.dispose();
    desktop.dispose();
  });

  it('assigns a frameId when the frame is added, marked with a WWE userAgent', async () => {
    const frameId = await waitForValue(() => desktop.frameId, 'the frameId');
    const snapshot = await desktop.snapshot();
    expect(snapshot.frames.map((frame) => frame.frameId)).to.deep.equal([frameId]);
    const log = await desktop.messages();
    const sent = log.find((entry) => entry.kind === 'frame-id');
    expect(sent?.payload).to.deep.equal({ frameId, userAgent: 'WWE Agent Desktop Simulator' });
  });

  it('serves a request without a frameId, or with a stale one, and never re-sends the frameId', async () => {
    const frameId = await waitForValue(() => desktop.frameId, 'the frameId');
    // The first assignment may reach this page before or after its listener: count from here.
    const before = page.frameIdMessages().length;
    const bare = requestEnvelope('agent.get');
    page.send(bare);
    const stale = requestEnvelope('agent.getState', undefined, 'wweFrameStale');
    page.send(stale);
    expect(((await page.answer(bare.referenceId as string)).data as { username: string }).username).to.be.a('string');
    expect(await page.answer(stale.referenceId as string)).to.have.property('data');
    await page.ask('agent.get');
    expect(page.frameIdMessages().slice(before)).to.deep.equal([]);
    const posted = (await desktop.messages()).filter((entry) => entry.kind === 'frame-id');
    expect(posted.map((entry) => entry.payload)).to.deep.equal([{ frameId, userAgent: 'WWE Agent Desktop Simulator' }]);
  });

  it('posts new frameIds once per frame on reload, and only then', async () => {
    const first = await waitForValue(() => desktop.frameId, 'the frameId');
    const app = new AppEndpoint(await desktop.addApp({ label: 'second app' }));
    await waitForValue(() => app.frameIdMessages()[0], "the app's frameId");
    await desktop.reload();
    const second = await waitForValue(() => (desktop.frameId !== first ? desktop.frameId : undefined), 'a new frameId');
    const appFrameId = await waitForValue(() => app.frameIdMessages()[1]?.frameId, "the app's new frameId");
    page.send(requestEnvelope('agent.get', undefined, first));
    app.send(requestEnvelope('agent.get'));
    await page.settle();
    await app.settle();
    expect(app.frameIdMessages().map((message) => message.frameId)).to.have.length(2);
    const posted = (await desktop.messages()).filter((entry) => entry.kind === 'frame-id').map((entry) => (entry.payload as { frameId: unknown }).frameId);
    expect(posted).to.have.length(4);
    expect(posted.slice(2)).to.have.members([second, appFrameId]);
  });

  it('echoes a string referenceId as the same string and a number as the same number', async () => {
    await waitForValue(() => desktop.frameId, 'the frameId');
    const asString = page.request('agent.get', undefined, '42');
    const asNumber = page.request('agent.get', undefined, 43);
    await page.answer(asNumber);
    const stringAnswer = await page.answer(asString);
    expect(stringAnswer.referenceId).to.equal('42');
    expect(page.answersTo(43)).to.have.length(1);
    expect(page.answersTo('43')).to.have.length(0);
    expect(stringAnswer).to.have.keys(['referenceId', 'data', 'userAgent']);
    expect(stringAnswer.userAgent).to.contain('WWE');
  });

  it('answers a failure with errorMessage and no data', async () => {
    await waitForValue(() => desktop.frameId, 'the frameId');
    const answer = await page.ask('interaction.markdone', ['no-such-id']);
    expect(answer).to.have.keys(['referenceId', 'errorMessage', 'userAgent']);
    expect(answer.errorMessage).to.contain("Unknown interaction 'no-such-id'");
  });

  it('reload assigns a new frameId and drops every subscription', async () => {
    const first = await waitForValue(() => desktop.frameId, 'the frameId');
    await page.subscribe(['agent', 'interaction']);
    expect((await desktop.snapshot()).frames[0].subscriptions).to.have.length(1);
    await desktop.reload();
    const second = await waitForValue(() => (desktop.frameId !== first ? desktop.frameId : undefined), 'a new frameId');
    expect(second).not.to.equal(first);
    expect((await desktop.snapshot()).frames[0].subscriptions).to.deep.equal([]);
    await desktop.setAgentState('NotReady');
    await page.settle();
    expect(page.events('agent')).to.have.length(0);
  });

  it('keeps calls and agent state across a reload', async () => {
    await waitForValue(() => desktop.frameId, 'the frameId');
    const id = await desktop.inboundCall({ ani: '+33298000000' });
    await desktop.setAgentState('NotReady_Break');
    await desktop.reload();
    const snapshot = await desktop.snapshot();
    expect(snapshot.interactions.map((item) => item.interactionId)).to.deep.equal([id]);
    expect(snapshot.agentState.operationName).to.equal('NotReady_Break');
  });
});
