/**
 * Waits for states that arrive through other frames, bounded by the running test's own budget
 * (mocha's timeout, 30 s in web-test-runner.config.mjs, or what the test set), never by a short
 * fixed one: a passing test on a loaded machine is only slower, and a stuck one still fails with
 * what it was waiting for, just before mocha's own timeout would say less.
 */

/** Time left for mocha to report first, the wait's message being the useful one. */
const MARGIN_MS = 1000;
/** When mocha's timeout cannot be read: its default in this suite. */
const FALLBACK_TIMEOUT_MS = 30000;

let testStarted = performance.now();
let currentTest: Mocha.Runnable | undefined;

// A root hook, registered once per test page (each test file runs in its own page): every test
// records when it started and which test it is, so its waits know its budget. Fixture pages that
// reach this module through the helpers they share (desktop-frame.ts) have no mocha: no hook.
if (typeof beforeEach === 'function') {
  beforeEach(function recordTestStart(this: Mocha.Context) {
    currentTest = this.currentTest;
    testStarted = performance.now();
  });
}

/** When the running test's waits give up (Infinity when the test has no timeout). */
export function testDeadline(): number {
  // In a `before` hook, or between tests, no test is running: a whole budget from now.
  const running = currentTest !== undefined && currentTest.state === undefined;
  const timeout = running ? currentTest!.timeout() : mochaTimeout();
  if (!timeout) return Infinity;
  return (running ? testStarted : performance.now()) + timeout - MARGIN_MS;
}

function mochaTimeout(): number {
  const root = (globalThis as { mocha?: { suite?: { timeout(): number } } }).mocha?.suite;
  return root ? root.timeout() : FALLBACK_TIMEOUT_MS;
}

function timedOut(what: string): Error {
  return new Error(`Timed out waiting for ${what} (the test's budget ran out)`);
}

/** Polls until `read` gives a value other than undefined, and resolves with it. */
export async function waitForValue<T>(read: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const deadline = testDeadline();
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw timedOut(what);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Polls until `check` holds. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  await waitForValue(async () => ((await check()) ? true : undefined), what);
}

/** Resolves with the next message event `predicate` accepts; rejects when the test's budget runs out. */
export function nextMessage(predicate: (event: MessageEvent) => boolean, what = 'a matching message'): Promise<MessageEvent> {
  return new Promise((resolve, reject) => {
    const remaining = testDeadline() - performance.now();
    const timer = Number.isFinite(remaining)
      ? setTimeout(() => {
          window.removeEventListener('message', onMessage);
          reject(timedOut(what));
        }, Math.max(0, remaining))
      : undefined;
    const onMessage = (event: MessageEvent) => {
      if (!predicate(event)) return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event);
    };
    window.addEventListener('message', onMessage);
  });
}

/** Resolves with the next `name` event `target` fires; listen before acting, then await. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const remaining = testDeadline() - performance.now();
    const timer = Number.isFinite(remaining)
      ? setTimeout(() => {
          target.removeEventListener(name, onEvent);
          reject(timedOut(`the ${name} event`));
        }, Math.max(0, remaining))
      : undefined;
    const onEvent = (event: Event) => {
      clearTimeout(timer);
      target.removeEventListener(name, onEvent);
      resolve(event as CustomEvent<T>);
    };
    target.addEventListener(name, onEvent);
  });
}
