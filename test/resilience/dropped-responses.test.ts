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

type LegacyInteraction = { setUserData(...args: unknown[]): string };

// A second's timeout: short, so a dropped answer is declared soon, yet long enough that answers the
// desktop does send are not declared lost on a loaded machine.
describe('resilience: dropped responses', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  beforeEach(() => (ledger = new SettleLedger()));
  afterEach(() => kit?.teardown());

  it('a write the desktop applied but never answered: TIMEOUT said, and the input stays as what the desktop holds', async () => {
    kit = await connectKit({}, 1000);
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old', Reason: 'none' } });
    const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes, Reason"></wwe-userdata-editor>`);
    await waitFor(() => fieldRow(editor, 'Notes') !== null, 'the editor');
    const service = createLegacyService();
    await kit.desktop.setFaults({ dropResponses: 2, dropPattern: 'interaction.setUserData' });

    const failed = oneEvent(editor, 'wwe-error');
    typeInto(editor, 'Notes', 'answer lost');
    const legacy = ledger.callbacks('legacy setUserData');
    (service.interaction as LegacyInteraction).setUserData(id, { Reason: 'legacy write' }, legacy.done, legacy.fail);
    // Only the matching request loses its answer.
    expect((await ledger.track('agent.get', wwe.agent.get())).username).to.be.a('string');

    expect((await failed).detail.error.code).to.equal('TIMEOUT');
    expect(await ledger.outcomeOf('legacy setUserData')).to.deep.equal({ ok: false, error: 'Request timeout' });
    // The desktop did apply it, and its event said so (before or after the timeout): the value is
    // the desktop's now, so nothing is "not saved", and nothing asks to write it again.
    await waitFor(() => fieldMessage(editor, 'Notes') === '' && fieldInput(editor, 'Notes').value === 'answer lost', 'the input kept as the desktop value');
    expect(fieldButton(editor, 'Notes', 'retry-button')).to.equal(null);
    expect((await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === id)!.userData.Notes).to.equal('answer lost');
    expect(statusLine(editor)).to.contain('Agent Desktop did not answer in time.');
    await waitFor(() => fieldInput(editor, 'Reason').value === 'legacy write', 'the legacy write to show through the event');
    expect(await loggedRequests(kit.desktop, 'interaction.setUserData')).to.have.length(2);
    service.unload();
    await ledger.expectAllSettledOnce();
    expect(kit.connection.stats().pendingRequests).to.equal(0);
  });

  it('a dial whose answer is lost: TIMEOUT though the call exists (outcome unknown, said so); the next dial succeeds', async () => {
    kit = await connectKit({ dialDelay: 10 }, 1000);
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5002"></wwe-dial-button>`);
    await waitFor(() => !shadowButton(dial).disabled, 'the button');
    await kit.desktop.setFaults({ dropResponses: 2, dropPattern: 'voice.*' });

    const dialed = ledger.track('button dial', dial.dial());
    const client = ledger.track('client dial', wwe.voice.dial('5003'));
    await ledger.expectAllSettledOnce();
    expect(await dialed).to.equal(false);
    expect(await client.catch((error: { code: string }) => error.code)).to.equal('TIMEOUT');
    await dial.updateComplete;
    expect(statusLine(dial)).to.contain('Agent Desktop did not answer in time.');
    expect(shadowButton(dial).disabled, 'usable again at once').to.equal(false);
    const calls = (await kit.desktop.snapshot()).interactions.map((ixn) => ixn.dnis);
    expect(calls).to.include.members(['5002', '5003']);

    expect(await ledger.track('button dial again', dial.dial())).to.equal(true);
    await dial.updateComplete;
    expect(statusLine(dial)).to.equal('');
    await ledger.expectAllSettledOnce();
  });
});
