import { expect } from '@open-wc/testing';
import { SimulatorEngine } from '../../src/simulator/engine/index.js';
import { loadRecording, RecordingError, RECORDING_FORMAT, RECORDING_VERSION, type Recording } from '../../src/simulator/replay/index.js';
import { otherOrigin, waitFor } from '../helpers/frames.js';
import { waitForValue } from '../helpers/waits.js';
import { stringsIn } from '../helpers/recording-strings.js';

/** An app page in a cross-origin iframe, hosted by `engine`, driven through test plumbing. */
async function hostApp(engine: SimulatorEngine, query = '') {
  const appOrigin = otherOrigin();
  const replies = new Map<number, { result?: unknown; error?: string }>();
  const listen = (event: MessageEvent) => {
    const reply = (event.data as { recordAppReply?: { id: number; result?: unknown; error?: string } })?.recordAppReply;
    if (event.origin === appOrigin && reply) replies.set(reply.id, reply);
  };
  window.addEventListener('message', listen);
  const frame = document.createElement('iframe');
  frame.src = `${appOrigin}/test/fixtures/record-app.html?desktop=${encodeURIComponent(location.origin)}${query}`;
  document.body.append(frame);
  // Hosted before it loads, as the desktop hosts its pages: the page's first requests are served,
  // in the recorded session and in the replay alike (a page the desktop took on late would have its
  // first requests refused, and their retries would depend on the machine's pace).
  engine.addFrame(frame.contentWindow!, { origin: appOrigin, kind: 'tab', label: 'recorded app' });
  await waitFor(() => replies.has(0), 'the app page to load');
  let next = 1;
  const call = async (command: string, ...args: unknown[]): Promise<unknown> => {
    const id = next++;
    frame.contentWindow!.postMessage({ recordApp: { id, command, args } }, appOrigin);
    const reply = await waitForValue(() => replies.get(id), `the app's answer to ${command}`);
    if (reply.error) throw new Error(reply.error);
    return reply.result;
  };
  return {
    call,
    remove() {
      window.removeEventListener('message', listen);
      frame.remove();
    },
  };
}

type EndState = { agentState?: string; interactions: { id: string; state: string; parties: number; keys: string[] }[] };
/** The end state less the ids, which redaction may replace. */
const comparable = (state: EndState) => ({ agentState: state.agentState, interactions: state.interactions.map(({ id: _id, ...rest }) => rest) });

