/**
 * A desktop that floods the page (issue #13, item 6): every event reaches the store's final state,
 * and the page's work is coalesced rather than repeated per event (the bench floods with 100,000;
 * these sizes keep the suite quick). Counted, never timed: the
 * desktop posts each burst in one task through a real cross-origin frame, as fast as the browser
 * lets it.
 */
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { DesktopStore } from '../../src/store/index.js';
import type { WweAgentState } from '../../src/elements/agent-state/agent-state.component.js';
import { CASES_SHOWN, type WweCaseSelector } from '../../src/elements/case-selector/case-selector.component.js';
import type { WweEventLog } from '../../src/elements/event-log/event-log.component.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.component.js';
import type { ScriptedDesktop, FloodSpec } from '../helpers/scripted-desktop.js';
import { openFloodPage } from '../helpers/flood-page.js';
import { waitFor } from '../helpers/frames.js';

/** Element updates by tag since the last reset, counted on LitElement itself. */
const updates = new Map<string, number>();
const litUpdate = LitElement.prototype['update' as keyof LitElement] as (this: LitElement, ...args: unknown[]) => void;

describe('a desktop that floods the page', function () {
  // Generous for a loaded 2-core machine: the tests wait for the store's state, they never time it.
  this.timeout(180_000);
  let desktop: ScriptedDesktop;
  let store: DesktopStore;
  let notifications: number;
  let release: () => void;
  let dispose: () => void;

  before(() => {
    Object.defineProperty(LitElement.prototype, 'update', {
      configurable: true,
      writable: true,
      value(this: LitElement, ...args: unknown[]) {
        updates.set(this.localName, (updates.get(this.localName) ?? 0) + 1);
        return litUpdate.apply(this, args);
      },
    });
  });
  after(() => Object.defineProperty(LitElement.prototype, 'update', { configurable: true, writable: true, value: litUpdate }));

  beforeEach(async () => {
    ({ desktop, store, dispose } = await openFloodPage());
    notifications = 0;
    release = store.subscribe(['agentState', 'interactions'], () => void notifications++);
    updates.clear();
  });

  afterEach(() => {
    release();
    dispose();
  });

  async function flood(spec: FloodSpec, drained: () => boolean): Promise<void> {
    await desktop.flood(spec);
    await waitFor(drained, `${spec.count} ${spec.kind} events to be reduced`);
  }

  /** Far fewer runs than events: at most a few per frame, however many events arrive. */
  const coalesced = (runs: number, events: number) => expect(runs, `${runs} runs for ${events} events`).to.be.below(events / 4);

  it('5,000 agent state changes: the last one is shown, and the page re-renders per frame, not per event', async () => {
    const count = 5_000;
    const last = String(count - 1);
    await flood({ kind: 'agent-state', count }, () => store.getState().agentState?.reasonCode === last);
    const agentState = document.querySelector<WweAgentState>('wwe-agent-state')!;
    await waitFor(() => agentState.agentState?.reasonCode === last, 'the element to show the last state');
    const log = document.querySelector<WweEventLog>('wwe-event-log')!;
    await waitFor(() => log.entries[0]?.json.includes(`"reasonCode": "${last}"`) === true, 'the log to show the last event');
    expect(log.entries).to.have.length(200);
    expect(log.entries.every((entry, index) => index === 0 || entry.id < log.entries[index - 1]!.id), 'newest first, none twice').to.equal(true);
    coalesced(notifications, count);
    coalesced(updates.get('wwe-agent-state') ?? 0, count);
    coalesced(updates.get('wwe-event-log') ?? 0, count);
  });

  it('5,000 attached-data changes on one call: no key and no value is lost', async () => {
    const count = 5_000;
    const last = count - 1;
    const userData = () => store.getState().interactions.get('flood-call')?.userData;
    await flood({ kind: 'attached-data', count }, () => userData()?.Counter === String(last));
    // Key<k> was last written by the highest index with index % 50 === k.
    const expected: Record<string, string> = { Counter: String(last) };
    for (let key = 0; key < 50; key++) expected[`Key${key}`] = `v${key + 50 * Math.floor((last - key) / 50)}`;
    expect(userData()).to.deep.equal(expected);
    const editor = document.querySelector<WweUserdataEditor>('wwe-userdata-editor')!;
    await waitFor(() => editor.value.Counter === String(last), 'the editor to show the last value');
    coalesced(notifications, count);
    coalesced(updates.get('wwe-userdata-editor') ?? 0, count);
  });

  it('2,000 new interactions: every one is kept, listed once, and the case list follows', async () => {
    const count = 2_000;
    await flood({ kind: 'interactions', count }, () => store.getState().interactions.size === count + 1);
    const { interactions, cases } = store.getState();
    for (let index = 0; index < count; index++) expect(interactions.get(`flood-${index}`)?.parties[0]?.name).to.equal(`Party ${index}`);
    expect(cases.size).to.equal(count + 1);
    const selector = document.querySelector<WweCaseSelector>('wwe-case-selector')!;
    // It renders the first hundred and says how many there are.
    await waitFor(() => selector.shadowRoot!.querySelector('[part="option"]')?.getAttribute('aria-setsize') === String(count + 1), 'every case counted');
    expect(selector.shadowRoot!.querySelectorAll('[part="option"]')).to.have.length(CASES_SHOWN);
    expect(selector.cases).to.have.length(count + 1);
    coalesced(notifications, count);
    coalesced(updates.get('wwe-case-selector') ?? 0, count);
  });
});
