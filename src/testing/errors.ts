/**
 * The testing kit's coded error. The kit sits beside the simulator and imports only it and the
 * protocol, so it cannot use the client's WweError (connection/): a test branches on `code`.
 */
export type TestDesktopErrorCode =
  /** What the test waited for did not happen in time; the message says what did happen. */
  | 'TIMEOUT'
  /** The desktop was disposed while the call was pending, or before it was made. */
  | 'DISPOSED'
  /** A bad option or argument (an unknown profile, a missing app URL, a negative timeout). */
  | 'INVALID_ARGUMENT'
  /** The app's page did not load into its frame. */
  | 'APP_NOT_LOADED'
  /** The simulated desktop refused a scenario action (an unknown interaction id, say). */
  | 'ACTION_FAILED'
  /** The page did not send what the replayed recording's page sent; the message is the diff. */
  | 'CONTRACT_BROKEN';

const NAME = 'TestDesktopError';
const CODES: readonly TestDesktopErrorCode[] = ['TIMEOUT', 'DISPOSED', 'INVALID_ARGUMENT', 'APP_NOT_LOADED', 'ACTION_FAILED', 'CONTRACT_BROKEN'];

export class TestDesktopError extends Error {
  constructor(
    readonly code: TestDesktopErrorCode,
    message: string,
  ) {
    // The code travels in the message too: Playwright's page.evaluate keeps only an error's message.
    super(`${message} [${code}]`);
    this.name = NAME;
  }

  /** Rebuilds the coded error from a message that crossed page.evaluate; undefined if it was not one. */
  static fromMessage(message: string): TestDesktopError | undefined {
    // Playwright prefixes what it rethrows ("page.evaluate: TestDesktopError: …") and may add a stack.
    const firstLines = message.split('\n    at ')[0].trim();
    const start = firstLines.lastIndexOf(`${NAME}: `);
    const match = /^([\s\S]*) \[([A-Z_]+)\]$/.exec(start >= 0 ? firstLines.slice(start + NAME.length + 2) : firstLines);
    if (!match || !CODES.includes(match[2] as TestDesktopErrorCode)) return undefined;
    return new TestDesktopError(match[2] as TestDesktopErrorCode, match[1]);
  }
}

export function isTestDesktopError(value: unknown): value is TestDesktopError {
  return value instanceof TestDesktopError;
}
