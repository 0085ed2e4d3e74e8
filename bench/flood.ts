/**
 * Flood: the desktop posts a burst of events as fast as it can to a hosted app, the kit's page or
 * a bare one (flood-app.ts measures). This page is the desktop: the simulator engine answers the
 * app's requests and subscriptions; the burst is posted directly, envelopes shaped as the engine
 * shapes them (the first is taken from what the engine itself sent). One case per page load:
 * `?kind=agent|userdata|interactions&events=N&variant=kit|bare&cap=seconds`; bench/run.mjs
 * alternates the variants and computes the ratios.
 */
import { SimulatorEngine } from '../src/simulator/engine/index.js';
import { otherOrigin } from './bench-page.js';

declare global {
  interface Window {
    floodResult?: { drainMs: number; lagMs: number; lastEventSeen: boolean } | { timedOut: true } | { error: string };
  }
}

const query = new URLSearchParams(location.search);
const kind = query.get('kind') ?? 'agent';
const events = Number(query.get('events') ?? 1000);
const variant = query.get('variant') === 'kit' ? 'kit' : 'bare';
const capMs = Number(query.get('cap') ?? 60) * 1000;
const appOrigin = otherOrigin();

const engine = new SimulatorEngine({ acceptedOrigins: appOrigin, logCapacity: 1000 });
engine.start();
const callId = engine.inboundCall({ ani: '+33298000000' });
engine.answer(callId);

const frame = document.createElement('iframe');
document.body.append(frame);
const frameId = engine.addFrame(frame.contentWindow!, { origin: appOrigin, kind: 'tab', label: `flood ${variant}` });
const app = frame.contentWindow!;
const fromApp = (key: string) =>
  new Promise<Record<string, unknown>>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== app || event.data?.[key] === undefined) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
  });
const ready = fromApp('floodAppReady');
frame.src = `${appOrigin}${new URL(`flood-${variant}.html`, location.href).pathname}?desktop-origin=${encodeURIComponent(location.origin)}`;
await ready;

/** The envelope the engine posts for `action`: the shape every event of the burst copies. */
function engineEnvelope(channel: string, action: () => void): { event: string; data: Record<string, unknown>; userAgent: string } {
  engine.clearMessages();
  action();
  const sent = engine.messages().find((entry) => entry.kind === 'event' && entry.name.startsWith(`${channel}/`));
  if (!sent) throw new Error(`flood: the engine sent no ${channel} event to the ${variant} page`);
  return sent.payload as ReturnType<typeof engineEnvelope>;
}

// Each event differs from the one before it, as a real burst does.
const bursts: Record<string, () => (index: number) => unknown> = {
  agent: () => {
    const ready = engineEnvelope('agent', () => engine.setAgentState('Ready'));
    const notReady = engineEnvelope('agent', () => engine.setAgentState('NotReady'));
    return (index: number) => (index % 2 ? ready : notReady);
  },
  userdata: () => {
    const template = engineEnvelope('interaction', () => engine.setUserData(callId, { Notes: 'flood' }));
    const interaction = template.data.interaction as Record<string, unknown>;
    return (index: number) => ({ ...template, data: { ...template.data, interaction: { ...interaction, userData: { ...(interaction.userData as object), Counter: String(index) } } } });
  },
  interactions: () => {
    const template = engineEnvelope('interaction', () => engine.inboundCall({ ani: '+33298000001' }));
    const interaction = template.data.interaction as Record<string, unknown>;
    return (index: number) => ({ ...template, data: { ...template.data, interaction: { ...interaction, interactionId: `flood-${index}`, caseId: `flood-case-${index}`, ani: `+3329${String(index).padStart(7, '0')}` } } });
  },
};
if (!bursts[kind]) throw new Error(`flood: unknown kind ${kind}`);
const next = bursts[kind]();
// The template's own events reached the app: let it finish with them before the clock starts.
const settled = fromApp('floodSettled');
app.postMessage({ floodSettle: true }, appOrigin);
await settled;

const result = fromApp('floodResult');
app.postMessage({ floodStart: true }, appOrigin);
let lastEvent: unknown;
for (let index = 0; index < events; index++) {
  lastEvent = next(index);
  app.postMessage(lastEvent, appOrigin);
}
app.postMessage({ floodEnd: true, lastEvent }, appOrigin);
const timedOut = new Promise<{ timedOut: true }>((resolve) => setTimeout(() => resolve({ timedOut: true }), capMs));
const outcome = await Promise.race([result.then((data) => data.floodResult as Window['floodResult']), timedOut]);
// A page still draining keeps its process busy: take it away before the next case.
engine.removeFrame(frameId);
frame.remove();
window.floodResult = outcome;
