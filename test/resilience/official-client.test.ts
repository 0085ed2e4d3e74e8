import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import { wwe } from '../../src/client/index.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { SettleLedger } from './settle-ledger.js';
import { fieldInput, fieldRow, shadowButton, typeInto } from './ui.js';

type Envelope = Record<string, unknown>;

/**
 * Written for this test, not taken from Genesys: a client that behaves like the official one on
 * the wire. It numbers requests "0", "1", …, posts to '*', trusts every message whose userAgent
 * contains "WWE", and matches answers by referenceId with ===.
 */
function officialClientStandIn(desktop: Window) {
  let next = 0;
  const waiting: Array<{ referenceId: string; done(envelope: Envelope): void; fail(envelope: Envelope): void }> = [];
  const events: Envelope[] = [];
  const onMessage = (event: MessageEvent) => {
    const data = event.data as Envelope | null;
    if (typeof data !== 'object' || data === null || typeof data.userAgent !== 'string' || !data.userAgent.includes('WWE')) return;
    if (typeof data.event === 'string') events.push(data);
    const index = waiting.findIndex((entry) => entry.referenceId === data.referenceId);
    if (index < 0) return;
    const [entry] = waiting.splice(index, 1);
    if (data.errorMessage !== undefined) entry!.fail(data);
    else entry!.done(data);
  };
  window.addEventListener('message', onMessage);
  const post = (body: Envelope, done: (envelope: Envelope) => void, fail: (envelope: Envelope) => void) => {
    const referenceId = '' + next++;
    waiting.push({ referenceId, done, fail });
    desktop.postMessage({ ...body, referenceId, userAgent: 'WWE Client', protocolVersion: 2 }, '*');
  };
  return {
    events,
    sendMessage: (request: string, parameters: unknown[], done: (envelope: Envelope) => void, fail: (envelope: Envelope) => void) =>
      post({ request, parameters }, done, fail),
    subscribe: (channel: string, done: (envelope: Envelope) => void, fail: (envelope: Envelope) => void) => post({ event: 'subscribe', data: channel }, done, fail),
    unsubscribe: (subscriptionId: unknown, done: (envelope: Envelope) => void, fail: (envelope: Envelope) => void) => post({ event: 'unsubscribe', data: subscriptionId }, done, fail),
    dispose: () => window.removeEventListener('message', onMessage),
  };
}

describe('resilience: the official client and ours side by side', () => {
  let kit: KitOnDesktop;
  let ledger: SettleLedger;
  let official: ReturnType<typeof officialClientStandIn>;
  beforeEach(() => (ledger = new SettleLedger()));
  afterEach(() => {
    official?.dispose();
    kit?.teardown();
  });

  it('each client gets its own answers, events reach both, and neither is confused by the other', async () => {
    kit = await connectKit({ dialDelay: 10 });
    official = officialClientStandIn(kit.desktop.window);
    const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Notes: 'old' } });
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="5001"></wwe-dial-button>`);
    const editor = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes, Legacy"></wwe-userdata-editor>`);
    await waitFor(() => !shadowButton(dial).disabled && fieldRow(editor, 'Notes') !== null, 'our elements');
    const unmatchedBefore = kit.connection.stats().unmatchedResponses;

    const subscribed = ledger.callbacks('official subscribe');
    official.subscribe('interaction', subscribed.done, subscribed.fail);
    // Interleaved: the official client's "0", "1", … and our prefixed ids in flight together.
    const officialAgent = ledger.callbacks('official agent.get');
    official.sendMessage('agent.get', [], officialAgent.done, officialAgent.fail);
    const ours = ledger.track('our agent.get', wwe.agent.get());
    const officialWrite = ledger.callbacks('official setUserData');
    official.sendMessage('interaction.setUserData', [id, { Legacy: 'from the official client' }], officialWrite.done, officialWrite.fail);
    const officialBad = ledger.callbacks('official hangUp');
    official.sendMessage('voice.hangUp', ['no-such-call'], officialBad.done, officialBad.fail);
    const dialed = ledger.track('our dial', dial.dial());
    const saved = oneEvent(editor, 'wwe-userdata-change');
    typeInto(editor, 'Notes', 'from our editor');
    await saved;
    await ledger.expectAllSettledOnce();

    expect((await ours).username).to.be.a('string');
    expect(ledger.outcome('official agent.get')).to.deep.include({ ok: true });
    expect(((ledger.outcome('official agent.get') as { value: Envelope }).value.data as { username: string }).username).to.equal((await ours).username);
    expect(ledger.outcome('official setUserData')).to.deep.include({ ok: true });
    expect(ledger.outcome('official hangUp')).to.deep.include({ ok: false });
    expect(await dialed).to.equal(true);
    // The official client's four answers reached our listener too: counted and ignored.
    expect(kit.connection.stats().unmatchedResponses - unmatchedBefore).to.equal(4);
    expect(kit.connection.stats().pendingRequests).to.equal(0);

    // Events: the official client's write shows in our editor; our write reaches its handler.
    await waitFor(() => fieldInput(editor, 'Legacy').value === 'from the official client', 'our editor to hear the official write');
    await waitFor(() => official.events.some((event) => JSON.stringify(event).includes('from our editor')), 'the official client to hear ours');

    // The official client lets go of its subscription; ours stays and events still flow.
    const subscriptionId = (ledger.outcome('official subscribe') as { value: Envelope }).value.subscriptionId;
    const released = ledger.callbacks('official unsubscribe');
    official.unsubscribe(subscriptionId, released.done, released.fail);
    await ledger.expectAllSettledOnce();
    expect(ledger.outcome('official unsubscribe')).to.deep.include({ ok: true });
    await kit.desktop.call('setUserData', id, { Notes: 'changed in the desktop' });
    await waitFor(() => fieldInput(editor, 'Notes').value === 'changed in the desktop', 'our editor to follow the desktop');
    expect(kit.connection.channelStatus('interaction')).to.equal('active');
  });
});
