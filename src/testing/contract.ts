/**
 * A recording as a contract test (docs/RECORDING.md): the recorded desktop is replayed around the
 * page under test, and the page must ask what the recorded page asked, in the same order, with
 * equal parameters. Only requests are compared (subscriptions are the kit's business, not the
 * page's contract), and never their referenceIds.
 */
import type { LogEntry } from '../simulator/engine/index.js';
import { loadRecording, type RecordingReplay, type ReplayOptions } from '../simulator/replay/index.js';
import { startTestDesktop, type StartTestDesktopOptions, type TestDesktop } from './desktop.js';
import { TestDesktopError } from './errors.js';
import { isPseudonym } from '../protocol/recording.js';
import { parametersOf } from './match.js';

/** One request: its name and its parameters as sent. */
export interface RequestCall {
  name: string;
  params: readonly unknown[];
}

/** Whether the page's parameters stand for the recorded ones (e.g. a number the page formats itself). */
export type ParamsMatcher = (actual: readonly unknown[], expected: readonly unknown[]) => boolean;

export interface ReplayRecordingOptions extends StartTestDesktopOptions {
  /**
   * `causal` (default): a recorded event waits until the page has sent as many requests as the
   * recorded page had (so `act` can do the agent's part before the desktop goes on); `compressed`:
   * as soon as the page listens; `kept`: at the recorded pace.
   */
  timing?: ReplayOptions['timing'];
  /** The agent's part, done on the page once the replay runs (click Dial, type a note…). */
  act?: (desk: TestDesktop) => Promise<void> | void;
  /**
   * Per request name, how parameters compare. By default they must be equal as data, where a
   * pseudonym of a redacted recording (`party-3`, `+1-555-0100-2`…) matches any string.
   */
  matchers?: Readonly<Record<string, ParamsMatcher>>;
  /** Request names left out on both sides. */
  ignore?: readonly string[];
  /** Milliseconds to wait for the page to send as many requests as the recording has; default 10 000. */
  wait?: number;
  /** Keeps the desktop for more checks (the caller disposes it); by default it is disposed. */
  keep?: boolean;
}

export interface ContractReport {
  expected: RequestCall[];
  actual: RequestCall[];
  /** The desktop, when `keep` was set. */
  desk?: TestDesktop;
}

const DEFAULT_WAIT_MS = 10_000;

/**
 * Equal as a recording holds data (JSON): objects by their keys in any order, arrays by position,
 * `undefined` as `null` (JSON writes it so in an array, and drops it from an object); with
 * `pseudonyms`, a pseudonym of a redacted recording stands for any string.
 */
function equalAsJson(actual: unknown, expected: unknown, pseudonyms: boolean): boolean {
  if (actual == null && expected == null) return true;
  if (pseudonyms && typeof expected === 'string' && isPseudonym(expected)) return typeof actual === 'string';
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return Object.is(actual, expected);
  if (Array.isArray(actual) || Array.isArray(expected)) {
    return Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length && actual.every((item, index) => equalAsJson(item, expected[index], pseudonyms));
  }
  const defined = (record: object) => Object.entries(record).filter(([, value]) => value !== undefined);
  const wanted = defined(expected);
  const got = new Map(defined(actual));
  return wanted.length === got.size && wanted.every(([key, value]) => got.has(key) && equalAsJson(got.get(key), value, pseudonyms));
}

/** Parameters equal as a recording holds data. */
export const sameData: ParamsMatcher = (actual, expected) => equalAsJson(actual, expected, false);

/**
 * Parameters equal as a recording holds data, where a pseudonym of a redacted recording
 * (`party-3`, `+1-555-0100-2`…) stands for any string: the page sends the real value it typed or
 * read, the recording its stand-in.
 */
export const sameDataRedacted: ParamsMatcher = (actual, expected) => equalAsJson(actual, expected, true);

const show = (call: RequestCall | undefined) => (call ? `${call.name} ${JSON.stringify(call.params)}` : '(nothing)');

/**
 * The first difference named, then both lists side by side: `=` the same, `≠` a different request
 * or parameters, `-` recorded but not sent, `+` sent but not recorded. Undefined when they agree.
 */
