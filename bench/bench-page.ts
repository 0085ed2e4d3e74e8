/** Shared plumbing of the benchmark pages. */

export type BenchRow = Record<string, string | number>;

declare global {
  interface Window {
    benchResult?: { rows: BenchRow[] } | { error: string };
  }
}

/** The page runs on 127.0.0.1; frames load from localhost, another origin of the same server. */
export function otherOrigin(): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}`;
}

/** Loads a bench page from the other origin and waits for its ready signal. */
export async function benchFrame(file: string): Promise<{ frame: HTMLIFrameElement; origin: string }> {
  const origin = otherOrigin();
  const frame = document.createElement('iframe');
  const ready = new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.data?.benchDesktopReady) {
        window.removeEventListener('message', onMessage);
        resolve();
      }
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = `${origin}${new URL(file, location.href).pathname}`;
  document.body.append(frame);
  await ready;
  return { frame, origin };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function publish(rows: BenchRow[]): void {
  window.benchResult = { rows };
}

window.addEventListener('error', (event) => {
  window.benchResult = { error: String(event.error?.stack ?? event.message) };
});
window.addEventListener('unhandledrejection', (event) => {
  window.benchResult = { error: String(event.reason?.stack ?? event.reason) };
});
