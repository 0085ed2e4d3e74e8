import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/protocol/index.js';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

type InteractionData = { eventType: string; media: string; interaction: Interaction };
type MarkdoneData = { eventType: string; interactionId: string; warningMessage?: string };

describe('simulator: interactions, cases and mark done', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;
  const interactionEvents = () => page.events('interaction').map((message) => message.data as InteractionData);
  const markdoneEvents = () => page.events('markdone').map((message) => message.data as MarkdoneData);

  async function open(blockMarkdoneTimeout: number): Promise<void> {
    ({ desktop, page } = await openHostedPage({ blockMarkdoneTimeout }));
    await page.subscribe(['interaction', 'markdone']);
  }

  // Blocks outlive every test but the one about their expiry, however loaded the machine.
  beforeEach(() => open(60_000));

  afterEach(() => closeHostedPage({ desktop, page }));

  it('sets and deletes attached data with ATTACHED_DATA_CHANGED', async () => {
    const id = await desktop.inboundCall({ ani: '1', userData: { Keep: 'k' } });
    await page.get('interaction.setUserData', [id, { Notes: 'first', Nested: { a: [1, 2] } }]);
    await page.get('interaction.setUserData', [id, { Notes: 'second' }]);
    await page.get('interaction.deleteUserData', [id, 'Nested']);
    const changes = interactionEvents().filter((event) => event.eventType === 'ATTACHED_DATA_CHANGED');
    expect(changes.map((event) => event.interaction.userData.Notes)).to.deep.equal(['first', 'second', 'second']);
    expect(changes[2].interaction.userData).to.include({ Keep: 'k' });
    expect(changes[2].interaction.userData).not.to.have.property('Nested');
    expect((await page.ask('interaction.deleteUserData', [id, 'Nested'])).errorMessage).to.contain("no user data key 'Nested'");
  });

  it('opens each new interaction in a selected, expanded case and moves selection', async () => {
    const first = await desktop.inboundCall({ ani: '1' });
    const second = await desktop.inboundCall({ ani: '2' });
    // Control replies and wire events travel separately: settle the wire before reading events.
    await page.settle();
    const snapshot = await desktop.snapshot();
    const [a, b] = snapshot.interactions;
    expect([a.isCaseSelected, b.isCaseSelected]).to.deep.equal([false, true]);
    expect(snapshot.selectedCaseId).to.equal(b.caseId);
    const deselected = interactionEvents().filter((event) => event.eventType === 'CASE_SELECTION_CHANGED');
    expect(deselected.map((event) => [event.interaction.interactionId, event.interaction.isCaseSelected])).to.deep.equal([[first, false]]);

    await page.get('interaction.selectCaseByCaseId', [a.caseId]);
    const changes = interactionEvents().filter((event) => event.eventType === 'CASE_SELECTION_CHANGED').slice(1);
    expect(changes.map((event) => [event.interaction.interactionId, event.interaction.isCaseSelected, event.interaction.isCaseExpanded])).to.deep.equal([
      [first, true, true],
      [second, false, true],
    ]);
    expect((await page.ask('interaction.selectCaseByCaseId', ['no-case'])).errorMessage).to.equal("Unknown case 'no-case'");
    const before = interactionEvents().length;
    await desktop.call('expandCase', b.caseId, false);
    await page.settle();
    const collapsed = interactionEvents().slice(before);
    expect(collapsed.map((event) => [event.interaction.interactionId, event.interaction.isCaseExpanded])).to.deep.equal([[second, false]]);
  });

  it('lists interactions by case and bundle', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    const call = await page.get<Interaction>('interaction.getByInteractionId', [id]);
    expect((await page.get<Interaction[]>('interaction.getByCaseId', [call.caseId])).map((item) => item.interactionId)).to.deep.equal([id]);
    expect((await page.get<Interaction[]>('interaction.getByBundleId', [call.bundleId])).map((item) => item.interactionId)).to.deep.equal([id]);
  });

  it('blocks mark done: the attempt is announced and refused, unblock lets it through', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    await desktop.call('answer', id);
    await desktop.call('hangUp', id);
    await page.get('interaction.blockMarkdone', [id, 'Fill in the disposition']);
    const refused = await page.ask('interaction.markdone', [id]);
    expect(refused.errorMessage).to.equal('Mark done is blocked: Fill in the disposition');
    expect((await desktop.snapshot()).interactions.map((item) => item.interactionId)).to.deep.equal([id]);
    await page.get('interaction.unblockMarkdone', [id]);
    await page.get('interaction.markdone', [id]);
    expect(markdoneEvents()).to.deep.equal([
      { eventType: 'MARKDONE_BLOCKED', interactionId: id, warningMessage: 'Fill in the disposition' },
      { eventType: 'MARKDONE_REQUESTED', interactionId: id, warningMessage: 'Fill in the disposition' },
      { eventType: 'MARKDONE_UNBLOCKED', interactionId: id },
    ]);
    expect(interactionEvents().at(-1)?.eventType).to.equal('REMOVED');
  });

  it('lifts a mark-done block after blockMarkdoneTimeout', async () => {
    closeHostedPage({ desktop, page });
    await open(150);
    const id = await desktop.inboundCall({ ani: '1' });
    await page.get('interaction.blockMarkdone', [id, 'wait']);
    await waitForValue(() => markdoneEvents().find((event) => event.eventType === 'MARKDONE_UNBLOCKED'), 'the block to expire');
    expect((await desktop.snapshot()).markdoneBlocks).to.deep.equal([]);
  });

  it('runs a chat: INVITED, accept, ENDED, mark done', async () => {
    const id = await desktop.call('chatArrival', { nickname: 'Jane', userData: { Topic: 'Billing' } });
    expect((await page.ask('interaction.markdone', [id])).errorMessage).to.contain('not accepted yet');
    await page.get('interaction.accept', [id]);
    await desktop.call('endChat', id);
    await page.get('interaction.markdone', [id]);
    const types = interactionEvents().map((event) => event.eventType).filter((type) => type !== 'CASE_SELECTION_CHANGED');
    expect(types).to.deep.equal(['ADDED', 'INVITED', 'ACCEPTED', 'ENDED', 'REMOVED']);
    // The overview's example event says the media beside the interaction, not inside it.
    expect(interactionEvents()[0].media).to.equal('chat');
    expect(interactionEvents()[0].interaction).not.to.have.property('media');
  });

  it('receives e-mail and creates outbound e-mail in COMPOSING', async () => {
    const inbound = await desktop.call('emailArrival', { from: 'jane@example.com', subject: 'Invoice' });
    await page.get('interaction.accept', [inbound]);
    await page.get('email.create', ['john.doe@example.com', { Source: 'crm' }]);
    const created = interactionEvents().filter((event) => event.interaction.interactionId !== inbound);
    const types = created.map((event) => event.eventType).filter((type) => type !== 'CASE_SELECTION_CHANGED');
    expect(types).to.deep.equal(['ADDED', 'CREATED', 'COMPOSING']);
    expect(created.at(-1)?.media).to.equal('email');
    expect(created.at(-1)?.interaction).to.include({ direction: 'OUT', state: 'COMPOSING', previousState: 'CREATED' });
  });

  it('endInteraction releases and marks done in one step', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    await desktop.call('answer', id);
    await desktop.endInteraction(id);
    await page.settle();
    const types = interactionEvents().map((event) => event.eventType).slice(-2);
    expect(types).to.deep.equal(['RELEASED', 'REMOVED']);
  });
});
