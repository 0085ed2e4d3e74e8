import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/markdone-guard/markdone-guard.js';
import type { WweMarkdoneGuard } from '../../src/elements/markdone-guard/markdone-guard.js';
import { keyListAttribute, missingKeys } from '../../src/elements/markdone-guard/required-keys.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const root = (el: WweMarkdoneGuard) => el.shadowRoot!;
const stateText = (el: WweMarkdoneGuard) => root(el).querySelector('[part="state"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const missingShown = (el: WweMarkdoneGuard) => [...root(el).querySelectorAll('[part="missing"] li')].map((item) => item.textContent);
/** The announcements region (not the state line, which is a live region of its own). */
const liveText = (el: WweMarkdoneGuard) => root(el).querySelector('.visually-hidden[role="status"][aria-live]')!.textContent!.trim();
const statusText = (el: WweMarkdoneGuard) => root(el).querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parameters = async (kit: KitOnDesktop, name: string) => (await loggedRequests(kit.desktop, name)).map((entry) => (entry.payload as { parameters: unknown[] }).parameters);
const blocks = async (kit: KitOnDesktop) => (await kit.desktop.snapshot()).markdoneBlocks;

describe('<wwe-markdone-guard>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit({ dialDelay: 20 });
    });
    afterEach(() => kit.teardown());

    it('lets two guards on one call share the block: the desktop hears the union, and one guard never unblocks the other', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001', userData: {} });
      const root = await fixture<HTMLDivElement>(html`<div>
        <wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>
        <wwe-markdone-guard interaction-id=${id} required-keys="CaseNote"></wwe-markdone-guard>
      </div>`);
      const [first, second] = [...root.querySelectorAll('wwe-markdone-guard')] as [WweMarkdoneGuard, WweMarkdoneGuard];
      await waitFor(async () => (await blocks(kit))[0]?.warningMessage === 'Fill in Disposition, CaseNote before marking done.', 'the union of both guards');

      // The first guard is satisfied; the second still needs its key, so the block stays.
      await kit.desktop.call('setUserData', id, { Disposition: 'Sale' });
      await waitFor(async () => (await blocks(kit))[0]?.warningMessage === 'Fill in CaseNote before marking done.', 'the narrowed block');
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.deep.equal([]);
      await first.updateComplete;
      expect(first.blocked).to.equal(true);
      expect(stateText(first)).to.equal('Mark done is blocked until these are filled: CaseNote');

      // The guard that still needs its key leaves: it withdraws its claim, and only then is the call unblocked.
      second.remove();
      await waitFor(async () => (await blocks(kit)).length === 0, 'the unblock');
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.deep.equal([[id]]);
      expect(statusText(first)).to.equal('');
    });

    it('blocks mark done while required keys are blank, re-warns as they fill, and unblocks once all are filled', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001', userData: { Disposition: '  ' } });
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition, CaseNote"></wwe-markdone-guard>`);
      const blocked = await oneEvent(el, 'wwe-markdone-guard-change');
      expect(blocked.detail).to.deep.equal({ interactionId: id, blocked: true, missingKeys: ['Disposition', 'CaseNote'] });
      expect(await parameters(kit, 'interaction.blockMarkdone')).to.deep.equal([[id, 'Fill in Disposition, CaseNote before marking done.']]);
      expect(await blocks(kit)).to.deep.equal([{ interactionId: id, warningMessage: 'Fill in Disposition, CaseNote before marking done.' }]);
      await el.updateComplete;
      expect(el.blocked).to.equal(true);
      expect(stateText(el)).to.equal('Mark done is blocked until these are filled: Disposition, CaseNote');
      expect(missingShown(el)).to.deep.equal(['Disposition', 'CaseNote']);

      setTimeout(() => void kit.desktop.call('setUserData', id, { Disposition: 'Sale' }));
      const narrowed = await oneEvent(el, 'wwe-markdone-guard-change');
      expect(narrowed.detail).to.deep.equal({ interactionId: id, blocked: true, missingKeys: ['CaseNote'] });
      expect((await blocks(kit))[0]!.warningMessage).to.equal('Fill in CaseNote before marking done.');

      setTimeout(() => void kit.desktop.call('setUserData', id, { CaseNote: 'Called back' }));
      const unblocked = await oneEvent(el, 'wwe-markdone-guard-change');
      expect(unblocked.detail).to.deep.equal({ interactionId: id, blocked: false, missingKeys: [] });
      expect(await blocks(kit)).to.deep.equal([]);
      await el.updateComplete;
      expect(stateText(el)).to.equal('Mark done is allowed');
      // Said once: by the state line, a live region; the announcements region does not repeat it.
      expect(root(el).querySelector('[part="state"]')!.getAttribute('role')).to.equal('status');
      expect(liveText(el)).to.equal('');

      // More changes in the same state send nothing more.
      await kit.desktop.call('setUserData', id, { Other: 'x' });
      await kit.desktop.call('answer', id);
      await waitFor(() => el.interaction?.state === 'ESTABLISHED', 'the answered call');
      expect(await parameters(kit, 'interaction.blockMarkdone')).to.have.length(2);
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.deep.equal([[id]]);
    });

    it('is the same from properties, and sends nothing while nothing is missing', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001', userData: { Reason: 'Billing' } });
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard></wwe-markdone-guard>`);
      el.interactionId = id;
      el.requiredKeys = ['Reason'];
      await waitFor(() => stateText(el) === 'Mark done is allowed', 'the allowed state');
      el.requiredKeys = ['Reason', 'Outcome'];
      const blocked = await oneEvent(el, 'wwe-markdone-guard-change');
      expect(blocked.detail.missingKeys).to.deep.equal(['Outcome']);
      expect(await parameters(kit, 'interaction.blockMarkdone')).to.deep.equal([[id, 'Fill in Outcome before marking done.']]);
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.have.length(0);
    });

    it('unblocks when it leaves the page', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>`);
      await oneEvent(el, 'wwe-markdone-guard-change');
      el.remove();
      await waitFor(async () => (await blocks(kit)).length === 0, 'the unblock');
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.deep.equal([[id]]);
    });

    it('moves its block when the target interaction changes, and keeps a released call guarded', async () => {
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard required-keys="Disposition"></wwe-markdone-guard>`);
      await waitFor(() => kit.connection.state === 'ready', 'ready');
      const first = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', first);
      await waitFor(async () => (await blocks(kit)).some((block) => block.interactionId === first), 'the first block');
      await kit.desktop.call('hangUp', first);
      await waitFor(() => el.interaction?.state === 'RELEASED', 'the released call');
      expect(el.blocked, 'a released call still needs its data').to.equal(true);
      const second = await kit.desktop.inboundCall({ ani: '5002' });
      await waitFor(async () => (await blocks(kit)).map((block) => block.interactionId).join() === second, 'the block to move');
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.deep.equal([[first]]);
    });

    it('says when the agent tries to mark done while blocked', async () => {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      await kit.desktop.call('answer', id);
      await kit.desktop.call('hangUp', id);
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>`);
      await oneEvent(el, 'wwe-markdone-guard-change');
      const refused = await kit.desktop.call('markDone', id).then(
        () => false,
        () => true,
      );
      expect(refused).to.equal(true);
      await waitFor(() => liveText(el) === 'Mark done was refused: fill in Disposition.', 'the announcement');
    });

    it('shows the failure, fires wwe-error, and tries again at the next change', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'interaction.blockMarkdone': 'Too many blocks' } });
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>`);
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail.action).to.equal('interaction.blockMarkdone');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Too many blocks');
      expect(el.blocked).to.equal(false);
      await kit.desktop.setFaults({});
      setTimeout(() => void kit.desktop.call('setUserData', id, { Note: 'x' }));
      expect((await oneEvent(el, 'wwe-markdone-guard-change')).detail.blocked).to.equal(true);
    });
  });

  it('notes a block the desktop lifted after its timeout and sends no unblock it would refuse', async () => {
    const kit = await connectKit({ blockMarkdoneTimeout: 150 });
    try {
      const id = await kit.desktop.inboundCall({ ani: '5001' });
      const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>`);
      expect((await oneEvent(el, 'wwe-markdone-guard-change')).detail.blocked).to.equal(true);
      const lifted = await oneEvent(el, 'wwe-markdone-guard-change');
      expect(lifted.detail).to.deep.equal({ interactionId: id, blocked: false, missingKeys: ['Disposition'] });
      await el.updateComplete;
      expect(root(el).querySelector('.note')!.textContent).to.equal('Agent Desktop lifted the block after its timeout.');
      await kit.desktop.call('setUserData', id, { Disposition: 'Sale' });
      await waitFor(() => el.missingKeys.length === 0, 'the filled key');
      el.remove();
      expect(await parameters(kit, 'interaction.unblockMarkdone')).to.have.length(0);
    } finally {
      kit.teardown();
    }
  });

  describe('required keys', () => {
    it('parses the attribute and counts only own, non-blank values as filled', () => {
      expect(keyListAttribute.fromAttribute!(' A, ,B,A ', Array)).to.deep.equal(['A', 'B']);
      expect(keyListAttribute.toAttribute!(['A', 'B'], Array)).to.equal('A,B');
      const userData = JSON.parse('{"A":"x","B":"","C":null,"D":[],"E":{},"F":0,"G":false}') as Record<string, never>;
      expect(missingKeys(userData, ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', '__proto__', 'toString'])).to.deep.equal(['B', 'C', 'D', 'E', 'H', '__proto__', 'toString']);
    });
  });
});
