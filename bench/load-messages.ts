/**
 * Messages each demo page sends the desktop at load: this page is the desktop (the simulator
 * engine) and frames each demo app from another origin, one at a time, as `npm start` hosts them;
 * once a page has sent nothing for a second, counts what it sent and in how many sequential
 * round trips (the engine's inspector log).
 */
import { SimulatorEngine } from '../src/simulator/engine/index.js';
import { LATENCY_FOR_COUNTING, loadTraffic, otherOrigin, publish, type BenchRow } from './bench-page.js';

/** The demo apps the simulator hosts (demo/index.ts), by the name the e2e run prints. */
const PAGES = [
  ['CRM', '/demo/crm/index.html'],
  ['element gallery', '/demo/elements/index.html'],
  ['monitor', '/demo/monitor/index.html'],
  ['notifier', '/demo/notifier/index.html'],
] as const;
const QUIET_MS = 1000;
/** A page still sending after this long is counted as it is, and said to be still sending. */
const LOAD_WINDOW_MS = 10_000;

const appOrigin = otherOrigin();
const engine = new SimulatorEngine({ acceptedOrigins: appOrigin, logCapacity: 100_000 });
engine.start();
engine.setFaults(LATENCY_FOR_COUNTING);
engine.inboundCall({ ani: '+33298000000' });

/** Resolves with true once `frameId` has sent nothing for QUIET_MS (and has sent something), false after LOAD_WINDOW_MS. */
function quiet(frameId: string | number): Promise<boolean> {
  const start = performance.now();
  return new Promise((resolve) => {
    let count = -1;
    let since = performance.now();
    const poll = () => {
      const sent = engine.messages().filter((entry) => entry.direction === 'in' && entry.frameId === frameId).length;
      if (sent !== count) [count, since] = [sent, performance.now()];
      if (count > 0 && performance.now() - since >= QUIET_MS) resolve(true);
      else if (performance.now() - start >= LOAD_WINDOW_MS) resolve(false);
      else setTimeout(poll, 100);
    };
    poll();
  });
}

const rows: BenchRow[] = [];
for (const [name, path] of PAGES) {
  engine.clearMessages();
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const frameId = engine.addFrame(frame.contentWindow!, { origin: appOrigin, kind: 'tab', label: name });
  frame.src = `${appOrigin}${path}?desktop-origin=${encodeURIComponent(location.origin)}`;
  const settled = await quiet(frameId);
  const traffic = loadTraffic(engine.messages(), frameId);
  const still = settled ? '' : `, still sending after ${LOAD_WINDOW_MS / 1000} s`;
  rows.push({ bench: 'messages at load', case: `demo ${name}`, ours: `${traffic.messages} messages, ${traffic.roundTrips} round trip${traffic.roundTrips === 1 ? '' : 's'}${still}`, goal: '—', detail: `demo ${name}: ${traffic.names.join(', ')}` });
  engine.removeFrame(frameId);
  frame.remove();
}
publish(rows);
