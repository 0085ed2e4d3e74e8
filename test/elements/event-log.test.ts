import { MAX_ENTRY_TEXT, MAX_LOG_TEXT, prepend, toEntry } from '../../src/elements/event-log/event-entries.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/event-log/event-log.js';
import type { WweEventLog } from '../../src/elements/event-log/event-log.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const summaries = (el: WweEventLog) => [...el.shadowRoot!.querySelectorAll('summary')].map((summary) => summary.textContent!.replace(/\s+/g, ' ').trim());
const channelsShown = (el: WweEventLog) => el.entries.map((entry) => `${entry.channel}/${entry.eventType}`);
const part = (el: WweEventLog, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<wwe-event-log>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit();
    });
    afterEach(() => kit.teardown());

    async function listeningLog(template = html`<wwe-event-log></wwe-event-log>`): Promise<WweEventLog> {
      const el = await fixture<WweEventLog>(template);
      await waitFor(() => el.channels.every((channel) => kit.connection.channelStatus(channel as 'agent') === 'active'), 'every subscription');
      return el;
    }

    it('lists received events newest first, with time, channel, type and the payload as JSON', async () => {
      const el = await listeningLog();
      expect(part(el, 'empty')!.textContent).to.equal('No events yet');
      await kit.desktop.setAgentState('NotReady');
      await waitFor(() => el.entries.length === 4, 'the agent and media events');
      expect(channelsShown(el)).to.deep.equal(['media/STATE_CHANGED', 'media/STATE_CHANGED', 'media/STATE_CHANGED', 'agent/STATE_CHANGED']);
      await el.updateComplete;
      const last = summaries(el).at(-1)!;
      expect(last).to.match(/^\d\d.\d\d.\d\d.\d{3}( [AP]M)? agent STATE_CHANGED$/);
      const time = el.shadowRoot!.querySelectorAll('time')[3]!;
      expect(Date.parse(time.dateTime)).to.equal(el.entries[3]!.time);
      const payload = JSON.parse(el.shadowRoot!.querySelectorAll('pre')[3]!.textContent!);
      expect(payload).to.deep.include({ eventType: 'STATE_CHANGED', mediaState: 'NOT_READY' });
    });

    it('renders hostile payloads as text', async () => {
      const el = await listeningLog(html`<wwe-event-log channels="interaction"></wwe-event-log>`);
      await kit.desktop.inboundCall({ ani: '5001', userData: { note: '<img src=x onerror="window.__pwned=1">' } });
      await waitFor(() => el.entries.length > 0, 'the interaction event');
      await el.updateComplete;
      const pre = el.shadowRoot!.querySelector('pre')!;
      expect(pre.textContent).to.contain('<img src=x onerror=\\"window.__pwned=1\\">');
      expect(pre.children).to.have.length(0);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('listens to the channels it is given, by attribute or property, and reports bad names', async () => {
      const el = await listeningLog(html`<wwe-event-log channels="agent"></wwe-event-log>`);
      expect(el.channels).to.deep.equal(['agent']);
      await kit.desktop.setAgentState('NotReady');
      await waitFor(() => el.entries.length === 1, 'the agent event');
      el.channels = ['media'];
      await el.updateComplete;
      await waitFor(() => kit.connection.channelStatus('media') === 'active', 'the media subscription');
      await kit.desktop.setAgentState('Ready');
      await waitFor(() => el.entries.length === 4, 'the media events');
      expect(channelsShown(el)).to.deep.equal(['media/STATE_CHANGED', 'media/STATE_CHANGED', 'media/STATE_CHANGED', 'agent/STATE_CHANGED']);
      // A channel the vendor does not document passes through: a desktop may have more.
      el.setAttribute('channels', 'agent, bogus');
      await waitFor(() => kit.connection.channelStatus('bogus' as 'agent') === 'active', 'the unknown channel to be subscribed');
      setTimeout(() => (el.channels = ['agent', 42 as unknown as string]));
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail.error.code).to.equal('INVALID_ARGUMENT');
      expect(failure.detail.error.message).to.equal('Not channels: 42');
      await el.updateComplete;
      expect(part(el, 'status')!.textContent).to.contain('The request has invalid values.');
    });

    it('keeps at most `limit` events, by attribute or property', async () => {
      const el = await listeningLog(html`<wwe-event-log channels="media" limit="2"></wwe-event-log>`);
      await kit.desktop.setAgentState('NotReady');
      await waitFor(() => el.entries.length === 2, 'two events');
      await kit.desktop.setAgentState('Ready');
      await waitFor(() => JSON.parse(el.entries[0]!.json).media.state.operationName === 'Ready', 'the newer events');
      await waitFor(() => el.entries.every((entry) => JSON.parse(entry.json).media.state.operationName === 'Ready'), 'only newer events');
      expect(el.entries).to.have.length(2);
      el.limit = 1;
      await el.updateComplete;
      expect(el.entries).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    });

    it('holds events while paused, shows them on resume, and clears', async () => {
      const el = await listeningLog(html`<wwe-event-log channels="agent"></wwe-event-log>`);
      await kit.desktop.setAgentState('NotReady');
      await waitFor(() => el.entries.length === 1, 'the first event');
      await el.updateComplete;
      part(el, 'pause')!.click();
      await el.updateComplete;
      expect(el.paused).to.equal(true);
      expect(el.hasAttribute('paused')).to.equal(true);
      expect(part(el, 'pause')!.textContent!.trim()).to.equal('Resume');
      await kit.desktop.setAgentState('Ready');
      await waitFor(() => el.heldCount === 1, 'the held event');
      await el.updateComplete;
      expect(el.entries).to.have.length(1);
      expect(el.shadowRoot!.querySelector('.held')!.textContent).to.equal('1 new event held while paused');
      el.removeAttribute('paused');
      await el.updateComplete;
      expect(el.entries.map((entry) => JSON.parse(entry.json).mediaState)).to.deep.equal(['READY', 'NOT_READY']);
      part(el, 'clear')!.click();
      await el.updateComplete;
      expect(el.entries).to.have.length(0);
      expect(part(el, 'empty')).to.not.equal(null);
      expect(part(el, 'clear')!.hasAttribute('disabled')).to.equal(true);
    });

    it('expands an entry from the keyboard and keeps it open as events arrive', async () => {
      const el = await listeningLog(html`<wwe-event-log channels="agent"></wwe-event-log>`);
      await kit.desktop.setAgentState('NotReady');
      await waitFor(() => el.entries.length === 1, 'an event');
      await el.updateComplete;
      el.shadowRoot!.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(true);
      await kit.desktop.setAgentState('Ready');
      await waitFor(() => el.entries.length === 2, 'a second event');
      await el.updateComplete;
      const [newest, older] = [...el.shadowRoot!.querySelectorAll('details')];
      expect(older).to.equal(details);
      expect(older!.open).to.equal(true);
      expect(newest!.open).to.equal(false);
    });

    it('asks for its six channels in one subscribe message', async () => {
      await listeningLog();
      expect(kit.connection.stats().hostSubscriptions).to.equal(1);
      expect(['agent', 'interaction', 'media', 'system', 'markdone', 'outbound'].map((channel) => kit.connection.channelStatus(channel as 'agent'))).to.deep.equal(Array(6).fill('active'));
    });
  });
});

describe('<wwe-event-log> entries', () => {
  it('keep at most 16 KB of text each and 1 MB in all, beside the entry cap', () => {
    const big = toEntry(1, 'interaction', { eventType: 'ATTACHED_DATA_CHANGED', value: 'v'.repeat(200_000) });
    expect(big.eventType).to.equal('ATTACHED_DATA_CHANGED');
    expect(big.json.length).to.be.below(MAX_ENTRY_TEXT + 100);
    let entries = [big];
    for (let id = 2; id <= 200; id++) entries = prepend([toEntry(id, 'interaction', { eventType: 'X', value: 'v'.repeat(50_000) })], entries, 200);
    expect(entries.reduce((sum, entry) => sum + entry.json.length, 0)).to.be.at.most(MAX_LOG_TEXT);
    expect(entries[0]!.id, 'the newest first').to.equal(200);
    expect(entries.length).to.be.below(200);
  });
});
