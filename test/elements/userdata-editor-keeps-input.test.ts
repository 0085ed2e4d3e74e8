import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { control, desktopData, messageOf, partIn, row, typeInto, typeNumbers } from './userdata-editor-dom.js';

/**
 * The editor never loses what the user typed (issue #13, item 1), through the simulator: a real
 * cross-origin desktop frame and real postMessage.
 */


describe('<wwe-userdata-editor> never loses an edit', () => {
  let kit: KitOnDesktop;
  let id: string;
  afterEach(() => kit?.teardown());
  beforeEach(async () => {
    kit = await connectKit({}, 2000);
    id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old', Amount: 5, Reason: 'none' } });
  });

  async function editor(template = html`<wwe-userdata-editor interaction-id=${id} keys="Notes, Reason"></wwe-userdata-editor>`) {
    const el = await fixture<WweUserdataEditor>(template);
    await waitFor(() => row(el, 'Notes') !== null && control(el, 'Notes').value !== '', 'the editor to show the call');
    return el;
  }

  for (const lang of ['fr', 'de']) {
    it(`stores what a number typed in a lang="${lang}" page means, the decimal comma included`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div lang=${lang}><wwe-userdata-editor interaction-id=${id} keys='[{"key":"Amount","type":"number"}]'></wwe-userdata-editor></div>`);
      const el = host.querySelector('wwe-userdata-editor')!;
      await waitFor(() => row(el, 'Amount') !== null, 'the editor to show the call');
      const cases: Array<[typed: string, stored: number]> = [['1,5', 1.5], ['1.5', 1.5], ['0.05', 0.05], ['-3', -3], ['1e3', 1000], ['-0,25', -0.25]];
      await typeNumbers(kit, el, id, 'Amount', cases);
    });
  }

  it('keeps a draft while another interaction is shown, and shows on return what the desktop changed meanwhile', async () => {
    const other = await kit.desktop.inboundCall({ ani: '+33298000001', userData: { Notes: 'second call', Reason: 'other' } });
    const el = await editor();
    typeInto(el, 'Notes', 'my draft', false);
    el.interactionId = other;
    await waitFor(() => control(el, 'Notes').value === 'second call', 'the second call');
    expect(el.value).to.deep.equal({ Notes: 'second call', Reason: 'other' });
    await kit.desktop.call('setUserData', id, { Notes: 'changed while away', Reason: 'also changed' });
    await waitFor(async () => (await desktopData(kit, id)).Notes === 'changed while away', 'the desktop change');
    el.interactionId = id;
    await waitFor(() => control(el, 'Reason').value === 'also changed', 'the first call again, up to date');
    expect(control(el, 'Notes').value).to.equal('my draft');
    expect(messageOf(el, 'Notes')).to.contain('In Agent Desktop: changed while away');
    const saved = oneEvent(el, 'wwe-userdata-change');
    partIn(el, 'Notes', 'keep-mine-button')!.click();
    await saved;
    expect((await desktopData(kit, id)).Notes).to.equal('my draft');
  });

  it('keeps uncommitted input when the desktop passes by the same value, and raises the conflict when it moves on', async () => {
    const el = await editor();
    typeInto(el, 'Notes', 'same', false);
    await kit.desktop.call('setUserData', id, { Notes: 'same' });
    await waitFor(() => el.committed.Notes === 'same', 'the desktop value to reach the editor');
    await kit.desktop.call('setUserData', id, { Notes: 'moved on' });
    await waitFor(() => partIn(el, 'Notes', 'conflict') !== null, 'the conflict');
    expect(control(el, 'Notes').value).to.equal('same');
    expect(el.value.Notes).to.equal('same');
    expect(messageOf(el, 'Notes')).to.contain('In Agent Desktop: moved on');
  });

  it('keeps a draft and a write in flight when the element is moved in the DOM', async () => {
    const el = await editor();
    const elsewhere = await fixture<HTMLElement>(html`<section></section>`);
    typeInto(el, 'Reason', 'drafted before the move', false);
    await kit.desktop.setFaults({ latencyMs: 300 });
    typeInto(el, 'Notes', 'saving across the move', true);
    await waitFor(async () => (await loggedRequests(kit.desktop, 'interaction.setUserData')).length === 1, 'the write to reach the desktop');
    const saved = oneEvent(el, 'wwe-userdata-change');
    // Disconnected and connected again in the same task.
    elsewhere.append(el);
    await el.updateComplete;
    expect(control(el, 'Reason').value).to.equal('drafted before the move');
    expect((await saved).detail.changes).to.deep.equal({ Notes: 'saving across the move' });
    await waitFor(() => messageOf(el, 'Notes') === '', 'the write to settle in the moved element');
    expect([control(el, 'Notes').value, el.committed.Notes, control(el, 'Reason').value]).to.deep.equal(['saving across the move', 'saving across the move', 'drafted before the move']);
    // Still bound to the desktop after the move.
    await kit.desktop.setFaults({});
    await kit.desktop.call('setUserData', id, { Reason: 'desktop after the move' });
    await waitFor(() => partIn(el, 'Reason', 'conflict') !== null, 'the desktop change to reach the moved element');
    expect(control(el, 'Reason').value).to.equal('drafted before the move');
  });

  it('keeps a draft through a desktop reload and its new handshake, then saves it', async () => {
    const el = await editor();
    typeInto(el, 'Notes', 'typed before the reload', false);
    const frameBefore = kit.connection.frameId;
    const subscribes = async () => (await kit.desktop.messages()).filter((entry) => entry.direction === 'in' && entry.kind === 'subscribe').length;
    const subscribedBefore = await subscribes();
    await kit.desktop.reload();
    await waitFor(() => kit.connection.state === 'ready' && kit.connection.frameId !== frameBefore, 'the new handshake');
    // A reloaded desktop forgot the page's subscriptions: a change it makes before the page
    // subscribes again is heard by nobody (as on a real desktop), so the test changes after.
    await waitFor(async () => (await subscribes()) > subscribedBefore, 'the page subscribed again');
    await kit.desktop.call('setUserData', id, { Reason: 'after the reload' });
    await waitFor(() => control(el, 'Reason').value === 'after the reload', 'the editor to follow the desktop again');
    expect([control(el, 'Notes').value, messageOf(el, 'Notes')]).to.deep.equal(['typed before the reload', '']);
    const saved = oneEvent(el, 'wwe-userdata-change');
    typeInto(el, 'Notes', 'typed before the reload', true);
    await saved;
    expect((await desktopData(kit, id)).Notes).to.equal('typed before the reload');
  });

  it('shows no stale conflict when the desktop changes a key just before applying the write in flight, and never writes the old value back', async () => {
    const el = await editor();
    await kit.desktop.setFaults({ latencyMs: 400 });
    const saved = oneEvent(el, 'wwe-userdata-change');
    typeInto(el, 'Notes', 'mine', true);
    await waitFor(async () => (await loggedRequests(kit.desktop, 'interaction.setUserData')).length === 1, 'the write to reach the desktop');
    // Another party's change, applied while ours waits in the desktop's queue.
    await kit.desktop.call('setUserData', id, { Notes: 'theirs' });
    await saved;
    await waitFor(() => messageOf(el, 'Notes') === '', 'the write to settle');
    expect((await desktopData(kit, id)).Notes).to.equal('mine');
    expect([control(el, 'Notes').value, el.committed.Notes]).to.deep.equal(['mine', 'mine']);
    expect(partIn(el, 'Notes', 'conflict')).to.equal(null);
    expect(partIn(el, 'Notes', 'use-desktop-button')).to.equal(null);
    expect(await loggedRequests(kit.desktop, 'interaction.setUserData')).to.have.length(1);
  });
});
