import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import '../../src/elements/recording-control/recording-control.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweRecordingControl } from '../../src/elements/recording-control/recording-control.js';
import { wwe } from '../../src/client/index.js';
import { createLegacyService } from '../../src/client/compat.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldButton, fieldInput, fieldMessage, fieldRow, shadowButton, statusLine, typeInto } from './ui.js';

type LegacyVoice = { startCallRecording(...args: unknown[]): string };

describe('resilience: host errors', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  beforeEach(() => (ledger = new SettleLedger()));
  afterEach(() => kit?.teardown());

  it('every element shows the desktop message beside the explanation, keeps the input, and works once the desktop does', async () => {
    kit = await connectKit({ dialDelay: 10 });
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
    await kit.desktop.call('answer', id);
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes"></wwe-userdata-editor>`);
    const recording = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
    const startButton = () => recording.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="start"]');
    await waitFor(() => !shadowButton(dial).disabled && fieldRow(editor, 'Notes') !== null && startButton()?.disabled === false, 'the elements');
    await kit.desktop.setFaults({
      hostErrors: { 'voice.dial': 'Line 5001 is busy', 'voice.startCallRecording': 'Recorder offline', 'interaction.setUserData': 'CRM backend down' },
    });
    const service = createLegacyService();

    const editorError = oneEvent(editor, 'wwe-error');
    typeInto(editor, 'Notes', 'precious words');
    const dialed = ledger.track('dial', dial.dial());
    const recorded = ledger.track('record', recording.start());
    const client = ledger.track('client', wwe.voice.dial('5009'));
    const legacy = ledger.callbacks('legacy');
    (service.voice as LegacyVoice).startCallRecording(id, legacy.done, legacy.fail);
    await ledger.expectAllSettledOnce();
    expect([await dialed, await recorded]).to.deep.equal([false, false]);
    expect(await client.catch((error: { code: string; message: string }) => `${error.code}: ${error.message}`)).to.equal('HOST_ERROR: Line 5001 is busy');
    expect(ledger.outcome('legacy')).to.deep.equal({ ok: false, error: { errorMessage: 'Recorder offline', userAgent: 'WWE Agent Desktop Simulator' } });
    expect((await editorError).detail.error.code).to.equal('HOST_ERROR');
    await Promise.all([dial.updateComplete, editor.updateComplete, recording.updateComplete]);
    expect(statusLine(dial)).to.contain('Agent Desktop refused the request.').and.contain('Line 5001 is busy');
    expect(statusLine(recording)).to.contain('Agent Desktop refused the request.').and.contain('Recorder offline');
    expect(statusLine(editor)).to.contain('CRM backend down');
    expect(fieldMessage(editor, 'Notes')).to.contain('Not saved: Agent Desktop refused the request.').and.contain('In Agent Desktop: old');
    expect(fieldInput(editor, 'Notes').value).to.equal('precious words');
    expect(recording.recordingState).to.equal('STOPPED');

    await kit.desktop.setFaults({});
    const saved = oneEvent(editor, 'wwe-userdata-change');
    fieldButton(editor, 'Notes', 'retry-button')!.click();
    expect((await saved).detail.changes).to.deep.equal({ Notes: 'precious words' });
    expect(await ledger.track('dial again', dial.dial())).to.equal(true);
    expect(await ledger.track('record again', recording.start())).to.equal(true);
    await waitFor(() => recording.recordingState === 'RECORDING', 'the recording');
    await Promise.all([dial.updateComplete, editor.updateComplete, recording.updateComplete]);
    expect([statusLine(dial), statusLine(editor), statusLine(recording), fieldMessage(editor, 'Notes')]).to.deep.equal(['', '', '', '']);
    service.unload();
    await ledger.expectAllSettledOnce();
  });
});
