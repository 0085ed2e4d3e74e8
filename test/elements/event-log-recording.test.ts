import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { WweError } from '../../src/connection/index.js';
import '../../src/elements/event-log/event-log.js';
import type { WweEventLog } from '../../src/elements/event-log/event-log.js';
import type { Recording } from '../../src/protocol/recording.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor, waitForValue } from '../helpers/waits.js';

const part = (el: WweEventLog, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Catches the file a page saves (a download link clicked): its name and its text. */
function catchDownloads() {
  const saved: { name: string; text: Promise<string> }[] = [];
  const click = HTMLAnchorElement.prototype.click;
  const revoke = URL.revokeObjectURL;
  const revoked: string[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) saved.push({ name: this.download, text: fetch(this.href).then((response) => response.text()) });
    else click.call(this);
  };
  // Revoked once the text is read, so the test can read it.
  URL.revokeObjectURL = (url: string) => void revoked.push(url);
  return {
    saved,
    restore() {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
      revoked.forEach((url) => revoke.call(URL, url));
    },
  };
}

const shortcut = () => window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyR', key: 'R', ctrlKey: true, altKey: true, shiftKey: true, bubbles: true }));

describe('<wwe-event-log> and Ctrl+Alt+Shift+R with the recorder', () => {
  let kit: KitOnDesktop;
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(async () => {
    kit = await connectKit();
    downloads = catchDownloads();
  });
  afterEach(() => {
    downloads.restore();
    kit.teardown();
  });

  it('shows no download button and ignores the shortcut while recording is off', async () => {
    const el = await fixture<WweEventLog>(html`<wwe-event-log></wwe-event-log>`);
    expect(part(el, 'download')).to.equal(null);
    shortcut();
    // Turned on now: the next shortcut saves, and it is the only file saved.
    kit.connection.configure({ record: true });
    await kit.connection.recording();
    shortcut();
    const file = await waitForValue(() => downloads.saved[0], 'the shortcut to save once recording is on');
    expect((JSON.parse(await file.text) as Recording).format).to.equal('wwe-components.recording');
    expect(downloads.saved).to.have.length(1);
  });

  it('shows the download button as soon as recording is turned on after the log rendered, and hides it when it stops', async () => {
    const el = await fixture<WweEventLog>(html`<wwe-event-log></wwe-event-log>`);
    await waitFor(() => el.channels.every((channel) => kit.connection.channelStatus(channel as 'agent') === 'active'), 'every subscription');
    await el.updateComplete;
    expect(part(el, 'download')).to.equal(null);
    // Nothing else happens on the page: only the connection's word can make the log render again.
    kit.connection.configure({ record: true });
    await el.updateComplete;
    expect(part(el, 'download'), 'shown at the render recording on asked for').to.not.equal(null);
    kit.connection.configure({ record: false });
    await el.updateComplete;
    expect(part(el, 'download'), 'hidden when recording stops').to.equal(null);
  });

  it('stops listening for recording changes when it leaves the page', async () => {
    const el = await fixture<WweEventLog>(html`<wwe-event-log></wwe-event-log>`);
    await el.updateComplete;
    el.remove();
    kit.connection.configure({ record: true });
    await el.updateComplete;
    expect(part(el, 'download'), 'a log off the page does not render').to.equal(null);
  });

  it('offers a localized download button while recording, which saves the recording as JSON', async () => {
    kit.connection.configure({ record: true });
    await kit.connection.recording();
    const el = await fixture<WweEventLog>(html`<wwe-event-log></wwe-event-log>`);
    await waitFor(() => el.channels.every((channel) => kit.connection.channelStatus(channel as 'agent') === 'active'), 'every subscription');
    await kit.desktop.setAgentState('NotReady');
    await waitFor(() => el.entries.length > 0, 'the agent events');
    const button = await waitForValue(() => part(el, 'download') ?? undefined, 'the download button');
    expect(button.textContent!.trim()).to.equal('Download recording');
    el.lang = 'fr';
    await waitFor(() => part(el, 'download')!.textContent!.trim() === 'Télécharger l’enregistrement', 'the French label');
    part(el, 'download')!.click();
    const file = await waitForValue(() => downloads.saved[0], 'the saved file');
    expect(file.name).to.match(/^session-.*\.wwe-recording\.json$/);
    const recording = JSON.parse(await file.text) as Recording;
    expect(recording.format).to.equal('wwe-components.recording');
    expect(recording.messages.some((message) => message.name === 'agent')).to.equal(true);
  });
  it('shows a recording that cannot be had in its status line and fires wwe-error, saving nothing', async () => {
    kit.connection.configure({ record: true });
    await kit.connection.recording();
    const el = await fixture<WweEventLog>(html`<wwe-event-log></wwe-event-log>`);
    const button = await waitForValue(() => part(el, 'download') ?? undefined, 'the download button');
    // As when the recorder's file is missing beside the compat script.
    kit.connection.recording = () => Promise.reject(new WweError('NOT_LOADED', 'recording', 'recorder'));
    const failed = oneEvent(el, 'wwe-error');
    button.click();
    const { detail } = await failed;
    expect(detail.action).to.equal('download');
    expect(detail.error.code).to.equal('NOT_LOADED');
    await waitFor(() => part(el, 'status')?.textContent?.includes('A part of the kit could not be loaded.') === true, 'the status line');
    expect(downloads.saved).to.have.length(0);
  });
});
