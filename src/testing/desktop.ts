/**
 * `startTestDesktop`: a simulated Agent Desktop around a page under test, for test runners that
 * run tests in the browser (@web/test-runner, Vitest browser mode). The test's page plays the
 * desktop: it runs the SimulatorEngine and hosts the app in an iframe, so the app talks to its
 * parent window over real postMessage exactly as under Agent Desktop, while the test reads the
 * app's DOM through `frame` (same origin) and drives the desktop directly.
 */
import { isProfileName, readProfileDefinition, SimulatorEngine, SimulatorError, type LogEntry, type ProfileDefinition, type ProfileName } from '../simulator/engine/index.js';
import { TestDesktopError } from './errors.js';
import { describeSent, matchesRequest } from './match.js';
import { SCENARIO_ACTIONS, type RequestEntry, type ScenarioMethods, type TestDesktopApi, type TestDesktopOptions } from './types.js';

export interface StartTestDesktopOptions extends TestDesktopOptions {
  /** Where the app's iframe goes; default `document.body`. */
  container?: HTMLElement;
  /** Runs on the engine before the app loads (a replay must be in place for the app's first request). */
  prepare?: (engine: SimulatorEngine) => void;
}

export interface TestDesktop extends TestDesktopApi {
  /** The app's iframe: `desk.frame.contentDocument` is the page under test (same origin). */
  readonly frame: HTMLIFrameElement;
  /** The engine itself, for what the typed methods do not cover. */
  readonly engine: SimulatorEngine;
}

const DEFAULT_WAIT_MS = 5000;
// Generous: a loaded CI machine may take this long to serve and start a page; it only bounds a page that never loads.
const DEFAULT_LOAD_MS = 30_000;

function checkTimeout(value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0)) throw new TestDesktopError('INVALID_ARGUMENT', `timeout must be a number of milliseconds ≥ 0, got ${String(value)}`);
  return value;
}

/** A built-in name, or a definition checked by the engine's one reader (its code goes into the message). */
function checkProfile(profile: unknown): ProfileName | ProfileDefinition {
  if (typeof profile !== 'object' || profile === null) {
    if (!isProfileName(profile)) throw new TestDesktopError('INVALID_ARGUMENT', `unknown desktop profile '${String(profile)}'`);
    return profile;
  }
  try {
    return readProfileDefinition(profile);
  } catch (error) {
    if (!(error instanceof SimulatorError)) throw error;
    throw new TestDesktopError('INVALID_ARGUMENT', `${error.code}: ${error.message}`);
  }
}

/** A wait on the inspector log: settles once, when an entry matches, at its timeout, or at dispose. */
interface LogWait {
  test(entry: LogEntry): boolean;
  resolve(entry: LogEntry): void;
  reject(error: TestDesktopError): void;
}

