/**
 * Round-trip cost per request: our connection against a raw postMessage ping-pong on the same
 * cross-origin frames (the physical floor), at growing numbers of requests in flight.
 * Publishes its rows on window.benchResult for bench/run.mjs.
 */
import { WweConnection } from '../src/connection/index.js';
import { benchFrame, median, publish, type BenchRow } from './bench-page.js';

const IN_FLIGHT = [1, 100, 1000, 10000];
const ROUNDS = 7;

const { frame, origin } = await benchFrame('echo-desktop.html');
const desktop = frame.contentWindow!;

/** The floor: the least code that can correlate answers, a Map by referenceId and nothing else. */
const rawPending = new Map<number, () => void>();
window.addEventListener('message', (event) => {
  if (event.source !== desktop) return;
  const resolve = rawPending.get(event.data?.referenceId);
  if (resolve) {
    rawPending.delete(event.data.referenceId);
    resolve();
  }
});
let rawId = 0;
const rawRequest = () =>
  new Promise<void>((resolve) => {
    const referenceId = rawId++;
    rawPending.set(referenceId, resolve);
    desktop.postMessage({ request: 'agent.getState', referenceId, userAgent: 'WWE Client', protocolVersion: 2 }, origin);
  });

const connection = new WweConnection({ target: desktop, desktopOrigin: origin, timeout: 60_000 });
await connection.connect();
const ourRequest = () => connection.requestEnvelope('agent.getState');

async function perRequest(send: () => Promise<unknown>, inFlight: number): Promise<number> {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await Promise.all(Array.from({ length: inFlight }, send));
    samples.push((performance.now() - start) / inFlight);
  }
  return median(samples);
}

const rows: BenchRow[] = [];
// Warm both paths (JIT, IPC) before measuring.
await perRequest(rawRequest, 200);
await perRequest(ourRequest, 200);
for (const inFlight of IN_FLIGHT) {
  const raw = await perRequest(rawRequest, inFlight);
  const ours = await perRequest(ourRequest, inFlight);
  rows.push({ bench: 'request overhead', case: `${inFlight} in flight`, raw: `${(raw * 1000).toFixed(1)} µs`, ours: `${(ours * 1000).toFixed(1)} µs`, ratio: `${(ours / raw).toFixed(2)}×`, goal: '≤ 1.3× raw, flat' });
}
publish(rows);
