import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/email-button/email-button.js';
import type { WweEmailButton } from '../../src/elements/email-button/email-button.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const button = (el: WweEmailButton) => el.shadowRoot!.querySelector('button')!;
const statusText = (el: WweEmailButton) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parametersOf = (entry: { payload: unknown } | undefined) => (entry!.payload as { parameters: unknown[] }).parameters;

describe('<wwe-email-button>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit();
    });
    afterEach(() => kit.teardown());

    it('creates the e-mail with attached data from attributes, and fires wwe-email', async () => {
      const el = await fixture<WweEmailButton>(html`<wwe-email-button address="mailto:ana@example.com" user-data='{"crmId":"A-17"}'></wwe-email-button>`);
      await waitFor(() => !button(el).disabled, 'the button to enable');
      setTimeout(() => button(el).click());
      const event = await oneEvent(el, 'wwe-email');
      expect(event.detail).to.deep.equal({ address: 'ana@example.com', userData: { crmId: 'A-17' } });
      const [request] = await loggedRequests(kit.desktop, 'email.create');
      expect(parametersOf(request)).to.deep.equal(['ana@example.com', { crmId: 'A-17' }]);
      const snapshot = await kit.desktop.snapshot();
      expect(snapshot.interactions.some((ixn) => ixn.media === 'email' && ixn.parties.some((party) => party.address === 'ana@example.com'))).to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.contain('E-mail to ana@example.com opened');
    });

    it('is the same from properties', async () => {
      const el = await fixture<WweEmailButton>(html`<wwe-email-button></wwe-email-button>`);
      el.address = ' bo@example.org ';
      el.userData = { k: 'v' };
      await el.updateComplete;
      expect(el.getAttribute('address')).to.equal(' bo@example.org ');
      expect(button(el).getAttribute('aria-label')).to.equal('E-mail bo@example.org');
      await waitFor(() => !button(el).disabled, 'the button to enable');
      expect(await el.create()).to.equal(true);
      const [request] = await loggedRequests(kit.desktop, 'email.create');
      expect(parametersOf(request)).to.deep.equal(['bo@example.org', { k: 'v' }]);
    });

    it('refuses an invalid address or JSON with a coded error and sends nothing', async () => {
      const el = await fixture<WweEmailButton>(html`<wwe-email-button address="not an address"></wwe-email-button>`);
      await waitFor(() => kit.connection.state === 'ready', 'ready');
      await el.updateComplete;
      expect(button(el).disabled).to.equal(true);
      setTimeout(() => void el.create());
      const invalid = await oneEvent(el, 'wwe-error');
      expect(invalid.detail.error.code).to.equal('INVALID_ARGUMENT');
      el.address = 'ana@example.com';
      el.setAttribute('user-data', '[1,2]');
      await el.updateComplete;
      expect(await el.create()).to.equal(false);
      await el.updateComplete;
      expect(statusText(el)).to.contain('The request has invalid values.');
      expect(await loggedRequests(kit.desktop, 'email.create')).to.have.length(0);
    });

    it('takes a slotted label instead of naming the address', async () => {
      const el = await fixture<WweEmailButton>(html`<wwe-email-button address="ana@example.com">Write to Ana</wwe-email-button>`);
      await el.updateComplete;
      expect(button(el).hasAttribute('aria-label')).to.equal(false);
    });
  });
});
