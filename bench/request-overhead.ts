/**
 * Round-trip cost per request: the ESM client (`wwe.agent.getState()`) and the compat script
 * (`genesys.wwe.service.agent.getState(done, fail)`, dist/wwe-service-client-api.js) against a
 * raw postMessage ping-pong on the same cross-origin frames (the physical floor), at growing
 * numbers of requests in flight. Both kit paths run on the page's one shared connection (the
 * compat script creates it; the ESM copy finds it on the page runtime), production builds.
 */
import { wwe } from '../src/client/index.js';
import { configure } from '../src/connection/index.js';
import { benchFrame, median, publish, type BenchRow } from './bench-page.js';

type Callback = (result: unknown) => void;
declare global {
  interface Window {
    genesys?: { wwe: { service: { agent: { getState(done: Callback, fail: Callback): void } } } };
  }
}

const query = new URLSearchParams(location.search);
const IN_FLIGHT = (query.get('in-flight') ?? '1,100,2000,10000').split(',').map(Number);
const ROUNDS = Number(query.get('rounds') ?? 7);

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

const connection = configure({ target: desktop, desktopOrigin: origin, timeout: 60_000 });
await connection.connect();
const esmRequest = () => wwe.agent.getState();
const service = window.genesys!.wwe.service;
const compatRequest = () => new Promise((resolve, reject) => service.agent.getState(resolve, reject));

const PATHS = { raw: rawRequest, esm: esmRequest, compat: compatRequest };

/** At least this many requests per sample: one request alone is below the clock's resolution. */
const PER_SAMPLE = 200;

/** Time per request: batches of `inFlight` concurrent requests, one after another, `rounds` times. */
async function perRequest(send: () => Promise<unknown>, inFlight: number, rounds: number): Promise<number> {
  const batches = Math.ceil(PER_SAMPLE / inFlight);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let batch = 0; batch < batches; batch++) await Promise.all(Array.from({ length: inFlight }, send));
    samples.push((performance.now() - start) / (inFlight * batches));
  }
  return median(samples);
}

const rows: BenchRow[] = [];
// Warm every path (JIT, IPC) before measuring.
for (const send of Object.values(PATHS)) await perRequest(send, 500, 3);
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
for (const inFlight of IN_FLIGHT) {
  // Fewer rounds where one round is already thousands of requests.
  const rounds = inFlight >= 10000 ? Math.min(ROUNDS, 3) : ROUNDS;
  // One round of each path in turn: each round's ratios compare samples taken moments apart, so a
  // change in the machine's load weighs on the three alike; the figure is the median ratio.
  const samples = { raw: [] as number[], esm: [] as number[], compat: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    for (const [path, send] of Object.entries(PATHS)) samples[path as keyof typeof PATHS].push(await perRequest(send, inFlight, 1));
  }
  const raw = median(samples.raw);
  console.info(`request overhead, ${inFlight} in flight: raw ${us(raw)}, ESM ${us(median(samples.esm))}, compat ${us(median(samples.compat))}`);
  for (const [path, label] of [['esm', 'ESM client'], ['compat', 'compat script']] as const) {
    const ratio = median(samples[path].map((ours, round) => ours / samples.raw[round]!));
    rows.push({ bench: 'request overhead', case: `${label}, ${inFlight} in flight, median of ${rounds}`, raw: us(raw), ours: us(median(samples[path])), ratio: `${ratio.toFixed(2)}×`, goal: '≤ 1.15× at 2,000, flat' });
  }
}
publish(rows);
