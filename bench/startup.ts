/**
 * Startup: a hosted app from its navigation start to its three elements showing the desktop's
 * data, for the kit (the production one-file bundle) and for a baseline of three trivial Lit
 * elements on raw postMessage, alternated in the same run. This page is the desktop: it runs the
 * simulator engine and frames each app from another origin, as Agent Desktop does. Also counts
 * what each app sent the desktop until its data showed, and in how many sequential round trips.
 */
import { SimulatorEngine } from '../src/simulator/engine/index.js';
import { LATENCY_FOR_COUNTING, loadTraffic, median, otherOrigin, publish, type LoadTraffic } from './bench-page.js';

const ROUNDS = Number(new URLSearchParams(location.search).get('rounds') ?? 9);
const appOrigin = otherOrigin();
const engine = new SimulatorEngine({ acceptedOrigins: appOrigin, logCapacity: 100_000 });
engine.start();
engine.inboundCall({ ani: '+33298000000' });

// The kit twice: the one-file bundle a no-code page pastes (every element, the worst case), and the
// three define entries a bundled app imports.
const APPS = { kit: 'startup-app.html', entries: 'startup-app-entries.html', baseline: 'startup-baseline.html' } as const;
type App = keyof typeof APPS;

async function oneStart(app: App): Promise<{ ms: number; traffic: LoadTraffic }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const frameId = engine.addFrame(frame.contentWindow!, { origin: appOrigin, kind: 'tab', label: `startup ${app}` });
  const reported = new Promise<number>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && typeof event.data?.startupMs === 'number') {
        window.removeEventListener('message', onMessage);
        resolve(event.data.startupMs);
      }
    };
    window.addEventListener('message', onMessage);
  });
  frame.src = `${appOrigin}${new URL(APPS[app], location.href).pathname}?desktop-origin=${encodeURIComponent(location.origin)}`;
  const ms = await reported;
  const traffic = loadTraffic(engine.messages(), frameId);
  engine.removeFrame(frameId);
  frame.remove();
  engine.clearMessages();
  return { ms, traffic };
}

const ORDER = Object.keys(APPS) as App[];
// Warm the HTTP cache, as a desktop that shows the app again would have.
for (const app of ORDER) await oneStart(app);
const samples: Record<App, number[]> = { kit: [], entries: [], baseline: [] };
const traffic = {} as Record<App, LoadTraffic>;
for (let round = 0; round < ROUNDS; round++) {
  // Alternated (each app first in turn), so a change in the machine's load weighs on all alike.
  for (const app of [...ORDER.slice(round % ORDER.length), ...ORDER.slice(0, round % ORDER.length)]) {
    samples[app].push((await oneStart(app)).ms);
  }
}
// Counted apart, on a slow desktop, so that what waits for an answer shows (bench-page.ts).
engine.setFaults(LATENCY_FOR_COUNTING);
for (const app of ORDER) traffic[app] = (await oneStart(app)).traffic;
engine.setFaults({});
const kit = median(samples.kit);
const entries = median(samples.entries);
const baseline = median(samples.baseline);
const sent = (app: App) => `${traffic[app].messages} messages, ${traffic[app].roundTrips} round trip${traffic[app].roundTrips === 1 ? '' : 's'}`;
publish([
  { bench: 'startup', case: `3 elements, navigation start to data shown, median of ${ROUNDS}: the one-file bundle`, raw: `${baseline.toFixed(1)} ms`, ours: `${kit.toFixed(1)} ms`, ratio: `${(kit / baseline).toFixed(2)}×`, goal: '≤ 1.25×' },
  { bench: 'startup', case: `the same, the three element entries bundled by the app, median of ${ROUNDS}`, raw: `${baseline.toFixed(1)} ms`, ours: `${entries.toFixed(1)} ms`, ratio: `${(entries / baseline).toFixed(2)}×`, goal: '≤ 1.25×' },
  {
    bench: 'messages at load',
    case: 'startup apps, until data shown',
    raw: sent('baseline'),
    ours: sent('kit'),
    goal: '—',
    detail: `startup kit app: ${traffic.kit.names.join(', ')}; entries app: ${traffic.entries.names.join(', ')}; baseline: ${traffic.baseline.names.join(', ')}`,
  },
]);

