/**
 * A recording as a contract test (docs/RECORDING.md): the recorded desktop is replayed around the
 * page under test, and the page must ask what the recorded page asked, in the same order, with
 * equal parameters. Only requests are compared (subscriptions are the kit's business, not the
 * page's contract), and never their referenceIds.
 *
 * The browser side of it lives here (the replay, and waiting until it is done); the comparison is
 * contract-check.ts's, shared with the Playwright entry point, which drives this side in the
 * desktop page (desktop-page.ts) and compares in Node.
 */
import type { LogEntry } from '../simulator/engine/index.js';
import { loadRecording, type RecordingReplay, type ReplayOptions } from '../simulator/replay/index.js';
import { startTestDesktop, type StartTestDesktopOptions, type TestDesktop } from './desktop.js';
import { checkContract, contractWait, type ContractReportOf, type ContractRunOptions, type ReplayedRequests, type RequestCall } from './contract-check.js';
import { isSentRequest, parametersOf } from './match.js';

/** What the replay itself takes: data only, so it crosses `page.evaluate` as it is. */
export interface ContractReplayOptions {
  /**
   * `causal` (default): a recorded event waits until the page has sent as many requests as the
   * recorded page had (so `act` can do the agent's part before the desktop goes on); `compressed`:
   * as soon as the page listens; `kept`: at the recorded pace.
   */
  timing?: ReplayOptions['timing'];
  /** Request names left out on both sides. */
  ignore?: readonly string[];
}

export interface ReplayRecordingOptions extends StartTestDesktopOptions, ContractReplayOptions, ContractRunOptions<TestDesktop> {}

export type ContractReport = ContractReportOf<TestDesktop>;

/** A desktop replaying a recording around the page, before the comparison. */
export interface ContractReplay {
  readonly desk: TestDesktop;
  /**
   * Resolves once the replay posted every recorded event and the page has sent as many requests
   * as the recorded page did (checked at each change of the desktop), or once `wait` ms passed: a
   * page that sends too little is reported by the comparison, not by a timeout error.
   */
  settle(wait: number): Promise<ReplayedRequests>;
}

function requestsOf(entries: readonly LogEntry[], ignored: ReadonlySet<string>): RequestCall[] {
  return entries
    .filter((entry) => isSentRequest(entry) && !ignored.has(entry.name!))
    .map((entry) => ({ name: entry.name!, params: parametersOf(entry) }));
}

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

/** Frames `options.app` in a desktop that replays `recording`; a bad recording throws before any frame exists. */
export async function startContractReplay(recording: unknown, options: StartTestDesktopOptions & ContractReplayOptions): Promise<ContractReplay> {
  const ignored = new Set(options.ignore ?? []);
  let replay: RecordingReplay | undefined;
  const desk = await startTestDesktop({ ...options, prepare: (engine) => void (replay = loadRecording(engine, recording, { timing: options.timing ?? 'causal' })) });
  const played = replay!;
  const expected = played.expectedRequests().filter((call) => !ignored.has(call.name));
  const actual = () => requestsOf(desk.engine.messages(), ignored);
  return {
    desk,
    settle: async (wait) => {
      await replayedOrTimedOut(desk, played, () => actual().length >= expected.length, contractWait(wait));
      return { expected, actual: actual(), redacted: played.recording.redacted };
    },
  };
}

/**
 * Frames `options.app` in a desktop that replays `recording`, lets `act` play the agent, waits until
 * the page has sent as many requests as the recorded page did (or `wait` passes) and every recorded
 * event was posted, then compares. Rejects with `CONTRACT_BROKEN` and a readable diff that names
 * the first request that differs; resolves with both lists when the page keeps the contract.
 */
export async function replayRecording(recording: unknown, options: ReplayRecordingOptions): Promise<ContractReport> {
  const wait = contractWait(options.wait);
  const { desk, settle } = await startContractReplay(recording, options);
  try {
    await options.act?.(desk);
    const { expected, actual, redacted } = await settle(wait);
    checkContract({ expected, actual, redacted }, options.matchers);
    return options.keep ? { expected, actual, desk } : { expected, actual };
  } finally {
    if (!options.keep) await desk.dispose();
  }
}
