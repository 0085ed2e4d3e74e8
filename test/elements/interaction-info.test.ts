import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/interaction-info/interaction-info.js';
import '../../src/elements/case-selector/case-selector.js';
import { MAX_STRING, TRUNCATION_MARK } from '../../src/protocol/index.js';
import { SHORT_TEXT } from '../../src/elements/shared/long-text.js';
import type { WweInteractionInfo } from '../../src/elements/interaction-info/interaction-info.js';
import { configure, getConnection, type WweConnection } from '../../src/connection/index.js';
import { getStore } from '../../src/store/index.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { openScriptedDesktop, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { VENDOR_EXAMPLE } from '../fixtures/vendor-example.js';

const root = (el: HTMLElement) => el.shadowRoot!;
/** The description list as term → value pairs. */
function entries(el: WweInteractionInfo): Record<string, string> {
  const result: Record<string, string> = {};
  for (const term of root(el).querySelectorAll('dt')) {
    result[term.textContent!.trim()] = (term.nextElementSibling as HTMLElement).textContent!.replace(/\s+/g, ' ').trim();
  }
  return result;
}
const duration = (el: WweInteractionInfo) => root(el).querySelector('[part="duration"]')?.textContent ?? '';

describe('<wwe-interaction-info>', () => {
  let kit: KitOnDesktop;
  beforeEach(async () => {
    kit = await connectKit({ dialDelay: 20 });
  });
  afterEach(() => kit.teardown());

  it('lists caller, media, direction, state and duration of the interaction named by the attribute', async () => {
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', callerName: 'Ada Lovelace' });
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id=${id}></wwe-interaction-info>`);
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    expect(entries(el)).to.deep.equal({
      Caller: 'Ada Lovelace +33298000000',
      Media: 'Voice',
      Direction: 'Inbound',
      State: 'Ringing',
      Duration: duration(el),
    });
    expect(duration(el)).to.match(/^\d+:\d\d$/);
    expect(root(el).querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('re-renders on desktop events and freezes the duration when the call ends', async () => {
    const id = await kit.desktop.inboundCall({ ani: '5001' });
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info></wwe-interaction-info>`);
    el.interactionId = id;
    await waitFor(() => entries(el).State === 'Ringing', 'ringing');
    await kit.desktop.call('answer', id);
    await waitFor(() => entries(el).State === 'Connected', 'connected');
    await kit.desktop.call('hangUp', id);
    await waitFor(() => entries(el).State === 'Ended', 'ended');
    const final = duration(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(duration(el)).to.equal(final);
  });

  it('follows the target interaction without interaction-id', async () => {
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info></wwe-interaction-info>`);
    await waitFor(() => kit.connection.state === 'ready', 'ready');
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal('No active interaction');
    const id = await kit.desktop.call('dial', '+15550100');
    await waitFor(() => entries(el).Direction === 'Outbound', 'the outbound call');
    expect(el.interaction?.interactionId).to.equal(id);
    expect(entries(el).Caller).to.contain('+15550100');
  });

  it('renders untrusted party names as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Eve</b>';
    const id = await kit.desktop.inboundCall({ ani: '5001', callerName: hostile });
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id=${id}></wwe-interaction-info>`);
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    const caller = root(el).querySelector('[part="caller"] .names')!;
    expect(caller.textContent).to.equal(hostile);
    expect(caller.querySelector('img, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a chat with its own media and state', async () => {
    // The desktop says the media at event level only: the store must hear the chat arrive.
    const release = getStore(kit.connection).subscribe(['interactions'], () => undefined);
    await waitFor(() => kit.connection.channelStatus('interaction') === 'active', 'the store listening');
    const id = await kit.desktop.call('chatArrival', { nickname: 'Ann' });
    await waitFor(() => getStore(kit.connection).getState().interactions.get(id)?.media === 'chat', 'the chat in the store');
    release();
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id=${id}></wwe-interaction-info>`);
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    const shown = entries(el);
    expect(shown.Media).to.equal('Chat');
    expect(shown.Caller).to.equal('Ann');
    expect(shown.State).to.equal('Invited');
  });
});

describe('<wwe-interaction-info> with what a real desktop sends', () => {
  let desktop: ScriptedDesktop;
  let connection: WweConnection;
  beforeEach(async () => {
    desktop = await openScriptedDesktop();
    getConnection().dispose();
    connection = configure({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 1500 });
  });
  afterEach(() => {
    connection.dispose();
    desktop.dispose();
  });

  /** Answers the store's getInteractions with an empty list, once the store listens to interaction events. */
  async function storeListening(): Promise<void> {
    await waitFor(() => connection.channelStatus('interaction') === 'active', 'the interaction subscription');
    let listRequest: Record<string, unknown> | undefined;
    await waitFor(async () => (listRequest = (await desktop.requests('interaction.getInteractions'))[0]) !== undefined, 'the list request');
    await desktop.post({ referenceId: listRequest!.referenceId, data: [], userAgent: 'WWE' });
  }

  it('shows the vendor example (media on the event, no startDate) without a duration, and keeps it through a partial event', async () => {
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id="1"></wwe-interaction-info>`);
    await storeListening();
    await desktop.post({ event: 'interaction', data: VENDOR_EXAMPLE, userAgent: 'WWE' });
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    const expected = { Caller: '5001', Media: 'Voice', Direction: 'Outbound', State: 'Dialing' };
    expect(entries(el)).to.deep.equal(expected);
    expect(root(el).querySelector('[part="duration"]')).to.equal(null);

    await desktop.post({ event: 'interaction', data: { type: 'CALL_RECORDING_STATE_CHANGED', interaction: { interactionId: '1', recordingState: 'RECORDING' } }, userAgent: 'WWE' });
    await waitFor(() => el.interaction?.recordingState === 'RECORDING', 'the recording change');
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(expected);
  });

  it('shows a huge party name cut, with the whole (parser-bounded) value on demand, and lists the case cut', async () => {
    const huge = 'N'.repeat(MAX_STRING * 2);
    const el = await fixture<HTMLElement>(html`<div><wwe-interaction-info interaction-id="9"></wwe-interaction-info><wwe-case-selector></wwe-case-selector></div>`);
    const info = el.querySelector<WweInteractionInfo>('wwe-interaction-info')!;
    await storeListening();
    await desktop.post({ event: 'interaction', data: { eventType: 'RINGING', media: 'voice', interaction: { interactionId: '9', caseId: 'K9', state: 'RINGING', parties: [{ name: huge }] } }, userAgent: 'WWE' });
    await waitFor(() => root(info).querySelector('[part="long-text"]') !== null, 'the cut name');
    const disclosure = root(info).querySelector<HTMLDetailsElement>('[part="long-text"]')!;
    expect(disclosure.open).to.equal(false);
    expect(disclosure.querySelector('summary')!.textContent!.trim()).to.equal(`${'N'.repeat(SHORT_TEXT)}…`);
    disclosure.querySelector('summary')!.click();
    expect(disclosure.open).to.equal(true);
    expect(disclosure.querySelector('.long-text__full')!.textContent).to.equal('N'.repeat(MAX_STRING) + TRUNCATION_MARK);
    const selector = el.querySelector('wwe-case-selector')!;
    await waitFor(() => root(selector).querySelector('[part="parties"]') !== null, 'the case');
    expect(root(selector).querySelector('[part="parties"]')!.textContent).to.equal(`${'N'.repeat(SHORT_TEXT)}…`);
  });

  it('shows no duration for a start date of 0, and no media row when nothing says the media', async () => {
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id="2"></wwe-interaction-info>`);
    await storeListening();
    await desktop.post({ event: 'interaction', data: { eventType: 'INVITED', interaction: { interactionId: '2', state: 'INVITED', startDate: 0, parties: [{ name: 'Ann' }] } }, userAgent: 'WWE' });
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    expect(entries(el)).to.deep.equal({ Caller: 'Ann', State: 'Invited' });
    await desktop.post({ event: 'interaction', data: { eventType: 'ACCEPTED', media: 'chat', interaction: { interactionId: '2', state: 'ACCEPTED', startDate: Date.now() - 65_000 } }, userAgent: 'WWE' });
    await waitFor(() => entries(el).State === 'Accepted', 'the accepted chat');
    expect(entries(el).Media).to.equal('Chat');
    expect(duration(el)).to.match(/^1:0\d$/);
  });
});
