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
      desktop = await openDesktop({ acceptedOrigins: ELSEWHERE, dialDelay: 10 });
      getConnection().dispose();
      // A long request timeout: the point is that nothing waits for it once the handshake failed.
      connection = configure({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 60_000, handshakeTimeout: 200 });
    });
    afterEach(() => {
      connection.dispose();
      desktop.dispose();
    });

    it('shows "not available" with the reason, fails every request fast with NOT_CONNECTED, and Reconnect recovers once the origin is accepted', async () => {
      const status = await fixture<WweConnectionStatus>(html`<wwe-connection></wwe-connection>`);
      const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      expect(await errorCode(ledger.track('connect', connection.connect()))).to.equal('NOT_CONNECTED');
      await Promise.all([status.updateComplete, dial.updateComplete]);
      expect(statusLine(dial)).to.equal('Agent Desktop is not available');
      expect(shadowButton(dial).disabled).to.equal(true);
      const statusText = status.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(statusText).to.contain('Agent Desktop is not available').and.contain('accepted-web-content-origins');

      const service = createLegacyService();
      const legacy = ledger.callbacks('legacy');
      (service.voice as LegacyVoice).dial('5001', legacy.done, legacy.fail);
      const dialed = ledger.track('dial', dial.dial());
      const client = ledger.track('client', wwe.voice.dial('5001'));
      await ledger.expectAllSettledOnce(1000);
      expect(await dialed).to.equal(false);
      expect(await errorCode(client)).to.equal('NOT_CONNECTED');
      expect((ledger.outcome('legacy') as { error: { code: string } }).error.code).to.equal('NOT_CONNECTED');
      const refused = (await desktop.messages()).filter((entry) => entry.kind === 'rejected' && entry.reason === 'origin-not-accepted');
      expect(refused.length, 'only the handshake reached the desktop').to.equal(1);

      await desktop.call('setAcceptedOrigins', location.origin);
      shadowButton(status, '[part="reconnect"]').click();
      await waitFor(() => connection.state === 'ready', 'the reconnection');
      await waitFor(() => !shadowButton(dial).disabled, 'the button to enable');
      // The failed dial said "not connected"; connected again, that would be false.
      expect(statusLine(dial)).to.equal('');
      expect(await ledger.track('dial again', dial.dial())).to.equal(true);
      service.unload();
      await ledger.expectAllSettledOnce();
    });

    it('recovers by itself when the desktop reloads with the origin accepted', async () => {
      const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
      expect(await errorCode(ledger.track('connect', connection.connect()))).to.equal('NOT_CONNECTED');
      await desktop.call('setAcceptedOrigins', location.origin);
      await desktop.reload();
      await waitFor(() => connection.state === 'ready' && !shadowButton(dial).disabled, 'the connection after the reload');
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
      await dial.updateComplete;
      expect(shadowButton(dial).disabled).to.equal(true);
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
