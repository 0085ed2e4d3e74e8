import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/protocol/index.js';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { closeHostedPage, type Envelope, openHostedPage, type PageEndpoint } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

type InteractionData = { eventType: string; media: string; interaction: Interaction };

function interactionEvents(page: PageEndpoint): InteractionData[] {
  return page.events('interaction').map((message) => message.data as InteractionData);
}

describe('simulator: voice', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  beforeEach(async () => {
    ({ desktop, page } = await openHostedPage({ dialDelay: 20 }));
    await page.subscribe('interaction');
  });

  afterEach(() => closeHostedPage({ desktop, page }));

  it('runs the inbound lifecycle with ordered events and previousState', async () => {
    const id = await desktop.inboundCall({ ani: '+33298000000', userData: { Segment: 'Gold' } });
    await page.get('voice.answer', [id]);
    await page.get('voice.hold', [id]);
    await page.get('voice.resume', [id]);
    await page.get('voice.hangUp', [id]);
    await page.get('interaction.markdone', [id]);
    const events = interactionEvents(page).filter((event) => event.eventType !== 'CASE_SELECTION_CHANGED');
    expect(events.map((event) => event.eventType)).to.deep.equal(['ADDED', 'RINGING', 'ESTABLISHED', 'HELD', 'ESTABLISHED', 'RELEASED', 'REMOVED']);
    expect(events.map((event) => event.interaction.previousState)).to.deep.equal(['UNKNOWN', 'UNKNOWN', 'RINGING', 'ESTABLISHED', 'HELD', 'ESTABLISHED', 'ESTABLISHED']);
    expect(events.every((event) => event.media === 'voice')).to.equal(true);
    const ringing = events[1].interaction;
    expect(ringing).not.to.have.property('media');
    expect(ringing).to.include({ interactionId: id, direction: 'IN', callType: 'Inbound', ani: '+33298000000', recordingState: 'STOPPED', isCaseSelected: true, isCaseExpanded: true, isMainCaseInteraction: true, isConsultation: false });
    expect(ringing.userData.Segment).to.equal('Gold');
    expect(ringing.caseId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ringing.callUuid).to.match(/^[0-9A-Z]{32}$/);
    expect((await desktop.snapshot()).interactions).to.deep.equal([]);
  });

  it('refuses transitions the call state does not allow', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    expect((await page.ask('voice.hold', [id])).errorMessage).to.equal(`Cannot hold interaction '${id}' in state RINGING`);
    expect((await page.ask('interaction.markdone', [id])).errorMessage).to.contain('the call is RINGING');
    await page.get('voice.answer', [id]);
    expect((await page.ask('voice.answer', [id])).errorMessage).to.contain('in state ESTABLISHED');
  });

  it('dials out: ADDED + DIALING, then the dial result', async () => {
    await page.get('voice.dial', ['+15550001111', { Origin: 'crm' }]);
    const established = await waitForValue(() => interactionEvents(page).find((event) => event.eventType === 'ESTABLISHED'), 'ESTABLISHED');
    const types = interactionEvents(page).map((event) => event.eventType).filter((type) => type !== 'CASE_SELECTION_CHANGED');
    expect(types).to.deep.equal(['ADDED', 'DIALING', 'ESTABLISHED']);
    expect(established.interaction).to.include({ direction: 'OUT', callType: 'Outbound', dnis: '+15550001111', previousState: 'DIALING' });
    expect(established.interaction.userData.Origin).to.equal('crm');
  });

  it('releases an outbound call on a busy outcome', async () => {
    await desktop.call('setDialOutcome', 'busy');
    await page.get('voice.dial', ['5002']);
    const released = await waitForValue(() => interactionEvents(page).find((event) => event.eventType === 'RELEASED'), 'RELEASED');
    expect(released.interaction).to.include({ callType: 'Internal', previousState: 'DIALING', state: 'RELEASED' });
  });

  it('records with state rules and CALL_RECORDING_STATE_CHANGED', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    expect((await page.ask('voice.startCallRecording', [id])).errorMessage).to.contain('is RINGING');
    await page.get('voice.answer', [id]);
    expect((await page.ask('voice.pauseCallRecording', [id])).errorMessage).to.equal(`Cannot pause recording: recording of call '${id}' is STOPPED`);
    expect((await page.ask('voice.stopCallRecording', [id])).errorMessage).to.contain('is STOPPED');
    await page.get('voice.startCallRecording', [id]);
    expect((await page.ask('voice.startCallRecording', [id])).errorMessage).to.contain('is RECORDING');
    await page.get('voice.pauseCallRecording', [id]);
    expect((await page.ask('voice.pauseCallRecording', [id])).errorMessage).to.contain('is PAUSED');
    await page.get('voice.resumeCallRecording', [id]);
    await page.get('voice.stopCallRecording', [id]);
    const recording = interactionEvents(page).filter((event) => event.eventType === 'CALL_RECORDING_STATE_CHANGED');
    expect(recording.map((event) => event.interaction.recordingState)).to.deep.equal(['RECORDING', 'PAUSED', 'RECORDING', 'STOPPED']);
  });

  it('stops a running recording when the call is released', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    await desktop.call('answer', id);
    await desktop.call('startRecording', id);
    await page.get('voice.hangUp', [id]);
    const types = interactionEvents(page).map((event) => `${event.eventType}:${event.interaction.recordingState}`);
    expect(types.slice(-2)).to.deep.equal(['CALL_RECORDING_STATE_CHANGED:STOPPED', 'RELEASED:STOPPED']);
  });

  it('consults in the parent case and completes a transfer with PARTY_CHANGED', async () => {
    const id = await desktop.inboundCall({ ani: '+33298000000' });
    await desktop.call('answer', id);
    const consultCall = await page.get<Interaction>('interaction.consult', [id, { type: 'AGENT', destination: '5002', media: 'voice' }]);
    expect(consultCall).to.include({ isConsultation: true, parentInteractionId: id, callType: 'Consult', isMainCaseInteraction: false });
    const parent = (await desktop.snapshot()).interactions.find((item) => item.interactionId === id)!;
    expect(consultCall.caseId).to.equal(parent.caseId);
    expect(parent.state).to.equal('HELD');
    await waitForValue(() => interactionEvents(page).find((event) => event.eventType === 'ESTABLISHED' && event.interaction.interactionId === consultCall.interactionId), 'consult answered');
    await page.get('interaction.completeTransfer', [consultCall.interactionId]);
    const tail = interactionEvents(page).slice(-3).map((event) => `${event.eventType}:${event.interaction.interactionId}`);
    expect(tail).to.deep.equal([`PARTY_CHANGED:${id}`, `RELEASED:${consultCall.interactionId}`, `RELEASED:${id}`]);
    const partyChanged = interactionEvents(page).find((event) => event.eventType === 'PARTY_CHANGED')!;
    expect(partyChanged.interaction.parties.map((party) => party.name)).to.deep.equal(['+33298000000', '5002']);
  });

  it('completes a conference: the customer call resumes with the new party', async () => {
    const id = await desktop.inboundCall({ ani: '+33298000000' });
    await desktop.call('answer', id);
    const consultId = await desktop.call('consult', id, '5003');
    await page.get('interaction.completeConference', [consultId]);
    const parent = (await desktop.snapshot()).interactions.find((item) => item.interactionId === id)!;
    expect(parent.state).to.equal('ESTABLISHED');
    expect(parent.parties.map((party) => party.name)).to.deep.equal(['+33298000000', '5003']);
    expect((await page.ask('interaction.completeTransfer', [id])).errorMessage).to.contain('is not a consultation');
  });

  it('single-step transfers release the call after PARTY_CHANGED', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    await desktop.call('answer', id);
    await page.get('interaction.singleStepTransfer', [id, '5004']);
    const tail = interactionEvents(page).slice(-2).map((event: InteractionData) => event.eventType);
    expect(tail).to.deep.equal(['PARTY_CHANGED', 'RELEASED']);
  });

  it('sends agent and media STATE_CHANGED on agent.setState', async () => {
    await page.subscribe(['agent', 'media']);
    await page.get('agent.setState', ['NotReady_Break']);
    const agentEvent = page.events('agent')[0] as Envelope;
    // Exactly the fields of the overview's example.
    expect(agentEvent.data).to.deep.equal({ eventType: 'STATE_CHANGED', mediaState: 'NOT_READY_ACTION_CODE', reason: 'Break', reasonCode: '1511' });
    expect(page.events('media').map((message) => (message.data as { media: { media: string } }).media.media)).to.deep.equal(['voice', 'chat', 'email']);
    await desktop.setAgentState('Logout');
    const media = await page.get<{ loggedIn: boolean }[]>('media.getMediaList');
    expect(media.every((item) => !item.loggedIn)).to.equal(true);
    expect((await page.ask('agent.setState', ['Dancing'])).errorMessage).to.contain("Unknown agent state operation 'Dancing'");
  });
});
