/** Shared plumbing of the benchmark pages. */
import type { FrameId } from '../src/protocol/index.js';
import type { LogEntry } from '../src/simulator/engine/index.js';

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

/** Messages a frame sent the desktop, and how many of them had to wait for an answer first. */
/** Answer delay while counting round trips: far longer than a page takes to send what it sends at once. */
export const LATENCY_FOR_COUNTING = { latencyMs: 150 };

export interface LoadTraffic {
  messages: number;
  /** Sequential round trips: 1 when everything went out at once, 2 when something waited for an answer, … */
  roundTrips: number;
  names: string[];
}

/** What a page sends the desktop (the rest of what the engine logs as coming in is the bench's own). */
const SENT_KINDS = new Set(['request', 'subscribe', 'unsubscribe', 'ignored']);

/**
 * Reads the simulator's inspector log: every message `frameId` sent, and its round trip, which is
 * one more than the deepest of the answers the desktop had already sent the frame when it came.
 * Run the engine with a latency fault (`LATENCY_FOR_COUNTING`), so that messages a page sends at
 * once all arrive before the first answer leaves. Read from the log's order, so a message sent
 * later for another reason (a timer) counts as waiting: an upper bound.
 */
export function loadTraffic(entries: readonly LogEntry[], frameId: FrameId): LoadTraffic {
  const depthOf = new Map<unknown, number>();
  let answered = 0;
  let roundTrips = 0;
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.frameId !== frameId) continue;
    if (entry.direction === 'out') {
      if (entry.referenceId !== undefined && depthOf.has(entry.referenceId)) answered = Math.max(answered, depthOf.get(entry.referenceId)!);
      continue;
    }
    if (!SENT_KINDS.has(entry.kind)) continue;
    const depth = answered + 1;
    depthOf.set(entry.referenceId, depth);
    roundTrips = Math.max(roundTrips, depth);
    names.push(entry.kind === 'subscribe' ? `subscribe ${[(entry.payload as { data?: unknown })?.data].flat().join('+')}` : entry.name);
  }
  return { messages: names.length, roundTrips, names };
}
