/**
 * A recording replayed around a hosted page in the simulator shell (real cross-origin iframe, real
 * postMessage): loaded from the Scenarios panel's file input, the inspector's warning for a request
 * the recording has no answer for, and `timing: 'kept'`.
 */
import { expect } from '@open-wc/testing';
import { currentReplay, loadRecording, RECORDING_FORMAT, RECORDING_VERSION, type RecordedMessage, type Recording } from '../../src/simulator/replay/index.js';
import { deepQuery, mountShell, settle, until, type MountedShell } from '../simulator-shell/harness.js';

const RECORDED_AGENT = 'recorded.agent';

/**
 * A session as the recorder writes it: the page asked agent.get once and subscribed to `agent`,
 * then the desktop sent one agent event `eventAt` ms after the page's first message.
 */
function session(eventAt = 10): Recording {
  const base = { userAgent: 'WWE Client', protocolVersion: 2 };
  const messages: RecordedMessage[] = [
    { t: 0, direction: 'out', kind: 'request', name: 'agent.get', envelope: { ...base, request: 'agent.get', referenceId: 'r-1' } },
    { t: 4, direction: 'in', kind: 'response', name: 'agent.get', envelope: { referenceId: 'r-1', data: { username: RECORDED_AGENT } } },
    { t: 6, direction: 'out', kind: 'subscribe', envelope: { ...base, event: 'subscribe', data: ['agent'], referenceId: 'r-2' } },
    { t: 8, direction: 'in', kind: 'response', envelope: { referenceId: 'r-2', subscriptionId: 's-1' } },
    { t: eventAt, direction: 'in', kind: 'event', name: 'agent', envelope: { event: 'agent', data: { eventType: 'STATE_CHANGED', note: 'recorded event' } } },
  ];
  return { format: RECORDING_FORMAT, version: RECORDING_VERSION, startedAt: '2026-01-01T00:00:00.000Z', redacted: false, dropped: 0, messages };
}

/** Puts `file` on a file input as a person picking it would: the input's files, then `change`. */
function pick(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('a recording replayed in the simulator shell', function () {
  // A shell, a hosted frame and (for 'kept') a recorded pause: room on a loaded machine.
  this.timeout(60_000);
  let mounted: MountedShell;

  beforeEach(async () => {
    mounted = await mountShell([{ kind: 'tab', label: 'App' }]);
  });

  async function scenarioPanel(): Promise<ShadowRoot> {
    mounted.shell.drawer = 'scenarios';
    await settle(mounted.shell);
    return deepQuery(mounted.root, 'wwe-sim-scenario-panel')!.shadowRoot!;
  }

  it('starts a replay from the file a person loads in the Scenarios panel', async () => {
    const app = await mounted.app('App');
    const panel = await scenarioPanel();
    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(currentReplay(mounted.engine)).to.equal(undefined);
    pick(input, new File([JSON.stringify(session())], 'session.wwe-recording.json', { type: 'application/json' }));
    const replay = await until(() => currentReplay(mounted.engine), 'the replay the file started');
    expect(replay.status()).to.include({ events: 1, requests: 1 });
    await settle(mounted.shell);
    expect(panel.querySelector('[role="status"]')!.textContent).to.contain("Replaying 'session.wwe-recording.json'");
    // The same file can be picked again: the input is emptied.
    expect(input.value).to.equal('');
    // The page now meets the recorded desktop: its answer, and its event once the page listens.
    expect(((await app.request('agent.get')).data as { username: string }).username).to.equal(RECORDED_AGENT);
    await app.subscribe(['agent']);
    const [event] = await until(() => (app.events('agent').length > 0 ? app.events('agent') : undefined), 'the recorded event');
    expect(event.data).to.deep.include({ note: 'recorded event' });
  });

  it('says why a file that is not a recording was not replayed, and leaves the desktop as it was', async () => {
    const panel = await scenarioPanel();
    const input = panel.querySelector<HTMLInputElement>('input[type="file"]')!;
    pick(input, new File(['{"format":"something else"}'], 'notes.json', { type: 'application/json' }));
    await until(() => panel.querySelector('[role="status"]')?.textContent?.includes('RECORDING_FORMAT'), 'the refusal in the panel');
    expect(currentReplay(mounted.engine)).to.equal(undefined);
  });

  it('answers a request the recording has no answer for itself, with a warning in the inspector', async () => {
    const app = await mounted.app('App');
    loadRecording(mounted.engine, session(), { timing: 'compressed' });
    expect(((await app.request('agent.get')).data as { username: string }).username).to.equal(RECORDED_AGENT);
    const extra = await app.request('agent.get');
    const served = (extra.data as { username: string }).username;
    expect(served, 'the simulator’s own agent').to.be.a('string').and.not.equal(RECORDED_AGENT);
    const unrecorded = await app.request('agent.getStateList');
    expect(unrecorded.errorMessage, 'answered by the simulator').to.equal(undefined);
    const warnings = mounted.engine.messages().filter((entry) => entry.kind === 'warning');
    expect(warnings.map((entry) => [entry.name, entry.referenceId])).to.deep.equal([
      ['agent.get', extra.referenceId],
      ['agent.getStateList', unrecorded.referenceId],
    ]);
    mounted.shell.drawer = 'inspector';
    await settle(mounted.shell);
    const rows = [...deepQuery(mounted.root, 'wwe-sim-inspector')!.shadowRoot!.querySelectorAll<HTMLElement>('.entry')];
    const shown = rows.filter((row) => row.querySelector('.kind')!.textContent === 'warning');
    expect(shown).to.have.length(2);
    const extraRow = shown.find((row) => row.querySelector('.name')!.textContent!.includes(`#${String(extra.referenceId)}`));
    expect(extraRow, 'the row of the unanswered agent.get').to.not.equal(undefined);
    // The reason is on the row, not only in the log's data.
    expect(extraRow!.querySelector('.why')?.textContent).to.contain(warnings[0].detail);
  });

  it("with timing 'kept', posts no event before its recorded distance from the page's first message", async () => {
    const distance = 800;
    const app = await mounted.app('App');
    loadRecording(mounted.engine, session(distance), { timing: 'kept' });
    // Taken before the page's first message leaves: the replay's start is at or after it.
    const firstMessage = Date.now();
    await app.request('agent.get');
    await app.subscribe(['agent']);
    await until(() => app.events('agent').length > 0, 'the recorded event');
    // A lower bound only: a loaded machine may post it later, never sooner.
    expect(Date.now() - firstMessage).to.be.at.least(distance);
  });
});
