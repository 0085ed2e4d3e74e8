/**
 * `wwe-components/testing/playwright`: the test desktop for Playwright tests (Node side).
 * `openTestDesktop(page, { app })` makes `page` a simulated Agent Desktop that hosts your app in an
 * iframe, and returns the TestDesktop API, each call proxied with `page.evaluate`. The desktop page
 * is served by `page.route` from this package's own files, so you serve only your app; it lives on
 * the other loopback host of your app's port (localhost ⇄ 127.0.0.1), so app and desktop are
 * cross-origin, as under Agent Desktop. `replayRecording(page, json, options)` is the contract test
 * (contract.ts) from Node: the desktop page replays and waits, Node compares (contract-check.ts).
 */
import type { FrameLocator, Page } from 'playwright-core';
import type { DesktopPageGlobal } from './desktop-page.js';
import { TestDesktopError } from './errors.js';
import { checkContract, contractWait, type ContractReportOf, type ContractRunOptions } from './contract-check.js';
import type { ContractReplayOptions } from './contract.js';
import { readRecording } from '../protocol/recording.js';
import { SCENARIO_ACTIONS, type ScenarioMethods, type TestDesktopApi, type TestDesktopOptions } from './types.js';

export interface OpenTestDesktopOptions extends TestDesktopOptions {
  /** The desktop page's URL; default the other loopback host of the app's port, path /__wwe-test-desktop/. */
  desktopUrl?: string;
}

export interface PlaywrightTestDesktop extends TestDesktopApi {
  /** The app's iframe, for locators: `desk.frame.getByRole('button', { name: 'Dial' })`. */
  readonly frame: FrameLocator;
  /** The desktop page's URL. */
  readonly desktopUrl: string;
}

const DESKTOP_PATH = '/__wwe-test-desktop/';
const SCRIPT = 'wwe-test-desktop.js';

function defaultDesktopUrl(app: URL): string {
  const host = app.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `http://${host}${app.port ? `:${app.port}` : ''}${DESKTOP_PATH}`;
}

