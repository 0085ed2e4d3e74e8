/**
 * For a test that makes the kit report an error on purpose (a listener that throws): the kit hands
 * such errors to the page with `reportError`, which the test runner would print as a stack trace
 * and mocha would count as the test's failure. This takes them instead, for the test to assert on.
 * (A capturing `error` listener on the window cannot do it: at the window, listeners run in the
 * order they were added, so the runner's and mocha's come first.) Scoped: start it in the test and
 * `stop()` it in a `finally`.
 */
export interface ReportedErrors {
  /** What was reported, in order. */
  readonly errors: unknown[];
  stop(): void;
}

export function catchReportedErrors(): ReportedErrors {
  const errors: unknown[] = [];
  const original = globalThis.reportError;
  globalThis.reportError = (error: unknown) => void errors.push(error);
  return {
    errors,
    stop() {
      globalThis.reportError = original;
    },
  };
}
