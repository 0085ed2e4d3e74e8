import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import '../../src/elements/connection-status/connection-status.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import { configure, getConnection } from '../../src/connection/index.js';
import { wwe } from '../../src/client/index.js';
import { createLegacyService } from '../../src/client/compat.js';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { loadFrame, otherOrigin, waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { shadowButton, statusLine } from './ui.js';

type LegacyAgent = { get(...args: unknown[]): string };
const errorCode = (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: { code: string }) => error.code);
const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('resilience: a page opened with no desktop', () => {
  let ledger: SettleLedger;
  let desktop: RemoteDesktop | undefined;
  let notADesktop: HTMLIFrameElement | undefined;
  beforeEach(() => {
    ledger = new SettleLedger();
    getConnection().dispose();
  });
  afterEach(() => {
    getConnection().dispose();
    desktop?.dispose();
    notADesktop?.remove();
  });

  it('on its own (top level): the elements say "open this page inside Agent Desktop", everything fails at once with NOT_FRAMED, input is kept', async () => {
    // This test page is top-level: no opener, no parent, nothing configured.
    const status = await fixture<WweConnectionStatus>(html`<wwe-connection></wwe-connection>`);
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor keys="Notes"></wwe-userdata-editor>`);
    expect(await errorCode(ledger.track('connect', getConnection().connect()))).to.equal('NOT_FRAMED');
    await Promise.all([status.updateComplete, dial.updateComplete, editor.updateComplete]);
    expect(statusLine(dial)).to.equal('Open this page inside Agent Desktop to use it.');
    expect(statusLine(editor)).to.equal('Open this page inside Agent Desktop to use it.');
    expect(shadowText(status)).to.contain('Open this page inside Agent Desktop to use it.');
    expect(shadowText(editor)).to.contain('No active interaction');
    expect(shadowButton(dial).disabled).to.equal(true);

    editor.value = { Notes: 'typed offline' };
    const saved = ledger.track('editor save', editor.save());
    const dialed = ledger.track('dial', dial.dial());
    const client = ledger.track('client', wwe.agent.get());
    const service = createLegacyService();
    const legacy = ledger.callbacks('legacy');
    (service.agent as LegacyAgent).get(legacy.done, legacy.fail);
    await ledger.expectAllSettledOnce(1000);
    expect([await saved, await dialed]).to.deep.equal([false, false]);
    expect(await errorCode(client)).to.equal('NOT_FRAMED');
    expect((ledger.outcome('legacy') as { error: { code: string } }).error.code).to.equal('NOT_FRAMED');
    expect(editor.value.Notes, 'the input is kept').to.equal('typed offline');
    expect(getConnection().stats().pendingRequests).to.equal(0);

    // A page that embeds the desktop itself points the kit at it (targetWWEWindow): the same elements come alive.
    desktop = await openDesktop({ dialDelay: 10 });
    configure({ target: desktop.window, desktopOrigin: desktop.origin });
    await waitFor(() => getConnection().state === 'ready' && !shadowButton(dial).disabled, 'the connection');
    expect(statusLine(dial)).to.equal('');
    expect(await ledger.track('dial again', dial.dial())).to.equal(true);
    service.unload();
    await ledger.expectAllSettledOnce();
  });

  it('under a window that is not the desktop: "not available" once the probe goes unanswered, yet every request is still sent and settles once with its own TIMEOUT', async () => {
    notADesktop = await loadFrame(`${otherOrigin()}/test/fixtures/resilience-not-a-desktop.html`);
    // Inside a frame requests are always sent, as Genesys's client sends them: a silent desktop costs each its timeout.
    configure({ target: notADesktop.contentWindow!, desktopOrigin: otherOrigin(), timeout: 300, handshakeTimeout: 150 });
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    expect(await errorCode(ledger.track('connect', getConnection().connect()))).to.equal('NOT_CONNECTED');
    await dial.updateComplete;
    expect(statusLine(dial)).to.equal('Agent Desktop is not available');
    expect(shadowButton(dial).disabled, 'the button still works: the desktop may only be slow').to.equal(false);
    const attempts = [1, 2, 3].map((n) => ledger.track(`dial ${n}`, dial.dial()));
    const client = ledger.track('client', wwe.voice.dial('5001'));
    await ledger.expectAllSettledOnce(5000);
    expect(await Promise.all(attempts)).to.deep.equal([false, false, false]);
    expect(await errorCode(client)).to.equal('TIMEOUT');
    await dial.updateComplete;
    expect(statusLine(dial)).to.equal('Agent Desktop did not answer in time. Dismiss');
    expect(getConnection().stats().pendingRequests).to.equal(0);
  });
});
