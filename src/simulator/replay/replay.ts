/**
 * Replays a recording (docs/RECORDING.md) in the simulator: the desktop's answers are served to
 * the page's requests by request name and order, and the desktop's events and reloads happen
 * again, at their recorded times or one after another. A request the recorded desktop never
 * answered is not answered again; requests the recording does not have fall back to the engine's
 * own handling, with a warning in the inspector.
 */
import { isPlainRecord } from '../../protocol/parse.js';
import { readRecording, recordedExchanges, type RecordedExchange, type Recording } from '../../protocol/recording.js';
import type { AnswerSource, RecordedAnswer, SimulatorEngine } from '../engine/index.js';

export interface ReplayOptions {
  /**
   * `compressed` (default): events as soon as the page listens; `kept`: also not before their
   * recorded distance from the page's first message; `causal`: also not before the page has sent
   * as many requests as the recorded page had when the desktop sent them (so a call ends only after
   * the page saved its wrap-up, as recorded), whatever the pace: what a contract test wants.
   */
  timing?: 'kept' | 'compressed' | 'causal';
}

/** Where a replay stands, for a UI and for tests. */
export interface ReplayStatus {
  /** The recorded desktop's own steps: its events, and its reloads. */
  events: number;
  eventsPlayed: number;
  requests: number;
  answered: number;
  finished: boolean;
}

/** What the recorded desktop did on its own: posted an event, or reloaded (a new frameId). */
type RecordedStep = ({ kind: 'event'; channel: string; data: Record<string, unknown> } | { kind: 'reload' }) & {
  t: number;
  /** How many requests the recorded page had sent before the desktop did it. */
  after: number;
};

/** The desktop's steps in a recording: its events, and each frameId after the first as a reload. */
function recordedSteps(recording: Recording): RecordedStep[] {
  const steps: RecordedStep[] = [];
  let requests = 0;
  let framed = false;
  for (const message of recording.messages) {
    if (message.direction === 'out') {
      if (message.kind === 'request') requests++;
    } else if (message.kind === 'frame-id') {
      // The first frameId is the page's load, which the engine sends itself; a later one is a reload.
      if (framed) steps.push({ kind: 'reload', t: message.t, after: requests });
      framed = true;
    } else if (message.kind === 'event' && message.name !== undefined && isPlainRecord(message.envelope.data)) {
      steps.push({ kind: 'event', channel: message.name, data: message.envelope.data as Record<string, unknown>, t: message.t, after: requests });
    }
  }
  return steps;
}

export class RecordingReplay implements AnswerSource {
  readonly recording: Recording;
  readonly #exchanges: readonly RecordedExchange[];
  /** Per request name, the answers not served yet, in order (`unanswered`: the recorded desktop gave none). */
  readonly #queues = new Map<string, (RecordedAnswer | 'unanswered')[]>();
  readonly #steps: readonly RecordedStep[];
  readonly #timing: NonNullable<ReplayOptions['timing']>;
  /** Requests the page has sent during the replay (subscriptions aside, as in `after`). */
  #requestsSeen = 0;
  /** The recorded time the replay's start stands for: the page's first message. */
  readonly #origin: number;
  #startedAt: number | undefined;
  #next = 0;
  #answered = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  readonly #finished: Promise<void>;
  #finish!: () => void;
  readonly #unlisten: () => void;

  constructor(
    private readonly engine: SimulatorEngine,
    input: unknown,
    options: ReplayOptions = {},
  ) {
    this.recording = readRecording(input);
    this.#timing = options.timing ?? 'compressed';
    this.#exchanges = recordedExchanges(this.recording);
    for (const exchange of this.#exchanges) {
      const queue = this.#queues.get(exchange.name) ?? [];
      queue.push(exchange.answer ?? 'unanswered');
      this.#queues.set(exchange.name, queue);
    }
    this.#steps = recordedSteps(this.recording);
    this.#origin = this.recording.messages.find((message) => message.direction === 'out')?.t ?? 0;
    this.#finished = new Promise((resolve) => (this.#finish = resolve));
    if (this.#steps.length === 0) this.#finish();
    // A subscription is a model change: an event waiting for its channel may go.
    this.#unlisten = engine.onChange((kind) => kind === 'model' && this.#pump());
    engine.setAnswerSource(this);
    // A page may be listening already (a file picked in the shell): its events need no request to go.
    this.#pump();
  }

  /** The page's requests in the recorded order (name, params): what a contract test expects a page to ask. */
  expectedRequests(): { name: string; params: unknown[] }[] {
    return this.#exchanges.map(({ name, params }) => ({ name, params }));
  }

  answer(request: string): RecordedAnswer | 'unanswered' | undefined {
    this.#start();
    this.#requestsSeen++;
    // After this request's answer is posted, as the recorded desktop answered before it went on.
    if (this.#timing === 'causal') queueMicrotask(() => this.#pump());
    const answer = this.#queues.get(request)?.shift();
    if (answer) this.#answered++;
    return answer;
  }

  status(): ReplayStatus {
    return { events: this.#steps.length, eventsPlayed: this.#next, requests: this.#exchanges.length, answered: this.#answered, finished: this.#next >= this.#steps.length };
  }

  /** Settles when every recorded event has been posted (or the replay stopped). */
  whenFinished(): Promise<void> {
    return this.#finished;
  }

  /** Ends the replay: no more events, and the engine answers requests itself again. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#unlisten();
    this.engine.setAnswerSource(undefined);
    this.#finish();
  }

  #start(): void {
    if (this.#startedAt !== undefined) return;
    this.#startedAt = Date.now();
    this.#pump();
  }

  /**
   * Does every step that may go: in order, an event once its channel has a listener, and neither
   * before its time.
   */
  #pump(): void {
    if (this.#stopped || this.#timer !== undefined) return;
    while (this.#next < this.#steps.length) {
      const event = this.#steps[this.#next];
      if (event.kind === 'event' && !this.engine.listensTo(event.channel)) return;
      // A reload always waits for the page's requests before it: a reload before the page has
      // loaded would be no reload for it.
      if ((this.#timing === 'causal' || event.kind === 'reload') && event.after > this.#requestsSeen) return;
      this.#startedAt ??= Date.now();
      if (this.#timing === 'kept') {
        const wait = this.#startedAt! + (event.t - this.#origin) - Date.now();
        if (wait > 0) {
          this.#timer = setTimeout(() => {
            this.#timer = undefined;
            this.#pump();
          }, wait);
          return;
        }
      }
      this.#next++;
      // A reload ends every subscription: the next event waits for the page to subscribe again.
      if (event.kind === 'reload') this.engine.reload();
      else this.engine.emitRecorded(event.channel, event.data);
    }
    this.#finish();
  }
}

/** The replay playing on each engine: one at a time, whoever started it (the shell, a script). */
const playing = new WeakMap<SimulatorEngine, RecordingReplay>();

/**
 * Replays `input` (a recording, as JSON text or data) on `engine`, stopping the replay before it;
 * throws a coded RecordingError for a bad one, and then leaves the replay before it playing.
 */
export function loadRecording(engine: SimulatorEngine, input: unknown, options?: ReplayOptions): RecordingReplay {
  const recording = readRecording(input);
  playing.get(engine)?.stop();
  const replay = new RecordingReplay(engine, recording, options);
  playing.set(engine, replay);
  return replay;
}

/** The replay playing (or finished) on `engine`, if any. */
export function currentReplay(engine: SimulatorEngine): RecordingReplay | undefined {
  return playing.get(engine);
}
