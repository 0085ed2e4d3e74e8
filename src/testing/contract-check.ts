/**
 * The contract test's comparison, in one place for both entry points: `replayRecording` in the
 * browser (`wwe-components/testing`) and under Playwright (`wwe-components/testing/playwright`),
 * where the matchers are Node functions, so the lists cross `page.evaluate` and are compared here.
 * Data only: no DOM, no engine.
 */
import { isPseudonym } from '../protocol/recording.js';
import { TestDesktopError } from './errors.js';

/** One request: its name and its parameters as sent. */
export interface RequestCall {
  name: string;
  params: readonly unknown[];
}

/** Whether the page's parameters stand for the recorded ones (e.g. a number the page formats itself). */
export type ParamsMatcher = (actual: readonly unknown[], expected: readonly unknown[]) => boolean;

/** What a replay ends with: the recorded requests, the page's, and whether the recording is redacted. */
export interface ReplayedRequests {
  expected: RequestCall[];
  actual: RequestCall[];
  redacted: boolean;
}

/** What both `replayRecording`s take beside the desktop's options; `Desk` is the test desktop each hands to `act`. */
export interface ContractRunOptions<Desk> {
  /** The agent's part, done once the replay runs (click Dial, type a note…). */
  act?: (desk: Desk) => Promise<void> | void;
  /**
   * Per request name, how parameters compare. By default they must be equal as data, where a
   * pseudonym of a redacted recording (`party-3`, `+1-555-0100-2`…) matches any string.
   */
  matchers?: Readonly<Record<string, ParamsMatcher>>;
  /** Milliseconds to wait for the page to send as many requests as the recording has; default 10 000. */
  wait?: number;
  /** Keeps the desktop for more checks (the caller disposes it); by default it is disposed. */
  keep?: boolean;
}

/** What a kept contract resolves with: both lists, and the desktop when `keep` was set. */
export interface ContractReportOf<Desk> {
  expected: RequestCall[];
  actual: RequestCall[];
  desk?: Desk;
}

const DEFAULT_WAIT_MS = 10_000;

/** `wait` checked (a number of milliseconds ≥ 0), or the default. */
export function contractWait(wait: unknown): number {
  if (wait === undefined) return DEFAULT_WAIT_MS;
  if (typeof wait !== 'number' || !(wait >= 0)) throw new TestDesktopError('INVALID_ARGUMENT', `wait must be a number of milliseconds ≥ 0, got ${String(wait)}`);
  return wait;
}

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

/** Rejects with `CONTRACT_BROKEN` and the diff when the page's requests differ from the recorded ones. */
export function checkContract({ expected, actual, redacted }: ReplayedRequests, matchers?: Readonly<Record<string, ParamsMatcher>>): void {
  const diff = contractDiff(expected, actual, matchers, redacted ? sameDataRedacted : sameData);
  if (diff) throw new TestDesktopError('CONTRACT_BROKEN', diff);
}