export async function startTestDesktop(options: StartTestDesktopOptions): Promise<TestDesktop> {
  if (typeof options?.app !== 'string' || options.app === '') throw new TestDesktopError('INVALID_ARGUMENT', 'startTestDesktop needs { app: the URL of the page under test }');
  const profile = options.profile === undefined ? undefined : checkProfile(options.profile);
  const loadTimeout = checkTimeout(options.timeout, DEFAULT_LOAD_MS);
  const appUrl = new URL(options.app, document.baseURI);

  const engine = new SimulatorEngine({ acceptedOrigins: appUrl.origin, ...options.options, profile, agent: options.agent });
  const frame = document.createElement('iframe');
  frame.title = 'Page under test';
  frame.dataset.wweTestApp = '';
  frame.style.cssText = 'width:100%;height:480px;border:1px solid #ccc';

  // The app is registered at its first message or its load, whichever comes first: module scripts
  // often post before `load`, and registering before the page exists would post its frameId to
  // the iframe's initial blank document. This listener goes before the engine's, so the frame is
  // known when the engine screens that first message.
  let registered = false;
  const register = () => {
    if (registered || !frame.contentWindow) return;
    registered = true;
    engine.addFrame(frame.contentWindow, { origin: appUrl.origin, kind: 'tab', label: 'Page under test' });
  };
  const onFirstContact = (event: MessageEvent) => {
    if (event.source !== null && event.source === frame.contentWindow) register();
  };
  window.addEventListener('message', onFirstContact);
  try {
    options.prepare?.(engine);
  } catch (error) {
    window.removeEventListener('message', onFirstContact);
    engine.dispose();
    throw error;
  }
  engine.start();

  const waits = new Set<LogWait>();
  let seenSeq = -1;
  const stopWatching = engine.onChange((kind) => {
    if (kind !== 'log' || waits.size === 0) return;
    const fresh = engine.messages().filter((entry) => entry.seq > seenSeq);
    if (fresh.length > 0) seenSeq = fresh[fresh.length - 1].seq;
    for (const entry of fresh) for (const wait of [...waits]) if (wait.test(entry)) wait.resolve(entry);
  });

  let disposed = false;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    for (const wait of [...waits]) wait.reject(new TestDesktopError('DISPOSED', 'the test desktop was disposed while waiting'));
    stopWatching();
    window.removeEventListener('message', onFirstContact);
    engine.dispose();
    frame.remove();
  };
  const alive = () => {
    if (disposed) throw new TestDesktopError('DISPOSED', 'the test desktop is disposed');
  };

  /** Resolves with the first logged entry, past or future, that passes `test`. */
  const waitForEntry = (test: (entry: LogEntry) => boolean, timeout: number, onTimeout: () => string) =>
    new Promise<LogEntry>((resolve, reject) => {
      alive();
      const past = engine.messages();
      const found = past.find(test);
      if (found) return resolve(found);
      seenSeq = Math.max(seenSeq, past.length > 0 ? past[past.length - 1].seq : -1);
      const timer = setTimeout(() => wait.reject(new TestDesktopError('TIMEOUT', onTimeout())), timeout);
      const settle = () => {
        clearTimeout(timer);
        waits.delete(wait);
      };
      const wait: LogWait = {
        test,
        resolve: (entry) => (settle(), resolve(entry)),
        reject: (error) => (settle(), reject(error)),
      };
      waits.add(wait);
    });

  const act = async <R>(run: () => R): Promise<R> => {
    alive();
    try {
      return run();
    } catch (error) {
      throw new TestDesktopError('ACTION_FAILED', error instanceof Error ? error.message : String(error));
    }
  };

  const scenario = Object.fromEntries(
    SCENARIO_ACTIONS.map((name) => [name, (...args: unknown[]) => act(() => (engine[name] as (...params: unknown[]) => unknown).apply(engine, args))]),
  ) as unknown as ScenarioMethods;

  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TestDesktopError('APP_NOT_LOADED', `${appUrl.href} did not load within ${loadTimeout} ms`)), loadTimeout);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  frame.src = appUrl.href;
  (options.container ?? document.body).append(frame);
  try {
    await loaded;
  } catch (error) {
    await dispose();
    throw error;
  }
  register();

  return {
    ...scenario,
    frame,
    engine,
    setProfile: async (profile) => {
      const checked = checkProfile(profile);
      return act(() => engine.setProfile(checked));
    },
    snapshot: () => act(() => engine.snapshot()),
    messages: () => act(() => engine.messages()),
    expectRequest: async (name, { params, timeout } = {}) => {
      const budget = checkTimeout(timeout, DEFAULT_WAIT_MS);
      const entry = await waitForEntry(
        (candidate) => matchesRequest(candidate, name, params),
        budget,
        () => `the app did not send '${name}'${params === undefined ? '' : ' with the expected parameters'} within ${budget} ms. ${describeSent(engine.messages())}`,
      );
      return entry as RequestEntry;
    },
    waitForReady: async ({ timeout } = {}) => {
      const budget = checkTimeout(timeout, DEFAULT_WAIT_MS);
      await waitForEntry(
        (entry) => entry.direction === 'in' && entry.kind !== 'rejected' && entry.kind !== 'ignored',
        budget,
        () => `the app sent no message to the desktop within ${budget} ms. ${describeSent(engine.messages())}`,
      );
    },
    dispose,
  };
}