/** The built desktop script beside this module, as a file path for `route.fulfill`. */
function scriptPath(): string {
  // Through a variable: bundlers rewrite `new URL(<literal>, import.meta.url)` into asset imports.
  const here = import.meta.url;
  const path = decodeURIComponent(new URL(SCRIPT, here).pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

const DESKTOP_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Simulated Agent Desktop (wwe-components/testing)</title>
<style>html,body{margin:0;height:100%}</style><script type="module" src="${SCRIPT}"></script></head><body></body></html>`;

/** Rebuilds the kit's coded error from what crossed `page.evaluate` (only a message does). */
function rethrow(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  throw TestDesktopError.fromMessage(message) ?? error;
}

type DesktopPageWindow = Window & { wweTestDesktop: DesktopPageGlobal };

/** Starts the desktop in the desktop page, given the app's absolute URL and the other options. */
type StartDesktop = (page: Page, options: TestDesktopOptions) => Promise<void>;

export function openTestDesktop(page: Page, options: OpenTestDesktopOptions): Promise<PlaywrightTestDesktop> {
  return open(page, options, (target, start) => target.evaluate((data) => (window as unknown as DesktopPageWindow).wweTestDesktop.start(data), start));
}

async function open(page: Page, options: OpenTestDesktopOptions, startDesktop: StartDesktop): Promise<PlaywrightTestDesktop> {
  if (typeof options?.app !== 'string') throw new TestDesktopError('INVALID_ARGUMENT', 'openTestDesktop needs { app: the absolute URL of the page under test }');
  let app: URL;
  try {
    app = new URL(options.app);
  } catch {
    throw new TestDesktopError('INVALID_ARGUMENT', `app must be an absolute URL, got '${options.app}'`);
  }
  const { desktopUrl = defaultDesktopUrl(app), ...startOptions } = options;
  const base = new URL(desktopUrl);
  if (base.origin === app.origin) throw new TestDesktopError('INVALID_ARGUMENT', 'the desktop page needs an origin of its own, not the app’s');

  const serves = (url: URL) => url.origin === base.origin && url.pathname.startsWith(base.pathname);
  const handler: Parameters<Page['route']>[1] = (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith(`/${SCRIPT}`)) return route.fulfill({ path: scriptPath(), contentType: 'text/javascript' });
    return route.fulfill({ body: DESKTOP_HTML, contentType: 'text/html' });
  };
  await page.route(serves, handler);
  // A page page.route fulfils has no IP address, so Chromium counts it as public and its Local
  // Network Access checks block the app's frame on localhost; the permission lets the desktop
  // page embed it. A browser that does not know the permission has no such checks.
  await page
    .context()
    .grantPermissions(['local-network-access'], { origin: base.origin })
    .catch(() => {});
  await page.goto(base.href);
  await startDesktop(page, { ...startOptions, app: app.href }).catch(rethrow);

  const call = (method: string, args: unknown[]) =>
    page.evaluate(([name, params]) => (window as unknown as DesktopPageWindow).wweTestDesktop.call(name, params), [method, args] as const).catch(rethrow);

  const scenario = Object.fromEntries(SCENARIO_ACTIONS.map((name) => [name, (...args: unknown[]) => call(name, args)])) as unknown as ScenarioMethods;
  let disposed = false;

  return {
    ...scenario,
    frame: page.frameLocator('iframe[data-wwe-test-app]'),
    desktopUrl: base.href,
    setProfile: (name) => call('setProfile', [name]) as Promise<void>,
    snapshot: () => call('snapshot', []) as ReturnType<TestDesktopApi['snapshot']>,
    messages: () => call('messages', []) as ReturnType<TestDesktopApi['messages']>,
    expectRequest: async (name, expectOptions = {}) => {
      if (typeof expectOptions.params === 'function') throw new TestDesktopError('INVALID_ARGUMENT', 'params must be an array pattern under Playwright: a function cannot cross page.evaluate');
      return call('expectRequest', [name, expectOptions]) as ReturnType<TestDesktopApi['expectRequest']>;
    },
    waitForReady: (waitOptions) => call('waitForReady', [waitOptions]) as Promise<void>,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      // A closed page has disposed of everything already.
      if (page.isClosed()) return;
      await call('dispose', []);
      await page.unroute(serves, handler);
    },
  };
}

/** `act` runs in Node with the Playwright desktop: `desk.frame.getByRole('button', { name: 'Dial' }).click()`; `matchers` are Node functions. */
export interface PlaywrightReplayOptions extends OpenTestDesktopOptions, ContractReplayOptions, ContractRunOptions<PlaywrightTestDesktop> {}

export type PlaywrightContractReport = ContractReportOf<PlaywrightTestDesktop>;

/**
 * A recording as a contract test under Playwright: `page` becomes a desktop that replays
 * `recording` around `options.app`, `act` plays the agent, and once the replay is done (or `wait`
 * passes) the page's requests are compared here, in Node, with the recorded ones. Rejects with
 * `CONTRACT_BROKEN` and the same diff as the in-browser `replayRecording`; a file that is not a
 * recording rejects with its `RECORDING_*` code before the page is touched.
 */
export async function replayRecording(page: Page, recording: unknown, options: PlaywrightReplayOptions): Promise<PlaywrightContractReport> {
  const wait = contractWait(options?.wait);
  const checked = readRecording(recording);
  const { act, matchers, keep, timing, ignore, wait: _wait, ...desktopOptions } = options;
  const replay: ContractReplayOptions = { ...(timing === undefined ? {} : { timing }), ...(ignore === undefined ? {} : { ignore: [...ignore] }) };
  const desk = await open(page, desktopOptions, (target, start) =>
    target.evaluate(([data, input, how]) => (window as unknown as DesktopPageWindow).wweTestDesktop.startReplay(data, input, how), [start, checked, replay] as const),
  );
  try {
    await act?.(desk);
    const replayed = await page.evaluate((budget) => (window as unknown as DesktopPageWindow).wweTestDesktop.settle(budget), wait).catch(rethrow);
    checkContract(replayed, matchers);
    return keep ? { expected: replayed.expected, actual: replayed.actual, desk } : { expected: replayed.expected, actual: replayed.actual };
  } finally {
    if (!keep) await desk.dispose();
  }
}
