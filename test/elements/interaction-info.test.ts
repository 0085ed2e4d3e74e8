import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/interaction-info/interaction-info.js';
import type { WweInteractionInfo } from '../../src/elements/interaction-info/interaction-info.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const root = (el: WweInteractionInfo) => el.shadowRoot!;
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
    const id = await kit.desktop.call('chatArrival', { nickname: 'Ann' });
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id=${id}></wwe-interaction-info>`);
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    const shown = entries(el);
    expect(shown.Media).to.equal('Chat');
    expect(shown.Caller).to.equal('Ann');
    expect(shown.State).to.equal('Invited');
  });

  it('passes axe', async () => {
    const id = await kit.desktop.inboundCall({ ani: '5001' });
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info interaction-id=${id}></wwe-interaction-info>`);
    await waitFor(() => root(el).querySelector('dl') !== null, 'the list');
    await expect(el).to.be.accessible();
  });
});
