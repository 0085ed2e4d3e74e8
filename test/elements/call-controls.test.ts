import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/call-controls/call-controls.js';
import type { WweCallControls } from '../../src/elements/call-controls/call-controls.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const root = (el: WweCallControls) => el.shadowRoot!;
const actionsShown = (el: WweCallControls) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-action]')].map((button) => button.dataset.action);
const buttonFor = (el: WweCallControls, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
const focusedAction = (el: WweCallControls) => (root(el).activeElement as HTMLElement | null)?.dataset.action;
const isEnabled = (el: WweCallControls, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.disabled === false;
const input = (el: WweCallControls) => root(el).querySelector<HTMLInputElement>('input#destination')!;
const statusText = (el: WweCallControls) => root(el).querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parametersOf = (entry: { payload: unknown } | undefined) => (entry!.payload as { parameters: unknown[] }).parameters;
const stateOf = async (kit: KitOnDesktop, id: string) => (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === id)?.state;

describe('<wwe-call-controls>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit({ dialDelay: 20 });
    });
    afterEach(() => kit.teardown());

    it('answers a ringing call named by the attribute, then offers hold, hang up and transfer', async () => {
      const id = await kit.desktop.inboundCall({ ani: '+33298000000' });
      const el = await fixture<WweCallControls>(html`<wwe-call-controls interaction-id=${id}></wwe-call-controls>`);
      await waitFor(() => isEnabled(el, 'answer'), 'the answer button');
      expect(actionsShown(el)).to.deep.equal(['answer']);
      setTimeout(() => buttonFor(el, 'answer').click());
      const event = await oneEvent(el, 'wwe-call-action');
      expect(event.detail).to.deep.equal({ action: 'answer', interactionId: id });
      expect(parametersOf((await loggedRequests(kit.desktop, 'voice.answer'))[0])).to.deep.equal([id]);
      await waitFor(() => actionsShown(el).includes('hold'), 'the hold button');
      expect(actionsShown(el)).to.deep.equal(['hold', 'hangUp', 'consult', 'transfer', 'conference']);
      expect(root(el).querySelector('[role="status"][aria-live]')!.textContent).to.contain('Answer done');
    });

    it('holds, resumes, hangs up and marks done from properties', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', id);
      const el = await fixture<WweCallControls>(html`<wwe-call-controls></wwe-call-controls>`);
      el.interactionId = id;
      await waitFor(() => isEnabled(el, 'hold'), 'the hold button');
      const steps: [string, string, string, string[]][] = [
        ['hold', 'voice.hold', 'HELD', ['resume', 'hangUp']],
        ['resume', 'voice.resume', 'ESTABLISHED', ['hold', 'hangUp']],
        ['hangUp', 'voice.hangUp', 'RELEASED', ['markdone']],
      ];
      for (const [action, request, state, shown] of steps) {
        expect(await el.perform(action as 'hold')).to.equal(true);
        expect(parametersOf((await loggedRequests(kit.desktop, request))[0])).to.deep.equal([id]);
        expect(await stateOf(kit, id)).to.equal(state);
        await waitFor(() => actionsShown(el).slice(0, shown.length).join() === shown.join(), `${shown.join()} after ${action}`);
      }
      expect(actionsShown(el)).to.deep.equal(['markdone']);
      await waitFor(() => isEnabled(el, 'markdone'), 'the mark done button');
      buttonFor(el, 'markdone').click();
      await waitFor(async () => (await kit.desktop.snapshot()).interactions.length === 0, 'the interaction to leave');
      expect(parametersOf((await loggedRequests(kit.desktop, 'interaction.markdone'))[0])).to.deep.equal([id]);
      await waitFor(() => actionsShown(el).length === 0, 'the buttons to go');
      expect(root(el).querySelector('.empty')!.textContent).to.equal('No call');
    });

    it('consults the typed target, then completes the transfer', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', id);
      const el = await fixture<WweCallControls>(html`<wwe-call-controls interaction-id=${id}></wwe-call-controls>`);
      await waitFor(() => input(el) !== null && kit.connection.state === 'ready', 'the target field');
      expect(buttonFor(el, 'consult').disabled, 'no target yet').to.equal(true);
      input(el).focus();
      setTimeout(() => void sendKeys({ type: '5002' }));
      await waitFor(() => el.destination === '5002', 'the typed target');
      await waitFor(() => isEnabled(el, 'consult'), 'the consult button');
      setTimeout(() => buttonFor(el, 'consult').click());
      expect((await oneEvent(el, 'wwe-call-action')).detail).to.deep.equal({ action: 'consult', interactionId: id });
      expect(parametersOf((await loggedRequests(kit.desktop, 'interaction.consult'))[0])).to.deep.equal([id, '5002']);
      await waitFor(() => isEnabled(el, 'completeTransfer'), 'the complete transfer button');
      const consultId = (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.isConsultation)!.interactionId;
      setTimeout(() => buttonFor(el, 'completeTransfer').click());
      expect((await oneEvent(el, 'wwe-call-action')).detail).to.deep.equal({ action: 'completeTransfer', interactionId: consultId });
      expect(parametersOf((await loggedRequests(kit.desktop, 'interaction.completeTransfer'))[0])).to.deep.equal([consultId]);
      expect(await stateOf(kit, id)).to.equal('RELEASED');
      await waitFor(() => actionsShown(el).join() === 'markdone', 'mark done after the transfer');
    });

    it('sends typed targets as objects for single-step transfer and conference', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', id);
      const el = await fixture<WweCallControls>(html`<wwe-call-controls interaction-id=${id} target-type="AGENT" destination="SIP_5003"></wwe-call-controls>`);
      await waitFor(() => isEnabled(el, 'conference'), 'the conference button');
      expect(input(el).value).to.equal('SIP_5003');
      expect(await el.perform('conference')).to.equal(true);
      expect(parametersOf((await loggedRequests(kit.desktop, 'interaction.singleStepConference'))[0])).to.deep.equal([
        id,
        { type: 'AGENT', target: 'AGENT', destination: 'SIP_5003' },
      ]);
      expect(await el.perform('transfer')).to.equal(true);
      expect(parametersOf((await loggedRequests(kit.desktop, 'interaction.singleStepTransfer'))[0])).to.deep.equal([
        id,
        { type: 'AGENT', target: 'AGENT', destination: 'SIP_5003' },
      ]);
      expect(await stateOf(kit, id)).to.equal('RELEASED');
    });

    it('follows the target call without interaction-id and keeps it for mark done after hang-up', async () => {
      const el = await fixture<WweCallControls>(html`<wwe-call-controls></wwe-call-controls>`);
      await waitFor(() => kit.connection.state === 'ready', 'ready');
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await waitFor(() => isEnabled(el, 'answer'), 'the answer button');
      expect(el.interaction?.interactionId).to.equal(id);
      await kit.desktop.call('answer', id);
      await kit.desktop.call('hangUp', id);
      await waitFor(() => isEnabled(el, 'markdone'), 'the mark done button');
      expect(await el.perform('markdone')).to.equal(true);
      expect(parametersOf((await loggedRequests(kit.desktop, 'interaction.markdone'))[0])).to.deep.equal([id]);
    });

    it('shows the desktop error, fires wwe-error and keeps the typed target', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'interaction.singleStepTransfer': 'Target unreachable' } });
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', id);
      const el = await fixture<WweCallControls>(html`<wwe-call-controls interaction-id=${id} destination="5009"></wwe-call-controls>`);
      await waitFor(() => isEnabled(el, 'transfer'), 'the transfer button');
      setTimeout(() => buttonFor(el, 'transfer').click());
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail.action).to.equal('interaction.singleStepTransfer');
      expect(failure.detail.error.code).to.equal('HOST_ERROR');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Target unreachable');
      expect(input(el).value).to.equal('5009');
      expect(await stateOf(kit, id)).to.equal('ESTABLISHED');
    });

    it('refuses a transfer without a target, sending nothing', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', id);
      const el = await fixture<WweCallControls>(html`<wwe-call-controls interaction-id=${id} destination="   "></wwe-call-controls>`);
      await waitFor(() => isEnabled(el, 'hold'), 'ready');
      expect(buttonFor(el, 'transfer').disabled).to.equal(true);
      setTimeout(() => void el.perform('transfer'));
      expect((await oneEvent(el, 'wwe-error')).detail.error.code).to.equal('INVALID_ARGUMENT');
      expect(await loggedRequests(kit.desktop, 'interaction.singleStepTransfer')).to.have.length(0);
    });

    it('is operable from the keyboard and keeps focus as its buttons change', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      const el = await fixture<WweCallControls>(html`<wwe-call-controls interaction-id=${id}></wwe-call-controls>`);
      await waitFor(() => isEnabled(el, 'answer'), 'the answer button');
      buttonFor(el, 'answer').focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      await waitFor(() => isEnabled(el, 'hold'), 'the hold button');
      expect(focusedAction(el)).to.equal('hold');
      root(el).activeElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitFor(() => isEnabled(el, 'resume'), 'the resume button');
      expect(await stateOf(kit, id)).to.equal('HELD');
    });
  });
});
