/**
 * The script of the desktop page `wwe-components/testing/playwright` serves (built into one
 * self-contained file, dist/testing/wwe-test-desktop.js): the Node side drives a startTestDesktop
 * in that page through `page.evaluate`, calling methods by name with data-only arguments.
 */
import { startTestDesktop, type TestDesktop } from './desktop.js';
import { TestDesktopError } from './errors.js';
import type { TestDesktopOptions } from './types.js';

export interface DesktopPageGlobal {
  start(options: TestDesktopOptions): Promise<void>;
  call(method: string, args: unknown[]): Promise<unknown>;
}

let desk: TestDesktop | undefined;

const page: DesktopPageGlobal = {
  async start(options) {
    if (desk) throw new TestDesktopError('INVALID_ARGUMENT', 'this desktop page already hosts an app');
    desk = await startTestDesktop({ ...options, container: document.body });
    desk.frame.style.height = '100vh';
  },
  async call(method, args) {
    if (!desk) throw new TestDesktopError('DISPOSED', 'the test desktop is not started');
    const target = (desk as unknown as Record<string, unknown>)[method];
    if (typeof target !== 'function' || method === 'engine' || method === 'frame') throw new TestDesktopError('INVALID_ARGUMENT', `'${method}' is not a test desktop method`);
    return (target as (...params: unknown[]) => unknown)(...args);
  },
};

(globalThis as typeof globalThis & { wweTestDesktop?: DesktopPageGlobal }).wweTestDesktop = page;
