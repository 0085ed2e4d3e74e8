/** The testing kit's app fixture (test/fixtures/testing-kit-app.html) as its tests drive it. */
import type { TestDesktop } from '../../src/testing/index.js';

/** The app page inside the desktop's iframe (same origin as the test page). */
export function appDocument(desk: TestDesktop): Document {
  const document = desk.frame.contentDocument;
  if (!document) throw new Error('the app frame has no document');
  return document;
}

/** The agent types `number` and clicks Dial in the app. */
export function dial(desk: TestDesktop, number: string): void {
  const page = appDocument(desk);
  page.querySelector<HTMLInputElement>('#number')!.value = number;
  page.querySelector<HTMLButtonElement>('#dial')!.click();
}

/** The coded error `promise` rejects with (the kit's or a recording's); fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the promise to reject');
}