describe('a session recorded in the simulator, redacted, then replayed (issue #15 "done when")', function () {
  // Two desktops and two app pages in one test: on a loaded machine the waits need room.
  this.timeout(120_000);
  const engines: SimulatorEngine[] = [];
  const apps: { remove(): void }[] = [];
  const newEngine = () => {
    const engine = new SimulatorEngine({ acceptedOrigins: otherOrigin(), dialDelay: 60_000 });
    engine.start();
    engines.push(engine);
    return engine;
  };
  afterEach(() => {
    for (const app of apps.splice(0)) app.remove();
    for (const engine of engines.splice(0)) engine.dispose();
  });

  it('holds no attached-data value, party name or number of the session, and replays to the same end state', async () => {
    const engine = newEngine();
    const app = await hostApp(engine);
    apps.push(app);
    await waitFor(() => engine.snapshot().frames.some((frame) => frame.subscriptions.length > 0), 'the app to subscribe');
    const id = engine.inboundCall({ ani: '+33 2 98 76 54 32', dnis: '+33298001122', callerName: 'Anne Caller', userData: { AccountNumber: 'ACC-778899', Email: 'anne.caller@example.org', Segment: 'Gold', Balance: 1234.5 } });
    await waitFor(async () => ((await app.call('state')) as EndState).interactions.some((interaction) => interaction.state === 'RINGING'), 'the app to see the call ringing');
    await app.call('answer', id);
    await app.call('attach', id, { Disposition: 'Refund for Zebulon Quartz' });
    await waitFor(async () => ((await app.call('state')) as EndState).interactions.some((interaction) => interaction.keys.includes('Disposition') && interaction.state === 'ESTABLISHED'), 'the app to see the data and the answered call');
    const recorded = (await app.call('state')) as EndState;
    const recording = (await app.call('recording')) as Recording;

    // Every value the desktop knew about the customer, as the desktop itself holds them.
    const snapshot = engine.snapshot();
    const call = snapshot.interactions.find((interaction) => interaction.interactionId === id)!;
    const secrets = [
      ...Object.values(call.userData).map(String),
      ...call.parties.flatMap((party) => [party.name, party.address ?? '']),
      call.ani ?? '',
      call.dnis ?? '',
      snapshot.agent.firstname,
      snapshot.agent.lastname,
    ].filter((secret) => secret.length >= 3);
    expect(secrets).to.include.members(['ACC-778899', 'anne.caller@example.org', 'Refund for Zebulon Quartz', 'Anne Caller']);
    expect(recording.redacted).to.equal(true);
    const strings = stringsIn(recording);
    for (const secret of secrets) {
      const leaks = strings.filter((text) => text.includes(secret));
      expect(leaks, `"${secret}" is in the recording`).to.deep.equal([]);
    }
    expect(strings.some((text) => text.includes('1234.5'))).to.equal(false);
    // Keys and shapes are kept.
    expect(strings).to.include.members(['AccountNumber', 'Disposition', 'ESTABLISHED', 'interaction.setUserData']);

    // The replay: a fresh desktop with nothing on it, the same app page, the recording.
    const replayEngine = newEngine();
    const replay = loadRecording(replayEngine, JSON.stringify(recording));
    expect(replay.expectedRequests().map((request) => request.name)).to.include.members(['agent.getState', 'interaction.getInteractions', 'voice.answer', 'interaction.setUserData']);
    const again = await hostApp(replayEngine);
    apps.push(again);
    await replay.whenFinished();
    expect(replay.status()).to.include({ finished: true });
    await waitFor(async () => JSON.stringify(comparable((await again.call('state')) as EndState)) === JSON.stringify(comparable(recorded)), 'the replayed app to reach the recorded end state');
    expect(comparable((await again.call('state')) as EndState)).to.deep.equal(comparable(recorded));
    expect(replayEngine.snapshot().interactions).to.deep.equal([]);
    replay.stop();
  });

  it('keeps raw values only when asked: record: { redact: false }', async () => {
    const engine = newEngine();
    const app = await hostApp(engine, '&raw');
    apps.push(app);
    await waitFor(() => engine.snapshot().frames.some((frame) => frame.subscriptions.length > 0), 'the app to subscribe');
    engine.inboundCall({ ani: '+33298765432', userData: { AccountNumber: 'ACC-1' } });
    await waitFor(async () => ((await app.call('state')) as EndState).interactions.length === 1, 'the app to see the call');
    const recording = (await app.call('recording')) as Recording;
    expect(recording.redacted).to.equal(false);
    expect(stringsIn(recording)).to.include.members(['+33298765432', 'ACC-1']);
  });
});

describe('loadRecording refuses what it cannot replay, with a code', () => {
  const engine = new SimulatorEngine();
  after(() => engine.dispose());
  const valid = { format: RECORDING_FORMAT, version: RECORDING_VERSION, startedAt: '2026-01-01T00:00:00.000Z', redacted: true, dropped: 0, messages: [] };
  const cases: [string, unknown, string][] = [
    ['text that is not JSON', '{ nope', 'RECORDING_NOT_JSON'],
    ['another format', { ...valid, format: 'har' }, 'RECORDING_FORMAT'],
    ['a future version', { ...valid, version: 2 }, 'RECORDING_VERSION'],
    ['messages that are not a list', { ...valid, messages: {} }, 'RECORDING_SHAPE'],
    ['a message without an envelope', { ...valid, messages: [{ t: 0, direction: 'in', kind: 'event' }] }, 'RECORDING_SHAPE'],
    ['a direction that is neither', { ...valid, messages: [{ t: 0, direction: 'up', kind: 'event', envelope: {} }] }, 'RECORDING_SHAPE'],
    ['times that go back', { ...valid, messages: [{ t: 5, direction: 'in', kind: 'other', envelope: {} }, { t: 1, direction: 'in', kind: 'other', envelope: {} }] }, 'RECORDING_SHAPE'],
  ];
  for (const [what, input, code] of cases) {
    it(`${what}: ${code}`, () => {
      let caught: unknown;
      try {
        loadRecording(engine, input);
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(RecordingError);
      expect((caught as RecordingError).code).to.equal(code);
    });
  }

  it('accepts a valid empty recording, which finishes at once', async () => {
    const replay = loadRecording(engine, valid);
    await replay.whenFinished();
    expect(replay.status()).to.deep.equal({ events: 0, eventsPlayed: 0, requests: 0, answered: 0, finished: true });
    replay.stop();
  });
});
