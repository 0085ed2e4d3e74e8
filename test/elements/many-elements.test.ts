/**
 * Many elements on one page: 50 of each of the 13 elements, all on the shared connection to a
 * real cross-origin simulated desktop. However many elements listen, the desktop sees ONE
 * subscription per channel; one desktop event reaches every element; and once they are all
 * removed, nothing is left listening, subscribed or waiting.
 */
import { en } from '../../src/i18n/index.js';
import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS, type ElementTag } from '../../src/elements/registry.js';
import type { WweEventLog } from '../../src/elements/event-log/event-log.js';
import type { WweMarkdoneGuard } from '../../src/elements/markdone-guard/markdone-guard.js';
import type { Channel } from '../../src/protocol/index.js';
import { STORE_CHANNELS } from '../../src/store/index.js';
import type { LogEntry } from '../../src/simulator/engine/index.js';
import { useElementPage } from '../helpers/element-page.js';
import { waitFor } from '../helpers/frames.js';

const COPIES = 50;

/** Attributes that give each element something to do (a number to dial, keys to edit, …). */
const ATTRIBUTES: Partial<Record<ElementTag, Record<string, string>>> = {
  'wwe-dial-button': { number: '+1 415 555 0142' },
  'wwe-email-button': { address: 'jordan.lee@example.com' },
  'wwe-toast-trigger': { 'toast-title': 'Follow-up', message: 'Call back' },
  'wwe-userdata-editor': { keys: 'Notes' },
  'wwe-markdone-guard': { 'required-keys': 'Disposition' },
  // Not `markdone`: 50 guards blocking make 50 events, and 50 logs re-rendering every entry for
  // each of them costs seconds (each render formats every entry's time anew).
  'wwe-event-log': { channels: 'agent, interaction, media, system, outbound' },
};

function create(tag: ElementTag): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(ATTRIBUTES[tag] ?? {})) element.setAttribute(name, value);
  if (tag === 'wwe-tel-links') {
    const link = document.createElement('a');
    link.href = 'tel:+14155550188';
    link.textContent = '+1 415 555 0188';
    element.append(link);
  }
  return element;
}

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const shadow = (element: Element) => element.shadowRoot!;

/**
 * What each element shows once the desktop answered the call, attached Notes, cleared Disposition
 * and put the agent Not Ready. Elements that render no desktop event (buttons, links, the
 * connection, a toast trigger without a toast) are absent.
 */
const SHOWS_THE_EVENTS: Partial<Record<ElementTag, (element: HTMLElement) => boolean>> = {
  'wwe-agent-state': (el) => shadow(el).querySelector('select')?.value === 'NotReady_Lunch',
  'wwe-interaction-info': (el) => text(shadow(el).querySelector('dl')).includes('Connected'),
  'wwe-call-controls': (el) => [...shadow(el).querySelectorAll('button')].some((button) => text(button) === 'Hold'),
  'wwe-recording-control': (el) => [...shadow(el).querySelectorAll('button')].some((button) => text(button) === 'Start recording' && !button.disabled),
  'wwe-userdata-editor': (el) => shadow(el).querySelector('input')?.value === 'Refund the double charge',
  'wwe-markdone-guard': (el) => (el as WweMarkdoneGuard).blocked && text(shadow(el).querySelector('[part="state"]')).startsWith('Mark done is blocked'),
  // The desktop's ESTABLISHED, named by its term.
  'wwe-case-selector': (el) => text(shadow(el).querySelector('[part="state"]')) === en['info.state.ESTABLISHED'],
  'wwe-event-log': (el) => (el as WweEventLog).entries.some((entry) => entry.channel === 'agent'),
};

/** The channels of the subscribe requests the desktop logged, one item per request. */
function subscribedChannels(log: readonly LogEntry[]): Channel[] {
  return log
    .filter((entry) => entry.direction === 'in' && entry.kind === 'subscribe')
    .flatMap((entry) => {
      const data = (entry.payload as { data?: unknown }).data;
      return (Array.isArray(data) ? data : [data]) as Channel[];
    });
}

