import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
// Side-effect-free classes only: which copy defines the wwe-* tags is decided below, by load order.
import { WweDialButton } from '../../src/elements/dial-button/dial-button.component.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.component.js';
import { ELEMENT_TAGS } from '../../src/elements/registry.js';
import { globalApi } from '../../src/bundle/global-api.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldRow, shadowButton, statusLine, typeInto } from './ui.js';

type KitGlobal = typeof globalApi;
const BUNDLE = '/__bundles/wwe-components.bundle.js';
const kitGlobal = () => (window as Window & { WweComponents?: KitGlobal }).WweComponents;

/** Imports a script URL as a module; another URL (a query string) is another copy of the kit. */
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<unknown>;

describe('resilience: two copies of the kit on one page', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
  beforeEach(() => {
    ledger = new SettleLedger();
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    kit?.teardown();
  });

  it('two bundles and the ESM sources share one connection, define without error, and the elements of each work', async () => {
    kit = await connectKit({ dialDelay: 10 });
    await load(BUNDLE);
    const first = kitGlobal()!;
    expect(first).not.to.equal(undefined);
    // The second copy keeps the first global; clear it for a moment to see the second copy's own API.
    (window as Window & { WweComponents?: KitGlobal }).WweComponents = undefined;
    await load(`${BUNDLE}?copy=2`);
    const second = kitGlobal()!;
    (window as Window & { WweComponents?: KitGlobal }).WweComponents = first;
    expect(second, 'the second copy ran').not.to.equal(first);
    expect(second.getConnection).not.to.equal(first.getConnection);
    // And the ESM sources, whose define entries find every tag taken.
    await load('/src/elements/all.ts');
    expect(pageErrors, 'no define error').to.deep.equal([]);
    expect(ELEMENT_TAGS.every((tag) => customElements.get(tag) !== undefined)).to.equal(true);
    expect(customElements.get('wwe-dial-button'), 'the first copy owns the tags').not.to.equal(WweDialButton);

    // One connection: every copy's getConnection() is the one the test configured.
    expect([first.getConnection(), second.getConnection(), globalApi.getConnection()]).to.deep.equal([kit.connection, kit.connection, kit.connection]);

    // The ESM app registers its class under a tag of its own, beside the bundle's elements.
    WweDialButton.define('esm-dial-button');
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
    const bundleDial = await fixture<HTMLElement & { dial(): Promise<boolean> }>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    const esmDial = await fixture<WweDialButton>(staticHtml`<${unsafeStatic('esm-dial-button')} number="5002"></${unsafeStatic('esm-dial-button')}>`);
    const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes"></wwe-userdata-editor>`);
    expect(esmDial).to.be.instanceOf(WweDialButton);
    expect(bundleDial).not.to.be.instanceOf(WweDialButton);
    await waitFor(() => !shadowButton(bundleDial).disabled && !shadowButton(esmDial).disabled && fieldRow(editor, 'Notes') !== null, 'the elements of both copies');

    expect(await ledger.track('bundle dial', bundleDial.dial())).to.equal(true);
    expect(await ledger.track('esm dial', esmDial.dial())).to.equal(true);
    const saved = oneEvent(editor, 'wwe-userdata-change');
    typeInto(editor, 'Notes', 'saved by the bundle editor');
    await saved;

    // Errors cross copies too: the bundle's element understands the ESM connection's WweError.
    await kit.desktop.setFaults({ hostErrors: { 'voice.dial': 'Trunk down' } });
    expect(await ledger.track('bundle dial failing', bundleDial.dial())).to.equal(false);
    await (bundleDial as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(statusLine(bundleDial)).to.contain('Agent Desktop refused the request.').and.contain('Trunk down');

    // On the wire: one handshake, and one host subscription per channel for all the copies' stores.
    expect(await loggedRequests(kit.desktop, 'system.getAllowedServices')).to.have.length(1);
    const channels = (await kit.desktop.snapshot()).frames[0]!.subscriptions.flatMap((sub) => sub.channels);
    expect(channels.length).to.be.greaterThan(0);
    expect(new Set(channels).size, `channels held once each: ${channels.join(', ')}`).to.equal(channels.length);
    expect(pageErrors).to.deep.equal([]);
    await ledger.expectAllSettledOnce();
  });
});
