import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import { wwe } from '../../src/client/index.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldButton, fieldInput, fieldMessage, fieldRow, shadowButton, statusLine, typeInto } from './ui.js';

async function mountBoth(id: string) {
  const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
  const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes"></wwe-userdata-editor>`);
  await waitFor(() => !shadowButton(dial).disabled && fieldRow(editor, 'Notes') !== null && fieldInput(editor, 'Notes').value === 'old', 'the elements to be ready');
  return { dial, editor };
}

describe('resilience: a slow desktop', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  beforeEach(() => (ledger = new SettleLedger()));
  afterEach(() => kit?.teardown());

  it('answering within the timeout: the user sees busy and "Saving…", then the result; nothing is an error', async () => {
    kit = await connectKit({ dialDelay: 20 }, 2000);
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
    const { dial, editor } = await mountBoth(id);
    await kit.desktop.setFaults({ latencyMs: 250 });

    const dialed = ledger.track('dial', dial.dial());
    typeInto(editor, 'Notes', 'slow but sure');
    const agent = ledger.track('agent.get', wwe.agent.get());
    await Promise.all([dial.updateComplete, editor.updateComplete]);
    expect(shadowButton(dial).getAttribute('aria-busy')).to.equal('true');
    expect(shadowButton(dial).disabled).to.equal(true);
    expect(fieldMessage(editor, 'Notes')).to.equal('Saving…');
    expect(fieldInput(editor, 'Notes').readOnly).to.equal(true);
    expect(editor.committed.Notes, 'shown at once').to.equal('slow but sure');

    await ledger.expectAllSettledOnce();
    expect(await dialed).to.equal(true);
    expect((await agent).username).to.be.a('string');
    await waitFor(() => fieldMessage(editor, 'Notes') === '', 'the write to settle');
    await Promise.all([dial.updateComplete, editor.updateComplete]);
    expect(shadowButton(dial).getAttribute('aria-busy')).to.equal('false');
    expect([statusLine(dial), statusLine(editor)]).to.deep.equal(['', '']);
    const stored = (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === id)!;
    expect(stored.userData.Notes).to.equal('slow but sure');
    expect(kit.connection.stats().pendingRequests).to.equal(0);
  });

  it('answering after the timeout: TIMEOUT is shown, the input kept, the late answers ignored; once fast again the same actions succeed', async () => {
    kit = await connectKit({ dialDelay: 20 }, 200);
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
    const { dial, editor } = await mountBoth(id);
    await kit.desktop.setFaults({ latencyMs: 600, hostErrors: { 'interaction.setUserData': 'never applied' } });

    const dialError = oneEvent(dial, 'wwe-error');
    const dialed = ledger.track('dial', dial.dial());
    typeInto(editor, 'Notes', 'typed while slow');
    const agent = ledger.track('agent.get', wwe.agent.get());
    await ledger.expectAllSettledOnce();
    expect(await dialed).to.equal(false);
    expect((await dialError).detail.error.code).to.equal('TIMEOUT');
    expect(ledger.outcome('agent.get')).to.deep.include({ ok: false });
    expect(await agent.catch((error: { code: string }) => error.code)).to.equal('TIMEOUT');
    await waitFor(() => fieldMessage(editor, 'Notes').startsWith('Not saved'), 'the failed write');
    await dial.updateComplete;
    expect(statusLine(dial)).to.contain('Agent Desktop did not answer in time.');
    expect(statusLine(editor)).to.contain('Agent Desktop did not answer in time.');
    expect(fieldMessage(editor, 'Notes')).to.contain('Not saved: Agent Desktop did not answer in time.').and.contain('In Agent Desktop: old');
    expect(fieldInput(editor, 'Notes').value, 'the input is kept').to.equal('typed while slow');
    expect(editor.value.Notes).to.equal('typed while slow');

    // The desktop answers at last: nothing of ours is pending any more, so the answers only count.
    await waitFor(() => kit.connection.stats().unmatchedResponses >= 3, 'the late answers');
    expect(kit.connection.stats().pendingRequests).to.equal(0);
    expect(fieldInput(editor, 'Notes').value).to.equal('typed while slow');

    await kit.desktop.setFaults({});
    expect(await ledger.track('dial again', dial.dial())).to.equal(true);
    const saved = oneEvent(editor, 'wwe-userdata-change');
    fieldButton(editor, 'Notes', 'retry-button')!.click();
    expect((await saved).detail.changes).to.deep.equal({ Notes: 'typed while slow' });
    await Promise.all([dial.updateComplete, editor.updateComplete]);
    expect([statusLine(dial), statusLine(editor), fieldMessage(editor, 'Notes')]).to.deep.equal(['', '', '']);
    await ledger.expectAllSettledOnce();
  });
});
