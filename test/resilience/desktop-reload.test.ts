import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import { wwe } from '../../src/client/index.js';
import { createLegacyService } from '../../src/client/compat.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldButton, fieldInput, fieldMessage, fieldRow, shadowButton, statusLine, typeInto } from './ui.js';

type LegacyAgent = { get(...args: unknown[]): string };

describe('resilience: the desktop reloads in the middle of a request', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  beforeEach(() => (ledger = new SettleLedger()));
  afterEach(() => kit?.teardown());

  it('rejects what was in flight with DESKTOP_RELOADED, keeps the input, subscribes again, and the same actions then succeed', async () => {
    kit = await connectKit({ dialDelay: 10 }, 2000);
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old', Reason: 'none' } });
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes, Reason"></wwe-userdata-editor>`);
    await waitFor(() => !shadowButton(dial).disabled && fieldRow(editor, 'Notes') !== null, 'the elements');
    const service = createLegacyService();
    const legacyEvents: unknown[] = [];
    service.subscribe('interaction', (message) => legacyEvents.push(message));
    await waitFor(() => kit.connection.channelStatus('interaction') === 'active', 'the subscriptions');
    const subscribedChannels = async () => (await kit.desktop.snapshot()).frames[0]!.subscriptions.flatMap((sub) => sub.channels).sort();
    const channelsBefore = await subscribedChannels();
    const frameBefore = kit.connection.frameId;

    await kit.desktop.setFaults({ latencyMs: 400 });
    typeInto(editor, 'Notes', 'typed before the reload');
    const dialed = ledger.track('dial', dial.dial());
    const client = ledger.track('client', wwe.agent.get());
    const legacy = ledger.callbacks('legacy');
    (service.agent as LegacyAgent).get(legacy.done, legacy.fail);
    await waitFor(async () => (await loggedRequests(kit.desktop, 'interaction.setUserData')).length === 1, 'the write to reach the desktop');
    await kit.desktop.reload();

    await ledger.expectAllSettledOnce();
    expect(await dialed).to.equal(false);
    expect(await client.catch((error: { code: string }) => error.code)).to.equal('DESKTOP_RELOADED');
    expect(ledger.outcome('legacy')).to.deep.include({ ok: false });
    expect((ledger.outcome('legacy') as { error: { code: string } }).error.code).to.equal('DESKTOP_RELOADED');
    await waitFor(() => fieldMessage(editor, 'Notes').startsWith('Not saved'), 'the failure under the field');
    await dial.updateComplete;
    expect(fieldMessage(editor, 'Notes')).to.contain('Not saved: Agent Desktop reloaded; try again.').and.contain('In Agent Desktop: old');
    expect(fieldInput(editor, 'Notes').value).to.equal('typed before the reload');
    expect(statusLine(dial)).to.contain('Agent Desktop reloaded; try again.');

    // The connection handshakes again under the new frameId and every channel is held again.
    await waitFor(() => kit.connection.state === 'ready' && kit.connection.frameId !== frameBefore, 'the new handshake');
    await waitFor(async () => (await subscribedChannels()).join() === channelsBefore.join(), 'the channels again');
    await kit.desktop.setFaults({});
    const eventsBefore = legacyEvents.length;
    await kit.desktop.call('setUserData', id, { Reason: 'set in the desktop after the reload' });
    await waitFor(() => fieldInput(editor, 'Reason').value === 'set in the desktop after the reload', 'the element to hear the desktop');
    await waitFor(() => legacyEvents.length > eventsBefore, 'the legacy handler to hear it');

    const saved = oneEvent(editor, 'wwe-userdata-change');
    fieldButton(editor, 'Notes', 'retry-button')!.click();
    expect((await saved).detail.changes).to.deep.equal({ Notes: 'typed before the reload' });
    expect(await ledger.track('dial again', dial.dial())).to.equal(true);
    await Promise.all([dial.updateComplete, editor.updateComplete]);
    expect([statusLine(dial), statusLine(editor), fieldMessage(editor, 'Notes')]).to.deep.equal(['', '', '']);
    service.unload();
    await ledger.expectAllSettledOnce();
    expect(kit.connection.stats().pendingRequests).to.equal(0);
  });
});
