import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/dial-button/dial-button.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import { getConnection } from '../../src/connection/index.js';
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

    it('shows the desktop error beside a localized explanation, and keeps the number', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'voice.dial': 'Line 5001 is busy' } });
      const el = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      await waitFor(() => !button(el).disabled, 'the button to enable');
      setTimeout(() => button(el).click());
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail).to.deep.include({ action: 'voice.dial' });
      expect(failure.detail.error.code).to.equal('HOST_ERROR');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Agent Desktop refused the request.');
      expect(statusText(el)).to.contain('Line 5001 is busy');
      expect(el.number).to.equal('5001');
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

    it('dials from the keyboard', async () => {
      const el = await fixture<WweDialButton>(html`<wwe-dial-button number="5002">Call the office</wwe-dial-button>`);
      await waitFor(() => !button(el).disabled, 'the button to enable');
      button(el).focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'wwe-dial');
      expect(event.detail.number).to.equal('5002');
    });

    it('passes axe with a slotted and a default label', async () => {
      const el = await fixture<WweDialButton>(html`<div><wwe-dial-button number="5001"></wwe-dial-button><wwe-dial-button number="5002">Office</wwe-dial-button></div>`);
      await waitFor(() => kit.connection.state === 'ready', 'ready');
      await expect(el).to.be.accessible();
      expect(button(el.querySelector('wwe-dial-button')!).getAttribute('aria-label')).to.equal('Call 5001');
    });
  });

  it('says when the desktop does not allow dialing', async () => {
    const kit = await connectKit({ acceptedOrigins: `${location.origin} (agent.*, system.*)` });
    try {
      const el = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      await waitFor(() => statusText(el).length > 0, 'the status');
      expect(statusText(el)).to.equal('Not allowed by the Agent Desktop security configuration');
      expect(button(el).disabled).to.equal(true);
    } finally {
      kit.teardown();
    }
  });

  it('says it is outside the desktop on a top-level page', async () => {
    getConnection().dispose();
    const el = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    await waitFor(() => statusText(el).length > 0 && getConnection().state === 'unavailable', 'the status');
    expect(statusText(el)).to.equal('Open this page inside Agent Desktop to use it.');
    expect(button(el).disabled).to.equal(true);
    getConnection().dispose();
  });
});
