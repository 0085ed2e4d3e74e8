import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/tel-links/tel-links.js';
import type { WweTelLinks } from '../../src/elements/tel-links/tel-links.js';
import { getConnection } from '../../src/connection/index.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { clickWithoutLeaving } from '../helpers/links.js';

const statusText = (el: WweTelLinks) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parametersOf = (entry: { payload: unknown } | undefined) => (entry!.payload as { parameters: unknown[] }).parameters;


describe('<wwe-tel-links>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit();
    });
    afterEach(() => kit.teardown());

    it('dials the normalised number of a clicked tel: link with the user data, and keeps the link text', async () => {
      const el = await fixture<WweTelLinks>(html`<wwe-tel-links user-data='{"crmId":"A-17"}'>
        <p>Call <a href="tel:+33-2-98-00-00-00">our office</a> or <a href="https://example.com/">the site</a>.</p>
      </wwe-tel-links>`);
      const link = el.querySelector('a')!;
      await waitFor(() => link.getAttribute('data-wwe-dial') === '+33298000000', 'the link to be marked');
      const dialed = oneEvent(el, 'wwe-dial');
      expect(clickWithoutLeaving(link)).to.equal(false);
      expect((await dialed).detail).to.deep.equal({ number: '+33298000000', userData: { crmId: 'A-17' } });
      expect(link.textContent).to.equal('our office');
      const [request] = await loggedRequests(kit.desktop, 'voice.dial');
      expect(parametersOf(request)).to.deep.equal(['+33298000000', { crmId: 'A-17' }]);
      expect(el.querySelectorAll('[data-wwe-dial]')).to.have.length(1);
      expect(clickWithoutLeaving(el.querySelector('a[href^="https"]')!)).to.equal(true);
    });

    it('handles links added or changed later, and the userData property like the attribute', async () => {
      const el = await fixture<WweTelLinks>(html`<wwe-tel-links><ul></ul></wwe-tel-links>`);
      el.userData = { source: 'list' };
      await waitFor(() => el.dialsThroughDesktop, 'ready');
      const item = document.createElement('li');
      item.innerHTML = '<a href="tel:5001"><span>Desk 5001</span></a>';
      el.querySelector('ul')!.append(item);
      const link = item.querySelector('a')!;
      await waitFor(() => link.getAttribute('data-wwe-dial') === '5001', 'the new link to be marked');
      const dialed = oneEvent(el, 'wwe-dial');
      expect(clickWithoutLeaving(link.querySelector('span')!)).to.equal(false);
      expect((await dialed).detail).to.deep.equal({ number: '5001', userData: { source: 'list' } });
      expect(el.getAttribute('user-data')).to.equal(null);
      link.setAttribute('href', 'https://example.com/');
      await waitFor(() => !link.hasAttribute('data-wwe-dial'), 'the marker to go');
      expect(clickWithoutLeaving(link)).to.equal(true);
      expect(await loggedRequests(kit.desktop, 'voice.dial')).to.have.length(1);
    });

    it('shows an invalid link, bad JSON and a desktop refusal as coded errors', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'voice.dial': 'Line busy' } });
      const el = await fixture<WweTelLinks>(html`<wwe-tel-links><a href="tel:call-me">call me</a><a href="tel:5003">5003</a></wwe-tel-links>`);
      const [bad, good] = [...el.querySelectorAll('a')];
      await waitFor(() => good!.hasAttribute('data-wwe-dial'), 'the good link to be marked');
      expect(bad!.hasAttribute('data-wwe-dial')).to.equal(false);
      const invalid = oneEvent(el, 'wwe-error');
      expect(clickWithoutLeaving(bad!)).to.equal(false);
      expect((await invalid).detail.error.code).to.equal('INVALID_ARGUMENT');
      const refused = oneEvent(el, 'wwe-error');
      clickWithoutLeaving(good!);
      expect((await refused).detail.error.code).to.equal('HOST_ERROR');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Line busy');
      el.setAttribute('user-data', '{oops');
      const badJson = oneEvent(el, 'wwe-error');
      clickWithoutLeaving(good!);
      expect((await badJson).detail.error.code).to.equal('INVALID_ARGUMENT');
      expect(await loggedRequests(kit.desktop, 'voice.dial')).to.have.length(1);
    });

    it('lets go of the links when removed from the page', async () => {
      const el = await fixture<WweTelLinks>(html`<wwe-tel-links><a href="tel:5001">5001</a></wwe-tel-links>`);
      const link = el.querySelector('a')!;
      await waitFor(() => link.hasAttribute('data-wwe-dial'), 'the link to be marked');
      const parent = el.parentElement!;
      el.remove();
      expect(link.hasAttribute('data-wwe-dial')).to.equal(false);
      const later = document.createElement('a');
      later.href = 'tel:5004';
      el.append(later);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(later.hasAttribute('data-wwe-dial')).to.equal(false);
      parent.append(el);
      await waitFor(() => later.getAttribute('data-wwe-dial') === '5004', 'the marker on reconnection');
    });
  });

  it('keeps normal links when the desktop does not allow dialing', async () => {
    const kit = await connectKit({ acceptedOrigins: `${location.origin} (agent.*, system.*)` });
    try {
      const el = await fixture<WweTelLinks>(html`<wwe-tel-links><a href="tel:5001">5001</a></wwe-tel-links>`);
      await waitFor(() => kit.connection.allowedServices !== undefined, 'the allowed services');
      await el.updateComplete;
      expect(clickWithoutLeaving(el.querySelector('a')!)).to.equal(true);
      expect(el.querySelector('[data-wwe-dial]')).to.equal(null);
    } finally {
      kit.teardown();
    }
  });

  it('keeps normal links outside a desktop', async () => {
    getConnection().dispose();
    const el = await fixture<WweTelLinks>(html`<wwe-tel-links><a href="tel:5001">5001</a></wwe-tel-links>`);
    await waitFor(() => getConnection().state === 'unavailable', 'unavailable');
    await el.updateComplete;
    let dialed = false;
    el.addEventListener('wwe-dial', () => (dialed = true));
    expect(clickWithoutLeaving(el.querySelector('a')!)).to.equal(true);
    expect(el.querySelector('[data-wwe-dial]')).to.equal(null);
    expect(dialed).to.equal(false);
    getConnection().dispose();
  });
});