describe('many elements on one page (50 of each)', function () {
  this.timeout(30_000);
  const page = useElementPage();

  it('subscribes each channel once, re-renders every element on a desktop event, and releases everything on removal', async () => {
    const { kit, host } = page;
    const callId = await kit.desktop.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee', userData: { Disposition: 'Sale' } });
    await kit.desktop.call('clearMessages');

    const elements = ELEMENT_TAGS.flatMap((tag) => Array.from({ length: COPIES }, () => ({ tag, element: create(tag) })));
    host.append(...elements.map(({ element }) => element));
    await Promise.all(elements.map(({ element }) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));

    // The store's channels, the guard's `markdone`, and whatever the event logs listen to.
    const eventLog = elements.find(({ tag }) => tag === 'wwe-event-log')!.element as WweEventLog;
    const channelsInUse = new Set<string>([...STORE_CHANNELS, 'markdone', ...eventLog.channels]);
    await waitFor(() => [...channelsInUse].every((channel) => kit.connection.channelStatus(channel as Channel) === 'active') && kit.connection.stats().pendingRequests === 0, 'the host subscriptions');
    // Channels wanted in the same task share a subscribe message; none is subscribed twice.
    const subscribed = subscribedChannels(await kit.desktop.messages());
    expect([...subscribed].sort()).to.deep.equal([...channelsInUse].sort());
    const { hostSubscriptions } = kit.connection.stats();
    expect(hostSubscriptions).to.be.at.most(channelsInUse.size);
    const lastSeq = Math.max(...(await kit.desktop.messages()).map((entry) => entry.seq));
    // Each guard and each log listens itself; the store listens once for all the other elements.
    expect(kit.connection.stats().listeners).to.be.at.least(COPIES * (1 + eventLog.channels.length));

    const watched = elements.filter(({ tag }) => SHOWS_THE_EVENTS[tag] !== undefined);
    const showing = () => watched.filter(({ tag, element }) => SHOWS_THE_EVENTS[tag]!(element));
    expect(showing(), 'elements showing the events before they happen').to.have.length(0);

    await kit.desktop.call('answer', callId);
    await kit.desktop.call('setUserData', callId, { Notes: 'Refund the double charge', Disposition: '' });
    await kit.desktop.setAgentState('NotReady_Lunch');
    await waitFor(() => showing().length === watched.length, 'every element to show the events').catch(() => undefined);
    const lagging = watched.filter((entry) => !showing().includes(entry)).map(({ tag }) => tag);
    expect([...new Set(lagging)], 'elements that missed the events').to.deep.equal([]);
    // The events brought no new host subscription.
    expect(kit.connection.stats().hostSubscriptions).to.equal(hostSubscriptions);
    expect((await kit.desktop.messages()).filter((entry) => entry.seq > lastSeq && entry.direction === 'in' && entry.kind === 'subscribe')).to.deep.equal([]);

    for (const { element } of elements) element.remove();
    await waitFor(() => {
      const { listeners, hostSubscriptions, pendingRequests } = kit.connection.stats();
      return listeners === 0 && hostSubscriptions === 0 && pendingRequests === 0;
    }, 'every listener, subscription and request to be released');
    expect(kit.connection.stats()).to.include({ listeners: 0, hostSubscriptions: 0, pendingRequests: 0 });

    const unsubscribes = (await kit.desktop.messages()).filter((entry) => entry.direction === 'in' && entry.kind === 'unsubscribe');
    expect(unsubscribes).to.have.length(hostSubscriptions);
    const snapshot = await kit.desktop.snapshot();
    // The guards blocked mark done; leaving, they must not leave the agent unable to mark done.
    expect(snapshot.markdoneBlocks).to.deep.equal([]);
    const ownFrame = snapshot.frames.find((frame) => frame.frameId === kit.desktop.frameId);
    expect(ownFrame, 'this page among the desktop frames').to.not.equal(undefined);
    expect(ownFrame!.subscriptions).to.deep.equal([]);
  });
});