export function contractDiff(
  expected: readonly RequestCall[],
  actual: readonly RequestCall[],
  matchers: Readonly<Record<string, ParamsMatcher>> = {},
  same: ParamsMatcher = sameData,
): string | undefined {
  const agrees = (index: number) => {
    const want = expected[index];
    const got = actual[index];
    if (!want || !got || want.name !== got.name) return false;
    return (matchers[want.name] ?? same)(got.params, want.params);
  };
  const length = Math.max(expected.length, actual.length);
  const first = Array.from({ length }, (_, index) => index).find((index) => !agrees(index));
  if (first === undefined) return undefined;
  const want = expected[first];
  const got = actual[first];
  const headline =
    want && got && want.name === got.name
      ? `request #${first + 1} '${want.name}' was sent with other parameters`
      : want && got
        ? `request #${first + 1}: the recording has '${want.name}', the page sent '${got.name}'`
        : want
          ? `request #${first + 1} '${want.name}' was recorded but the page did not send it`
          : `request #${first + 1} '${got!.name}' was sent by the page but is not in the recording`;
  const lines = Array.from({ length }, (_, index) => {
    const mark = agrees(index) ? '=' : !actual[index] ? '-' : !expected[index] ? '+' : '≠';
    const row = `${mark} ${String(index + 1).padStart(3)}  recorded: ${show(expected[index])}`;
    return mark === '=' ? row : `${row}\n         page sent: ${show(actual[index])}`;
  });
  return `The page does not keep the recording's contract: ${headline}.\n${lines.join('\n')}`;
}

/**
 * Resolves once the replay posted every recorded event and `sentEnough` holds (checked at each
 * change of the desktop), or once `wait` ms passed: a page that sends too little is reported by
 * the comparison, not by a timeout error.
 */
function replayedOrTimedOut(desk: TestDesktop, replay: RecordingReplay, sentEnough: () => boolean, wait: number): Promise<void> {
  return new Promise((resolve) => {
    let played = false;
    const check = () => played && sentEnough() && finish();
    const finish = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(finish, wait);
    const stop = desk.engine.onChange(check);
    void replay.whenFinished().then(() => {
      played = true;
      check();
    });
  });
}

function requestsOf(entries: readonly LogEntry[], ignored: ReadonlySet<string>): RequestCall[] {
  return entries
    .filter((entry) => entry.direction === 'in' && entry.kind === 'request' && entry.name !== undefined && !ignored.has(entry.name))
    .map((entry) => ({ name: entry.name!, params: parametersOf(entry) }));
}

/**
 * Frames `options.app` in a desktop that replays `recording`, lets `act` play the agent, waits until
 * the page has sent as many requests as the recorded page did (or `wait` passes) and every recorded
 * event was posted, then compares. Rejects with `CONTRACT_BROKEN` and a readable diff that names
 * the first request that differs; resolves with both lists when the page keeps the contract.
 */
export async function replayRecording(recording: unknown, options: ReplayRecordingOptions): Promise<ContractReport> {
  const ignored = new Set(options.ignore ?? []);
  const wait = options.wait ?? DEFAULT_WAIT_MS;
  if (typeof wait !== 'number' || !(wait >= 0)) throw new TestDesktopError('INVALID_ARGUMENT', `wait must be a number of milliseconds ≥ 0, got ${String(wait)}`);
  // A bad recording throws here, before any frame exists.
  let replay: RecordingReplay | undefined;
  const desk = await startTestDesktop({ ...options, prepare: (engine) => void (replay = loadRecording(engine, recording, { timing: options.timing ?? 'causal' })) });
  try {
    const expected = replay!.expectedRequests().filter((call) => !ignored.has(call.name));
    await options.act?.(desk);
    await replayedOrTimedOut(desk, replay!, () => requestsOf(desk.engine.messages(), ignored).length >= expected.length, wait);
    const actual = requestsOf(desk.engine.messages(), ignored);
    const diff = contractDiff(expected, actual, options.matchers, replay!.recording.redacted ? sameDataRedacted : sameData);
    if (diff) throw new TestDesktopError('CONTRACT_BROKEN', diff);
    return options.keep ? { expected, actual, desk } : { expected, actual };
  } finally {
    if (!options.keep) await desk.dispose();
  }
}
