import { expect } from '@open-wc/testing';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { PageEndpoint, requestEnvelope, waitUntil } from './wire.js';

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
    const frameId = await waitUntil(() => desktop.frameId, 'the frameId');
    const snapshot = await desktop.snapshot();
    expect(snapshot.frames.map((frame) => frame.frameId)).to.deep.equal([frameId]);
    const log = await desktop.messages();
    const sent = log.find((entry) => entry.kind === 'frame-id');
    expect(sent?.payload).to.deep.equal({ frameId, userAgent: 'WWE Agent Desktop Simulator' });
  });

  it('re-sends the frameId to a frame whose message lacks it, and still answers', async () => {
    // The first assignment may reach this page before or after its listener: count from here.
    const frameId = await waitUntil(() => desktop.frameId, 'the frameId');
    const before = page.frameIdMessages().length;
    const envelope = requestEnvelope('agent.get');
    page.send(envelope);
    const answer = await page.answer(envelope.referenceId as string);
    expect((answer.data as { username: string }).username).to.be.a('string');
    expect(page.frameIdMessages().slice(before)).to.deep.equal([{ frameId, userAgent: 'WWE Agent Desktop Simulator' }]);
  });

  it('does not re-send the frameId when the message carries the current one', async () => {
    await waitUntil(() => desktop.frameId, 'the frameId');
    const before = page.frameIdMessages().length;
    await page.ask('agent.get');
    expect(page.frameIdMessages().length).to.equal(before);
  });

  it('re-sends the frameId when a message carries a stale one', async () => {
    const frameId = await waitUntil(() => desktop.frameId, 'the frameId');
    const before = page.frameIdMessages().length;
    const envelope = requestEnvelope('agent.getState', undefined, 'wweFrameStale');
    page.send(envelope);
    await page.answer(envelope.referenceId as string);
    expect(page.frameIdMessages().slice(before)).to.deep.equal([{ frameId, userAgent: 'WWE Agent Desktop Simulator' }]);
  });

  it('echoes a string referenceId as the same string and a number as the same number', async () => {
    await waitUntil(() => desktop.frameId, 'the frameId');
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
    await waitUntil(() => desktop.frameId, 'the frameId');
    const answer = await page.ask('interaction.markdone', ['no-such-id']);
    expect(answer).to.have.keys(['referenceId', 'errorMessage', 'userAgent']);
    expect(answer.errorMessage).to.contain("Unknown interaction 'no-such-id'");
  });

  it('reload assigns a new frameId and drops every subscription', async () => {
    const first = await waitUntil(() => desktop.frameId, 'the frameId');
    await page.subscribe(['agent', 'interaction']);
    expect((await desktop.snapshot()).frames[0].subscriptions).to.have.length(1);
    await desktop.reload();
    const second = await waitUntil(() => (desktop.frameId !== first ? desktop.frameId : undefined), 'a new frameId');
    expect(second).not.to.equal(first);
    expect((await desktop.snapshot()).frames[0].subscriptions).to.deep.equal([]);
    await desktop.setAgentState('NotReady');
    await page.settle();
    expect(page.events('agent')).to.have.length(0);
  });

  it('keeps calls and agent state across a reload', async () => {
    await waitUntil(() => desktop.frameId, 'the frameId');
    const id = await desktop.inboundCall({ ani: '+33298000000' });
    await desktop.setAgentState('NotReady_Break');
    await desktop.reload();
    const snapshot = await desktop.snapshot();
    expect(snapshot.interactions.map((item) => item.interactionId)).to.deep.equal([id]);
    expect(snapshot.agentState.operationName).to.equal('NotReady_Break');
  });
});
