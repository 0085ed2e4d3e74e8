import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import { wwe } from '../../src/client/index.js';
import { createLegacyService } from '../../src/client/compat.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldButton, fieldInput, fieldMessage, fieldRow, statusLine, typeInto } from './ui.js';

type LegacyAgent = { get(...args: unknown[]): string };

async function editorOn(kit: KitOnDesktop) {
  const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
  const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes"></wwe-userdata-editor>`);
  await waitFor(() => fieldRow(editor, 'Notes') !== null, 'the editor');
  return { id, editor };
}

async function save(editor: WweUserdataEditor, value: string) {
  const saved = oneEvent(editor, 'wwe-userdata-change');
  typeInto(editor, 'Notes', value);
  await saved;
}

describe('resilience: rate limit and quarantine', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  beforeEach(() => (ledger = new SettleLedger()));
  afterEach(() => kit?.teardown());

  it('past the limit the desktop ignores the page: every request times out, input is kept; after the quarantine the retry saves', async () => {
    kit = await connectKit({ manualClock: true, rateLimitPerService: { 'interaction.setUserData': 2 }, rateLimitQuarantineSeconds: 30 }, 250);
    const { id, editor } = await editorOn(kit);
    await save(editor, 'first');
    await save(editor, 'second');

    const failed = oneEvent(editor, 'wwe-error');
    typeInto(editor, 'Notes', 'one too many');
    const service = createLegacyService();
    const legacy = ledger.callbacks('legacy agent.get');
    (service.agent as LegacyAgent).get(legacy.done, legacy.fail);
    const client = ledger.track('client', wwe.agent.get());
    expect((await failed).detail.error.code).to.equal('TIMEOUT');
    await ledger.expectAllSettledOnce();
    expect(ledger.outcome('legacy agent.get')).to.deep.equal({ ok: false, error: 'Request timeout' });
    expect(await client.catch((error: { code: string }) => error.code)).to.equal('TIMEOUT');
    await waitFor(() => fieldMessage(editor, 'Notes').startsWith('Not saved'), 'the failure');
    expect(fieldInput(editor, 'Notes').value).to.equal('one too many');
    expect(statusLine(editor)).to.contain('Agent Desktop did not answer in time.');
    const ignored = (await kit.desktop.messages()).filter((entry) => entry.kind === 'ignored' && entry.reason === 'rate-limit');
    expect(ignored.map((entry) => entry.name)).to.include.members(['interaction.setUserData', 'agent.get']);

    // Past the quarantine and the one-minute window, the same click works.
    await kit.desktop.advanceClock(61_000);
    const saved = oneEvent(editor, 'wwe-userdata-change');
    fieldButton(editor, 'Notes', 'retry-button')!.click();
    await saved;
    await editor.updateComplete;
    expect([fieldMessage(editor, 'Notes'), statusLine(editor)]).to.deep.equal(['', '']);
    const stored = (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === id)!;
    expect(stored.userData.Notes).to.equal('one too many');
    service.unload();
    await ledger.expectAllSettledOnce();
  });

  it('a forced quarantine (fault) looks the same to the user and lifts the same way', async () => {
    kit = await connectKit({}, 250);
    const { editor } = await editorOn(kit);
    await kit.desktop.setFaults({ forceQuarantine: true });
    typeInto(editor, 'Notes', 'quarantined');
    const client = ledger.track('client', wwe.agent.getState());
    await ledger.expectAllSettledOnce();
    expect(await client.catch((error: { code: string }) => error.code)).to.equal('TIMEOUT');
    await waitFor(() => fieldMessage(editor, 'Notes').startsWith('Not saved: Agent Desktop did not answer in time.'), 'the failure');
    expect(fieldInput(editor, 'Notes').value).to.equal('quarantined');

    await kit.desktop.setFaults({});
    const saved = oneEvent(editor, 'wwe-userdata-change');
    fieldButton(editor, 'Notes', 'retry-button')!.click();
    await saved;
    expect((await ledger.track('client again', wwe.agent.getState())).operationName).to.be.a('string');
    await editor.updateComplete;
    expect([fieldMessage(editor, 'Notes'), statusLine(editor)]).to.deep.equal(['', '']);
  });
});
