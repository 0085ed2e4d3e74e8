import { expect } from '@open-wc/testing';
import { requestNames, type RequestName } from '../../src/protocol/index.js';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';

/** Parameters a hosted page would plausibly send; `$call` is replaced by a live call's id. */
const PARAMETERS: Partial<Record<RequestName, unknown[]>> = {
  'agent.setState': ['Ready'],
  'configuration.getOption': [['voice.*']],
  'email.create': ['john.doe@example.com'],
  'interaction.getByInteractionId': ['$call'],
  'interaction.getByBundleId': ['no-bundle'],
  'interaction.getByCaseId': ['no-case'],
  'interaction.setUserData': ['$call', { Notes: 'x' }],
  'interaction.deleteUserData': ['$call', 'Notes'],
  'interaction.selectCaseByCaseId': ['no-case'],
  'interaction.markdone': ['$call'],
  'interaction.blockMarkdone': ['$call', 'Fill the form'],
  'interaction.unblockMarkdone': ['$call'],
  'interaction.accept': ['$call'],
  'interaction.reject': ['$call'],
  'interaction.consult': ['$call', '5002'],
  'interaction.singleStepTransfer': ['$call', '5003'],
  'interaction.singleStepConference': ['$call', '5004'],
  'interaction.completeTransfer': ['$call'],
  'interaction.completeConference': ['$call'],
  'media.getMediaByName': ['voice'],
  'media.setState': ['voice', 'NotReady'],
  'voice.dial': ['+15550001111'],
  'voice.dialEx': ['+15550001111', {}, { ek1: 'ev1' }],
  'system.popupToast': [{ title: 'Hello' }],
  'system.updateToast': ['wweCustomToast0', { title: 'Updated' }],
  'system.closeToast': ['wweCustomToast0'],
  'system.openDialog': ['https://example.com/dialog?id=$Dialog.Id$', { label: 'Dialog' }],
  'system.closeDialog': ['wweCustomDialog0'],
  'system.updateViewInApplicationMenuBar': [{ name: 'view0', label: 'Timer' }],
  'system.closeViewInApplicationMenuBar': ['view0'],
  'outbound.getPreviewRecord': ['Renewals Preview'],
  'messenger.broadcastMessage': ['my-channel', { hello: 'world' }],
  'auth.getPureCloudToken': [false],
};

/** Requests that need no state at all, and so must succeed on a fresh desktop. */
const ALWAYS_SUCCEED: RequestName[] = [
  'agent.get',
  'agent.getState',
  'agent.getStateList',
  'media.getMediaList',
  'interaction.getInteractions',
  'sipEndpoint.isMicrophoneMute',
  'system.getAllowedServices',
  'system.amIVisible',
  'system.isFrameLeading',
  'outbound.getCampaigns',
  'outbound.getListOfCallResults',
  'auth.getJwtToken',
];

describe('simulator: every request answers', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  beforeEach(async () => {
    ({ desktop, page } = await openHostedPage({ dialDelay: 0 }));
  });

  afterEach(() => closeHostedPage({ desktop, page }));

  it(`answers each of the ${requestNames().length} requests exactly once`, async () => {
    const callId = await desktop.inboundCall({ ani: '+33298000000' });
    await desktop.call('answer', callId);
    const sent = new Map<RequestName, string | number>();
    for (const name of requestNames()) {
      const parameters = PARAMETERS[name]?.map((value) => (value === '$call' ? callId : value));
      sent.set(name, page.request(name, parameters));
    }
    await page.settle();
    for (const [name, referenceId] of sent) {
      expect(page.answersTo(referenceId), name).to.have.length(1);
    }
    for (const name of ALWAYS_SUCCEED) {
      expect(page.answersTo(sent.get(name)!)[0], name).to.have.property('data');
    }
  });

  it('fails an unknown request with "Unknown request"', async () => {
    const answer = await page.ask('voice.teleport', []);
    expect(answer.errorMessage).to.equal("Unknown request 'voice.teleport'");
  });

  it('fails requests on an unknown interaction, but getByInteractionId answers null', async () => {
    for (const name of ['voice.answer', 'voice.hangUp', 'interaction.setUserData', 'voice.startCallRecording']) {
      const answer = await page.ask(name, ['nope', { k: 'v' }]);
      expect(answer.errorMessage, name).to.equal("Unknown interaction 'nope'");
    }
    const lookup = await page.ask('interaction.getByInteractionId', ['nope']);
    expect(lookup).to.have.property('data', null);
  });

  it('serves the agent, its state list and the media list', async () => {
    const agent = await page.get<{ employeeId: string; username: string }>('agent.get');
    expect(agent.employeeId).to.be.a('string');
    const states = await page.get<{ operationName: string; state: string; reasonCode?: string }[]>('agent.getStateList');
    expect(states.map((state) => state.state)).to.include.members(['READY', 'NOT_READY', 'NOT_READY_ACTION_CODE', 'NOT_READY_AFTER_CALLWORK', 'LOGOUT']);
    expect(states.find((state) => state.operationName === 'NotReady_Break')?.reasonCode).to.equal('1511');
    const media = await page.get<{ media: string; loggedIn: boolean }[]>('media.getMediaList');
    expect(media.map((item) => item.media)).to.deep.equal(['voice', 'chat', 'email']);
  });

  it('answers configuration.getOption with the options matching the patterns', async () => {
    const options = await page.get<Record<string, string>>('configuration.getOption', [['voice.*', 'MySection/*']]);
    expect(Object.keys(options).every((key) => key.startsWith('voice.') || key.startsWith('MySection/'))).to.equal(true);
    expect(options).to.have.property('MySection/greeting');
  });

  it('returns a JWT-shaped token', async () => {
    const token = await page.get<string>('auth.getJwtToken');
    const [, payload] = token.split('.');
    const claims = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))) as { sub: string };
    expect(token.split('.')).to.have.length(3);
    expect(claims.sub).to.equal('amartin');
  });
});
