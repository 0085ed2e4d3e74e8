import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const button = (el: WweDialButton) => el.shadowRoot!.querySelector('button')!;
const statusText = (el: WweDialButton) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<wwe-dial-button>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit({ dialDelay: 20 });
    });
    afterEach(() => kit.teardown());

    it('dials the normalised number with attached data from attributes, and fires wwe-dial', async () => {
      const el = await fixture<WweDialButton>(html`<wwe-dial-button number="+33 (0)2 98-00.00.00" user-data='{"crmId":"A-17"}'></wwe-dial-button>`);
      await waitFor(() => !button(el).disabled, 'the button to enable');
      setTimeout(() => button(el).click());
      const event = await oneEvent(el, 'wwe-dial');
      expect(event.detail).to.deep.equal({ number: '+33298000000', userData: { crmId: 'A-17' } });
      const [request] = await loggedRequests(kit.desktop, 'voice.dial');
      expect((request!.payload as { parameters: unknown[] }).parameters).to.deep.equal(['+33298000000', { crmId: 'A-17' }]);
      await waitFor(async () => (await kit.desktop.snapshot()).interactions.some((ixn) => ixn.dnis === '+33298000000'), 'the outbound call');
    });

    it('is the same from properties, and uses voice.dialEx when extensions are given', async () => {
      const el = await fixture<WweDialButton>(html`<wwe-dial-button></wwe-dial-button>`);
      el.number = '5001';
      el.userData = { k: 'v' };
      el.extensions = { ek: 'ev' };
      await el.updateComplete;
      expect(el.getAttribute('number')).to.equal('5001');
      await waitFor(() => !button(el).disabled, 'the button to enable');
      expect(await el.dial()).to.equal(true);
      const [request] = await loggedRequests(kit.desktop, 'voice.dialEx');
      expect((request!.payload as { parameters: unknown[] }).parameters).to.deep.equal(['5001', { k: 'v' }, { ek: 'ev' }]);
    });

    it('refuses an invalid number or JSON with a coded error and sends nothing', async () => {
      const el = await fixture<WweDialButton>(html`<wwe-dial-button number="call me maybe"></wwe-dial-button>`);
      await waitFor(() => kit.connection.state === 'ready', 'ready');
      expect(button(el).disabled).to.equal(true);
      setTimeout(() => void el.dial());
      const invalid = await oneEvent(el, 'wwe-error');
      expect(invalid.detail.error.code).to.equal('INVALID_ARGUMENT');
      el.number = '5001';
      el.setAttribute('user-data', '{not json');
      await el.updateComplete;
      expect(await el.dial()).to.equal(false);
      await el.updateComplete;
      expect(statusText(el)).to.contain('The request has invalid values.');
      expect(await loggedRequests(kit.desktop, 'voice.dial')).to.have.length(0);
    });

    it('is busy while the desktop works', async () => {
      await kit.desktop.setFaults({ latencyMs: 300 });
      const el = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      await waitFor(() => !button(el).disabled, 'the button to enable');
      const dialing = el.dial();
      await el.updateComplete;
      expect(button(el).getAttribute('aria-busy')).to.equal('true');
      expect(button(el).disabled).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.contain('Dialing 5001');
      expect(await dialing).to.equal(true);
      await el.updateComplete;
      expect(button(el).getAttribute('aria-busy')).to.equal('false');
    });

    it('names the button after the number unless a label is slotted', async () => {
      const el = await fixture<WweDialButton>(html`<div><wwe-dial-button number="5001"></wwe-dial-button><wwe-dial-button number="5002">Office</wwe-dial-button></div>`);
      const [unlabelled, labelled] = [...el.querySelectorAll('wwe-dial-button')] as WweDialButton[];
      await Promise.all([unlabelled!.updateComplete, labelled!.updateComplete]);
      expect(button(unlabelled!).getAttribute('aria-label')).to.equal('Call 5001');
      expect(button(labelled!).hasAttribute('aria-label')).to.equal(false);
    });
  });
});
