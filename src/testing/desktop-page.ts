/**
 * The script of the desktop page `wwe-components/testing/playwright` serves (built into one
 * self-contained file, dist/testing/wwe-test-desktop.js): the Node side drives a startTestDesktop
 * in that page through `page.evaluate`, calling methods by name with data-only arguments.
 */
import { startContractReplay, type ContractReplay, type ContractReplayOptions } from './contract.js';
import type { ReplayedRequests } from './contract-check.js';
import { startTestDesktop, type TestDesktop } from './desktop.js';
import { TestDesktopError } from './errors.js';
import type { TestDesktopOptions } from './types.js';

export interface DesktopPageGlobal {
  start(options: TestDesktopOptions): Promise<void>;
  /** Starts the desktop replaying `recording` around the app (a contract test). */
  startReplay(options: TestDesktopOptions, recording: unknown, replay: ContractReplayOptions): Promise<void>;
  /** Waits until the replay is done (or `wait` passes) and gives both lists, for Node to compare. */
  settle(wait: number): Promise<ReplayedRequests>;
  call(method: string, args: unknown[]): Promise<unknown>;
}

let desk: TestDesktop | undefined;
let contract: ContractReplay | undefined;

/** One app per desktop page: a second start is refused. */
function refuseSecondApp(): void {
  if (desk) throw new TestDesktopError('INVALID_ARGUMENT', 'this desktop page already hosts an app');
}

/** Keeps the started desktop, its app frame filling the page. */
function keepDesktop(started: TestDesktop): void {
  desk = started;
  desk.frame.style.height = '100vh';
}

const page: DesktopPageGlobal = {
  async start(options) {
    refuseSecondApp();
    keepDesktop(await startTestDesktop({ ...options, container: document.body }));
  },
  async startReplay(options, recording, replay) {
    refuseSecondApp();
    contract = await startContractReplay(recording, { ...options, ...replay, container: document.body });
    keepDesktop(contract.desk);
  },
  async settle(wait) {
    if (!contract) throw new TestDesktopError('INVALID_ARGUMENT', 'this desktop page replays no recording');
    return contract.settle(wait);
  },
  async call(method, args) {
    if (!desk) throw new TestDesktopError('DISPOSED', 'the test desktop is not started');
    const target = (desk as unknown as Record<string, unknown>)[method];
    if (typeof target !== 'function' || method === 'engine' || method === 'frame') throw new TestDesktopError('INVALID_ARGUMENT', `'${method}' is not a test desktop method`);
    return (target as (...params: unknown[]) => unknown)(...args);
  },
};

(globalThis as typeof globalThis & { wweTestDesktop?: DesktopPageGlobal }).wweTestDesktop = page;
