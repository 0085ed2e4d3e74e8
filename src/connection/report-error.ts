/**
 * Reports an error thrown by user code (a listener, a callback) to the page as uncaught, without
 * stopping the loop that called it: one listener's bug must not starve the others.
 */
export function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}
