import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { globalApi } from '../../src/bundle/global-api.js';
import type { WweMarkdoneGuard } from '../../src/elements/markdone-guard/markdone-guard.component.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

/** What the independently built copy exports (test/fixtures/kit-copy.ts). */
type KitCopy = typeof import('../fixtures/kit-copy.js');
type Guard = WweMarkdoneGuard & HTMLElement;

/** Imports a script URL as a module: each URL is a separate copy. */
const load = (url: string) => import(/* @vite-ignore */ url) as Promise<unknown>;

/** The second copy's guard: `wwe-markdone-guard` belongs to the bundle, which loaded first. */
const COPY_GUARD = 'copy-markdone-guard';
const copyGuard = unsafeStatic(COPY_GUARD);

const stateText = (guard: Element) => guard.shadowRoot?.querySelector('[part="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const blocks = async (kit: KitOnDesktop) => (await kit.desktop.snapshot()).markdoneBlocks;
/** The keys the one block's warning names ("Fill in A, B before marking done."), in any order. */
const blockedKeys = async (kit: KitOnDesktop) => {
  const warning = (await blocks(kit))[0]?.warningMessage ?? '';
  return (/^Fill in (.*) before marking done\.$/.exec(warning)?.[1] ?? '').split(', ').filter(Boolean).sort().join();
};

/**
 * Two copies of the kit on one page hosted by the simulator: the one-file bundle (which defines
 * the wwe-* tags) and a copy bundled on its own, as two apps or two versions would bring. Each
 * has its own modules; what must be one per page lives on the page runtime.
 */
describe('resilience: two kit copies share the page runtime', () => {
  let bundle: typeof globalApi;
  let copy: KitCopy;
  let kit: KitOnDesktop;

  before(async () => {
    await load('/__bundles/wwe-components.bundle.js');
    bundle = (window as Window & { WweComponents?: typeof globalApi }).WweComponents!;
    copy = (await load('/__bundles/kit-copy.js')) as KitCopy;
    copy.WweMarkdoneGuard.define(COPY_GUARD);
  });

  beforeEach(async () => {
    kit = await connectKit({ dialDelay: 10 });
  });
  afterEach(() => kit.teardown());

  it('are two copies: their own classes and functions, one connection', () => {
    expect(customElements.get('wwe-markdone-guard')).not.to.equal(copy.WweMarkdoneGuard);
    expect(customElements.get(COPY_GUARD)).to.equal(copy.WweMarkdoneGuard);
    expect(copy.getStore).not.to.equal(bundle.getStore);
    expect(copy.registerTranslation).not.to.equal(bundle.registerTranslation);
    expect([bundle.getConnection(), copy.getConnection()]).to.deep.equal([kit.connection, kit.connection]);
  });

  it('two guards, one from each copy, keep ONE block on the desktop, lifted only when both are satisfied', async () => {
    const id = await kit.desktop.inboundCall({ ani: '5001', userData: {} });
    const fromBundle = await fixture<Guard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>`);
    await waitFor(async () => (await blocks(kit))[0]?.warningMessage === 'Fill in Disposition before marking done.', "the bundle guard's block");
    const statsWithOne = kit.connection.stats();
    const fetchesWithOne = (await loggedRequests(kit.desktop, 'interaction.getInteractions')).length;

    const fromCopy = await fixture<Guard>(staticHtml`<${copyGuard} interaction-id=${id} required-keys="CaseNote"></${copyGuard}>`);
    await waitFor(async () => (await blocks(kit))[0]?.warningMessage === 'Fill in Disposition, CaseNote before marking done.', 'the union of both copies');
    expect(await blocks(kit), 'one block').to.have.length(1);

    // One store: the copy's guard reads the bundle's, so it adds its own mark-done listener and
    // nothing else (a store of its own would listen to interactions and fetch them again).
    expect(copy.getStore()).to.equal(bundle.getStore());
    const statsWithTwo = kit.connection.stats();
    expect(statsWithTwo.listeners - statsWithOne.listeners, 'listeners added by the second guard').to.equal(1);
    expect(statsWithTwo.hostSubscriptions).to.equal(statsWithOne.hostSubscriptions);
    expect(await loggedRequests(kit.desktop, 'interaction.getInteractions')).to.have.length(fetchesWithOne);

    // The bundle's guard is satisfied: the copy's still needs its key, so the block stays.
    await kit.desktop.call('setUserData', id, { Disposition: 'Sale' });
    await waitFor(async () => (await blocks(kit))[0]?.warningMessage === 'Fill in CaseNote before marking done.', 'the narrowed block');
    await waitFor(() => stateText(fromBundle) === 'Mark done is blocked until these are filled: CaseNote', "the bundle guard naming the copy's key");
    expect(await loggedRequests(kit.desktop, 'interaction.unblockMarkdone'), 'no unblock while a copy still needs a key').to.deep.equal([]);

    // Now both are: one unblock lifts the one block.
    await kit.desktop.call('setUserData', id, { CaseNote: 'Called back' });
    await waitFor(async () => (await blocks(kit)).length === 0, 'the unblock');
    await waitFor(() => stateText(fromCopy) === 'Mark done is allowed' && stateText(fromBundle) === 'Mark done is allowed', 'both guards allowing');
    expect(await loggedRequests(kit.desktop, 'interaction.unblockMarkdone')).to.have.length(1);
    expect([fromBundle.blocked, fromCopy.blocked]).to.deep.equal([false, false]);
  });

  it("a guard of one copy leaving withdraws only its claim, never the other copy's block", async () => {
    const id = await kit.desktop.inboundCall({ ani: '5002', userData: {} });
    const holder = await fixture<HTMLDivElement>(staticHtml`<div>
      <wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>
      <${copyGuard} interaction-id=${id} required-keys="CaseNote"></${copyGuard}>
    </div>`);
    await waitFor(async () => (await blockedKeys(kit)) === 'CaseNote,Disposition', 'the union of both copies');
    holder.querySelector('wwe-markdone-guard')!.remove();
    await waitFor(async () => (await blocks(kit))[0]?.warningMessage === 'Fill in CaseNote before marking done.', "the copy's claim alone");
    expect(await loggedRequests(kit.desktop, 'interaction.unblockMarkdone')).to.deep.equal([]);
    holder.querySelector(COPY_GUARD)!.remove();
    await waitFor(async () => (await blocks(kit)).length === 0, 'the unblock once no guard is left');
  });

  it("a translation registered through one copy shows in the other copy's elements", async () => {
    const id = await kit.desktop.inboundCall({ ani: '5003', userData: { Disposition: 'Sale', CaseNote: 'Done' } });
    const holder = await fixture<HTMLDivElement>(staticHtml`<div lang="eo">
      <wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>
      <${copyGuard} interaction-id=${id} required-keys="CaseNote"></${copyGuard}>
    </div>`);
    const [fromBundle, fromCopy] = [holder.querySelector('wwe-markdone-guard')!, holder.querySelector(COPY_GUARD)!];
    await waitFor(() => stateText(fromBundle) === 'Mark done is allowed' && stateText(fromCopy) === 'Mark done is allowed', 'English, before any Esperanto');

    copy.registerTranslation({ code: 'eo', terms: { 'markdone.unblocked': 'Fini estas permesita' } });
    await waitFor(() => stateText(fromBundle) === 'Fini estas permesita', "the copy's registration in the bundle's guard");
    bundle.registerTranslation({ code: 'eo', terms: { 'markdone.unblocked': 'Fini estas ebla' } });
    await waitFor(() => stateText(fromCopy) === 'Fini estas ebla' && stateText(fromBundle) === 'Fini estas ebla', "the bundle's registration in both");
  });
});
