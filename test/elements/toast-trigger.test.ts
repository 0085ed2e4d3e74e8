import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/toast-trigger/toast-trigger.js';
import type { WweToastTrigger } from '../../src/elements/toast-trigger/toast-trigger.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const trigger = (el: WweToastTrigger) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const closeButton = (el: WweToastTrigger) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]');
const statusText = (el: WweToastTrigger) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const liveText = (el: WweToastTrigger) => el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!;
const parametersOf = (entry: { payload: unknown } | undefined) => (entry!.payload as { parameters: unknown[] }).parameters;

describe('<wwe-toast-trigger>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit();
    });
    afterEach(() => kit.teardown());

    async function readyTrigger(template: TemplateResult): Promise<WweToastTrigger> {
      const el = await fixture<WweToastTrigger>(template);
      await waitFor(() => kit.connection.state === 'ready' && el.shadowRoot!.querySelector('[part="status"]') === null, 'ready');
      await el.updateComplete;
      return el;
    }
    const desktopToast = async (toastId: string) => (await kit.desktop.snapshot()).toasts.find((toast) => toast.toastId === toastId);

    it('pops the toast from its attributes, reflects its id and fires wwe-toast-open', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger
        toast-title="Callback" subject="Ana Lima" message="Call back\nbefore 5 pm" icon-url="https://crm.example/icon.png"
        buttons='["Accept","Decline"]' key-values='{"Customer":"Ana"}' auto-close="60000"></wwe-toast-trigger>`);
      setTimeout(() => trigger(el).click());
      const opened = await oneEvent(el, 'wwe-toast-open');
      const { toastId } = opened.detail;
      expect(el.toastId).to.equal(toastId);
      expect(el.getAttribute('toast-id')).to.equal(toastId);
      const [request] = await loggedRequests(kit.desktop, 'system.popupToast');
      expect(parametersOf(request)).to.deep.equal([
        { title: 'Callback', subject: 'Ana Lima', message: 'Call back\nbefore 5 pm', iconUrl: 'https://crm.example/icon.png', buttons: ['Accept', 'Decline'], keyValues: { Customer: 'Ana' }, autoCloseTimeout: 60000 },
      ]);
      expect((await desktopToast(toastId))!.params.title).to.equal('Callback');
      await el.updateComplete;
      expect(closeButton(el)!.textContent!.trim()).to.equal('Close notification');
      expect(liveText(el)).to.contain('Notification shown');
    });

    it('is the same from properties, and show() brings an open toast up to date', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger headless></wwe-toast-trigger>`);
      expect(trigger(el)).to.equal(null);
      el.toastTitle = 'Note';
      el.buttons = ['OK'];
      el.keyValues = { Case: '42' };
      el.autoClose = 0;
      const toastId = await el.show();
      expect(toastId).to.be.a('string');
      const [request] = await loggedRequests(kit.desktop, 'system.popupToast');
      expect(parametersOf(request)).to.deep.equal([{ title: 'Note', buttons: ['OK'], keyValues: { Case: '42' }, autoCloseTimeout: 0 }]);
      el.message = 'Saved';
      expect(await el.show()).to.equal(toastId);
      expect((await desktopToast(toastId!))!.params.message).to.equal('Saved');
      expect(await loggedRequests(kit.desktop, 'system.popupToast')).to.have.length(1);
    });

    it('sends attribute changes to the open toast, one update per task, clearing removed ones', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Hold" subject="First" message="One"></wwe-toast-trigger>`);
      const toastId = (await el.show())!;
      el.setAttribute('message', 'Two');
      await el.updateComplete;
      el.setAttribute('message', 'Three');
      await Promise.resolve();
      el.removeAttribute('subject');
      el.setAttribute('key-values', '{"Queue":"VIP"}');
      await waitFor(async () => (await loggedRequests(kit.desktop, 'system.updateToast')).length > 0, 'the update');
      await new Promise((resolve) => setTimeout(resolve, 30));
      const updates = await loggedRequests(kit.desktop, 'system.updateToast');
      expect(updates).to.have.length(1);
      expect(parametersOf(updates[0])).to.deep.equal([toastId, { subject: '', message: 'Three', keyValues: { Queue: 'VIP' } }]);
      expect((await desktopToast(toastId))!.params).to.deep.include({ title: 'Hold', subject: '', message: 'Three' });
    });

    it('updates from code with updateToast(), and says when no toast is open', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Hold"></wwe-toast-trigger>`);
      expect(await el.updateToast({ message: 'not yet' })).to.equal(false);
      expect(el.message).to.equal('not yet');
      const toastId = (await el.show())!;
      expect(await el.updateToast({ title: 'Holding', autoCloseTimeout: 60000 })).to.equal(true);
      expect(el.toastTitle).to.equal('Holding');
      expect(el.autoClose).to.equal(60000);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const updates = await loggedRequests(kit.desktop, 'system.updateToast');
      expect(updates.map(parametersOf)).to.deep.equal([[toastId, { title: 'Holding', autoCloseTimeout: 60000 }]]);
    });

    it('leaves Lit its update(): updateToast is the public name', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Hold"></wwe-toast-trigger>`);
      expect(Object.prototype.hasOwnProperty.call(Object.getPrototypeOf(el), 'update')).to.equal(false);
      el.headless = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });

    it('reports the button the agent clicks, then the close', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Transfer?" buttons='["Accept","Decline"]'></wwe-toast-trigger>`);
      const toastId = (await el.show())!;
      const events: string[] = [];
      el.addEventListener('wwe-toast-button-click', (event) => events.push(`click ${event.detail.toastId} ${event.detail.button}`));
      el.addEventListener('wwe-toast-close', (event) => events.push(`close ${event.detail.toastId} ${event.detail.reason}`));
      await kit.desktop.clickToastButton(toastId, 'Decline');
      await waitFor(() => events.length === 2, 'the click and the close');
      expect(events).to.deep.equal([`click ${toastId} Decline`, `close ${toastId} desktop`]);
      await el.updateComplete;
      expect(el.hasAttribute('toast-id')).to.equal(false);
      expect(closeButton(el)).to.equal(null);
      expect(liveText(el)).to.contain('Notification closed');
    });

    it('closes from its close button, returning focus to the trigger', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Note">Notify the agent</wwe-toast-trigger>`);
      const toastId = (await el.show())!;
      await el.updateComplete;
      closeButton(el)!.focus();
      setTimeout(() => closeButton(el)!.click());
      const closed = await oneEvent(el, 'wwe-toast-close');
      expect(closed.detail).to.deep.equal({ toastId, reason: 'element' });
      expect(await desktopToast(toastId)).to.equal(undefined);
      await el.updateComplete;
      await waitFor(() => el.shadowRoot!.activeElement === trigger(el), 'focus on the trigger');
      expect(el.toastId).to.equal(undefined);
      expect(await el.close()).to.equal(true);
      expect(await loggedRequests(kit.desktop, 'system.closeToast')).to.have.length(1);
    });

    it('notices the auto-close', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Brief" auto-close="150"></wwe-toast-trigger>`);
      const toastId = (await el.show())!;
      const closed = await oneEvent(el, 'wwe-toast-close');
      expect(closed.detail).to.deep.equal({ toastId, reason: 'desktop' });
      await waitFor(async () => (await desktopToast(toastId)) === undefined, 'the desktop to close it too');
    });

    it('refuses invalid attributes with a coded error and sends nothing', async () => {
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Bad" buttons='{"Accept":1}'></wwe-toast-trigger>`);
      for (const [name, value, words] of [
        ['buttons', '{"Accept":1}', 'not valid JSON'],
        ['buttons', '["Accept", 2]', 'list of button labels'],
        ['key-values', '{"Amount": 12}', 'map keys to text'],
        ['auto-close', '-5', 'number of milliseconds'],
      ] as const) {
        el.setAttribute(name, value);
        await el.updateComplete;
        setTimeout(() => void el.show());
        const failure = await oneEvent(el, 'wwe-error');
        expect(failure.detail.error.code).to.equal('INVALID_ARGUMENT');
        expect(failure.detail.error.message).to.contain(name === 'buttons' && words === 'not valid JSON' ? 'expected a JSON array' : words);
        el.removeAttribute(name);
      }
      await el.updateComplete;
      expect(statusText(el)).to.equal('');
      expect(await loggedRequests(kit.desktop, 'system.popupToast')).to.have.length(0);
    });

    it('shows a desktop refusal and never rejects', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'system.popupToast': 'Toasts are disabled' } });
      const el = await readyTrigger(html`<wwe-toast-trigger toast-title="Note"></wwe-toast-trigger>`);
      setTimeout(() => void el.show());
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail.action).to.equal('system.popupToast');
      expect(failure.detail.error.code).to.equal('HOST_ERROR');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Toasts are disabled');
      expect(el.toastId).to.equal(undefined);
      expect(await el.show()).to.equal(undefined);
    });
  });
});
