import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/connection-status/connection-status.js';
import type { WweConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import type { WweConnectionChangeDetail } from '../../src/events/index.js';
import { getConnection } from '../../src/connection/index.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const reconnectButton = (el: WweConnectionStatus) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reconnect"]')!;

/** Every wwe-connection-change `target` fires, as `previous>state`, until stopped. */
function recordChanges(target: EventTarget): { changes: WweConnectionChangeDetail[]; path(): string } {
  const changes: WweConnectionChangeDetail[] = [];
  target.addEventListener('wwe-connection-change', (event) => changes.push((event as CustomEvent<WweConnectionChangeDetail>).detail));
  return { changes, path: () => changes.map(({ previous, state }) => `${previous}>${state}`).join(' ') };
}

describe('<wwe-connection>', () => {
  describe('beside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit();
    });
    afterEach(() => kit.teardown());

    async function readyElement(template = html`<wwe-connection></wwe-connection>`): Promise<WweConnectionStatus> {
      const el = await fixture<WweConnectionStatus>(template);
      await waitFor(() => el.state === 'ready', 'ready');
      await el.updateComplete;
      return el;
    }

    it('shows the state, and fires wwe-connection-change as the origin goes wrong and right again', async () => {
      const el = await readyElement(html`<wwe-connection handshake-timeout="200"></wwe-connection>`);
      expect(text(el, '[part="state"]')).to.equal('Connected to Agent Desktop');
      const seen = recordChanges(el);
      el.setAttribute('desktop-origin', 'https://wwe.invalid');
      await waitFor(() => el.state === 'unavailable', 'the handshake to fail');
      await el.updateComplete;
      expect(text(el, '[part="state"]')).to.equal('Agent Desktop is not available');
      expect(text(el, '[part="reason"]')).to.contain('Not connected to Agent Desktop.');
      expect(el.shadowRoot!.querySelector('.indicator--unavailable')).to.not.equal(null);
      expect(seen.changes.at(-1)!.error!.code).to.equal('NOT_CONNECTED');
      // The right origin with a handshake time a loaded machine can meet (200 ms was for the wrong one).
      el.setAttribute('handshake-timeout', '15000');
      el.desktopOrigin = kit.desktop.origin;
      await waitFor(() => el.state === 'ready', 'ready again');
      expect(seen.path()).to.equal('ready>connecting connecting>unavailable unavailable>connecting connecting>ready');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="reason"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.contain('Connected to Agent Desktop');
    });

    it('returns a removed setting to its default', async () => {
      const element = await fixture<WweConnectionStatus>(html`<wwe-connection handshake-timeout="200" desktop-origin="https://wwe.invalid"></wwe-connection>`);
      await waitFor(() => element.state === 'unavailable', 'the wrong origin to fail');
      element.removeAttribute('desktop-origin');
      // With no origin configured, the kit derives it from the desktop iframe's src.
      await waitFor(() => element.state === 'ready', 'ready with the derived origin');
      expect(getConnection().desktopOrigin).to.equal(kit.desktop.origin);
    });

    it('shows an invalid setting as a coded error and leaves the connection alone', async () => {
      const el = await readyElement();
      const seen = recordChanges(el);
      setTimeout(() => el.setAttribute('timeout', 'soon'));
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail.action).to.equal('configure');
      expect(failure.detail.error.code).to.equal('INVALID_ARGUMENT');
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.contain('The request has invalid values.');
      expect(text(el, '[role="alert"]')).to.contain('timeout "soon" is not a positive number of milliseconds');
      el.setAttribute('desktop-origin', 'not an origin');
      await waitFor(() => text(el, '[role="alert"]').includes('is not a URL'), 'the origin refused');
      expect(el.state).to.equal('ready');
      expect(seen.path()).to.equal('');
      el.setAttribute('desktop-origin', kit.desktop.origin);
      el.setAttribute('timeout', '800');
      await waitFor(() => el.shadowRoot!.querySelector('[role="alert"]') === null, 'the error gone with valid settings');
      // The origin it pins is the one the connection derived and talks to: no reconnection, no second probe.
      expect(getConnection().desktopOrigin).to.equal(kit.desktop.origin);
      expect(el.state).to.equal('ready');
      expect(seen.path()).to.equal('');
    });

    it('reconnects from its button', async () => {
      const el = await readyElement();
      const probesBefore = (await loggedRequests(kit.desktop, 'system.getAllowedServices')).length;
      const seen = recordChanges(el);
      reconnectButton(el).click();
      await waitFor(() => seen.changes.length === 2, 'two state changes');
      expect(seen.path()).to.equal('ready>connecting connecting>ready');
      // The reconnection asks the desktop again (a loaded machine may see a late probe of its own too).
      expect((await loggedRequests(kit.desktop, 'system.getAllowedServices')).length).to.be.above(probesBefore);
    });
  });

  it('configures a no-code page inside the desktop from its attributes', async () => {
    const kit = await connectKit();
    try {
      const app = await kit.desktop.addApp({ label: 'no-code page' });
      const doc = app.window.document;
      const holder = doc.createElement('div');
      holder.innerHTML = `<wwe-connection desktop-origin="${kit.desktop.origin}" timeout="1000"></wwe-connection>`;
      doc.body.append(holder);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/src/elements/connection-status/connection-status.ts';
      doc.head.append(script);
      await app.window.customElements.whenDefined('wwe-connection');
      const el = holder.firstElementChild as WweConnectionStatus;
      await waitFor(() => text(el, '[part="state"]') === 'Connected to Agent Desktop', 'the page to connect');
      const probes = (await kit.desktop.messages()).filter((entry) => entry.direction === 'in' && entry.name === 'system.getAllowedServices' && entry.frameId === app.frameId);
      expect(probes).to.have.length(1);
    } finally {
      kit.teardown();
    }
  });

  it('explains outside the desktop why it is unavailable, even with an origin set', async () => {
    getConnection().dispose();
    const el = await fixture<WweConnectionStatus>(html`<wwe-connection desktop-origin="https://wwe.example.com"></wwe-connection>`);
    await waitFor(() => el.state === 'unavailable', 'unavailable');
    await el.updateComplete;
    expect(text(el, '[part="reason"]')).to.contain('This page is not running inside Agent Desktop.');
    getConnection().dispose();
  });
});
