import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import '../../src/elements/connection-status/connection-status.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import { configure, getConnection, type WweConnection } from '../../src/connection/index.js';
import { wwe } from '../../src/client/index.js';
import { createLegacyService } from '../../src/client/compat.js';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldButton, fieldInput, fieldMessage, fieldRow, shadowButton, statusLine, typeInto } from './ui.js';

type LegacyVoice = { dial(...args: unknown[]): string };
const ELSEWHERE = 'https://crm.example.com';
const errorCode = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: { code: string }) => error.code);

describe('resilience: a forbidden origin', () => {
  let ledger: SettleLedger;
  beforeEach(() => (ledger = new SettleLedger()));

  describe('refused from the first message', () => {
    let desktop: RemoteDesktop;
    let connection: WweConnection;
    beforeEach(async () => {
      getConnection().dispose();
      // The desktop ignores a refused origin: requests are still sent, and each waits its own timeout.
      desktop = await openDesktop({ acceptedOrigins: ELSEWHERE, dialDelay: 10 }, (desktopWindow, origin) => {
        connection = configure({ target: desktopWindow, desktopOrigin: origin, timeout: 300, handshakeTimeout: 200 });
      });
    });
    afterEach(() => {
      connection.dispose();
      desktop.dispose();
    });

    it('the desktop is there (it posted the frameId) but ignores the page: requests still go out and time out once each; accepting the origin brings them through', async () => {
      const status = await fixture<WweConnectionStatus>(html`<wwe-connection></wwe-connection>`);
      const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      expect(await errorCode(ledger.track('connect', connection.connect()))).to.equal('resolved');
      await Promise.all([status.updateComplete, dial.updateComplete]);
      expect(shadowButton(dial).disabled).to.equal(false);

      const service = createLegacyService();
      const legacy = ledger.callbacks('legacy');
      (service.voice as LegacyVoice).dial('5001', legacy.done, legacy.fail);
      const dialed = ledger.track('dial', dial.dial());
      const client = ledger.track('client', wwe.voice.dial('5001'));
      await ledger.expectAllSettledOnce(5000);
      expect(await dialed).to.equal(false);
      expect(await errorCode(client)).to.equal('TIMEOUT');
      expect((ledger.outcome('legacy') as { error: unknown }).error).to.equal('Request timeout');
      const refused = (await desktop.messages()).filter((entry) => entry.kind === 'rejected' && entry.reason === 'origin-not-accepted');
      expect(refused.length, 'the probe and the three dials reached the desktop, which refused them').to.equal(4);
      await dial.updateComplete;
      expect(statusLine(dial)).to.equal('Agent Desktop did not answer in time. Dismiss');

      await desktop.call('setAcceptedOrigins', location.origin);
      shadowButton(status, '[part="reconnect"]').click();
      await waitFor(() => connection.state === 'ready' && connection.allowedServices !== undefined, 'the reconnection with the probe answered');
      expect(await ledger.track('dial again', dial.dial())).to.equal(true);
      await dial.updateComplete;
      expect(statusLine(dial)).to.equal('');
      service.unload();
      await ledger.expectAllSettledOnce();
    });

    it('recovers by itself when the desktop reloads with the origin accepted', async () => {
      const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      expect(await ledger.track('ignored dial', dial.dial())).to.equal(false);
      await desktop.call('setAcceptedOrigins', location.origin);
      const before = connection.frameId;
      await desktop.reload();
      // A real reload takes seconds; this one is instant, so wait for its new frameId to arrive.
      await waitFor(() => connection.frameId !== before && connection.state === 'ready' && !shadowButton(dial).disabled, 'the connection after the reload');
      expect(await ledger.track('dial', dial.dial())).to.equal(true);
      await ledger.expectAllSettledOnce();
    });
  });

  describe('accepted with a service filter, or revoked mid-session', () => {
    let kit: KitOnDesktop;
    afterEach(() => kit?.teardown());

    it('a filtered request is refused before it is sent (DENIED) and the button says why; lifting the filter and reconnecting enables it', async () => {
      kit = await connectKit({ acceptedOrigins: `${location.origin} (agent.*, system.*, interaction.*)`, dialDelay: 10 });
      const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      // The allowed list comes with the probe's answer, which may follow the frameId that made the page ready.
      await waitFor(() => shadowButton(dial).disabled, 'the denial to show');
      expect(statusLine(dial)).to.equal('Not allowed by the Agent Desktop security configuration');
      const denied = oneEvent(dial, 'wwe-error');
      expect(await ledger.track('dial', dial.dial())).to.equal(false);
      expect((await denied).detail.error.code).to.equal('DENIED');
      expect(await errorCode(ledger.track('client', wwe.voice.dial('5001')))).to.equal('DENIED');
      expect((await kit.desktop.messages()).some((entry) => entry.name === 'voice.dial'), 'nothing was sent').to.equal(false);

      await kit.desktop.call('setAcceptedOrigins', location.origin);
      await kit.connection.reconnect();
      await waitFor(() => !shadowButton(dial).disabled, 'the button to enable');
      expect(await ledger.track('dial again', dial.dial())).to.equal(true);
      await dial.updateComplete;
      expect(statusLine(dial)).to.equal('');
      await ledger.expectAllSettledOnce();
    });

    it('revoked mid-session: the desktop ignores the page, writes time out with the input kept; restored, Retry saves', async () => {
      kit = await connectKit({}, 250);
      const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
      const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes"></wwe-userdata-editor>`);
      await waitFor(() => fieldRow(editor, 'Notes') !== null, 'the editor');
      await kit.desktop.call('setAcceptedOrigins', ELSEWHERE);
      const failed = oneEvent(editor, 'wwe-error');
      typeInto(editor, 'Notes', 'written while revoked');
      expect((await failed).detail.error.code).to.equal('TIMEOUT');
      await waitFor(() => fieldMessage(editor, 'Notes').startsWith('Not saved'), 'the failure');
      expect(fieldInput(editor, 'Notes').value).to.equal('written while revoked');
      expect(statusLine(editor)).to.contain('Agent Desktop did not answer in time.');

      await kit.desktop.call('setAcceptedOrigins', location.origin);
      const saved = oneEvent(editor, 'wwe-userdata-change');
      fieldButton(editor, 'Notes', 'retry-button')!.click();
      await saved;
      await editor.updateComplete;
      expect([fieldMessage(editor, 'Notes'), statusLine(editor)]).to.deep.equal(['', '']);
    });
  });
});
