/**
 * What a replay does on the recorded desktop's behalf, beyond answers and events (real shell, real
 * cross-origin frame, real postMessage): a replay loaded while the page already listens starts at
 * once, a request the recorded desktop never answered stays unanswered, and a later frameId is a
 * desktop reload.
 */
import { expect } from '@open-wc/testing';
import { loadRecording, RECORDING_FORMAT, RECORDING_VERSION, type RecordedMessage, type Recording } from '../../src/simulator/replay/index.js';
import { mountShell, until, type MountedShell } from '../simulator-shell/harness.js';

const base = { userAgent: 'WWE Client', protocolVersion: 2 };
const recordingOf = (messages: RecordedMessage[]): Recording => ({ format: RECORDING_FORMAT, version: RECORDING_VERSION, startedAt: '2026-01-01T00:00:00.000Z', redacted: false, dropped: 0, messages });
const subscribe = (t: number, referenceId: string): RecordedMessage => ({ t, direction: 'out', kind: 'subscribe', envelope: { ...base, event: 'subscribe', data: ['agent'], referenceId } });
const agentEvent = (t: number, note: string): RecordedMessage => ({ t, direction: 'in', kind: 'event', name: 'agent', envelope: { event: 'agent', data: { eventType: 'STATE_CHANGED', note } } });
const request = (t: number, referenceId: string): RecordedMessage => ({ t, direction: 'out', kind: 'request', name: 'agent.get', envelope: { ...base, request: 'agent.get', referenceId } });
const answer = (t: number, referenceId: string, username: string): RecordedMessage => ({ t, direction: 'in', kind: 'response', name: 'agent.get', envelope: { referenceId, data: { username } } });
const notes = (events: Record<string, unknown>[]) => events.map((event) => (event.data as { note?: string }).note);

describe('a replay does what the recorded desktop did', function () {
  this.timeout(60_000);
  let mounted: MountedShell;

  for (const timing of ['compressed', 'kept'] as const) {
    it(`${timing}: loaded while the page already listens, it posts its events without waiting for the page to ask anything`, async () => {
      mounted = await mountShell();
      const app = await mounted.app('App');
      await app.subscribe(['agent']);
      loadRecording(mounted.engine, recordingOf([subscribe(0, 'r-1'), agentEvent(5, 'recorded event')]), { timing });
      await until(() => notes(app.events('agent')).includes('recorded event'), 'the recorded event');
    });
  }

  it('leaves unanswered a request the recorded desktop never answered, and answers the next one as recorded', async () => {
    mounted = await mountShell();
    const app = await mounted.app('App');
    // The first agent.get went unanswered (a quarantine, say); the second was answered.
    loadRecording(mounted.engine, recordingOf([request(0, 'r-1'), request(10, 'r-2'), answer(12, 'r-2', 'second answer')]));
    const first = app.request('agent.get').then(
      () => 'answered',
      () => 'unanswered',
    );
    const ignored = await until(() => mounted.engine.messages().find((entry) => entry.kind === 'ignored' && entry.name === 'agent.get'), 'the first request ignored');
    expect(ignored.reason).to.equal('unanswered-in-recording');
    const second = await app.request('agent.get');
    expect(second.data).to.deep.equal({ username: 'second answer' });
    // The first is still without an answer once the second has had its own.
    expect(app.received().filter((message) => message.referenceId !== undefined && String(message.referenceId) === String(ignored.referenceId))).to.deep.equal([]);
    void first;
  });

  it('reloads the desktop where the recorded desktop posted a new frameId, and the events after it wait for the page to subscribe again', async () => {
    mounted = await mountShell();
    const app = await mounted.app('App');
    await app.subscribe(['agent']);
    const frameIds = () => app.received().filter((message) => message.frameId !== undefined && message.event === undefined && message.referenceId === undefined);
    const before = frameIds().length;
    loadRecording(
      mounted.engine,
      recordingOf([
        subscribe(0, 'r-1'),
        { t: 2, direction: 'in', kind: 'frame-id', envelope: { frameId: 'f-1' } },
        agentEvent(4, 'before the reload'),
        { t: 6, direction: 'in', kind: 'frame-id', envelope: { frameId: 'f-2' } },
        subscribe(8, 'r-2'),
        agentEvent(10, 'after the reload'),
      ]),
    );
    await until(() => frameIds().length > before, 'a new frameId for the page');
    expect(mounted.engine.listensTo('agent'), 'subscriptions after the reload').to.equal(false);
    expect(notes(app.events('agent'))).to.deep.equal(['before the reload']);
    await app.subscribe(['agent']);
    await until(() => notes(app.events('agent')).includes('after the reload'), 'the event after the reload');
    expect(notes(app.events('agent'))).to.deep.equal(['before the reload', 'after the reload']);
  });
});
