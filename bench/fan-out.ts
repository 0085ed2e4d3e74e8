/**
 * Event fan-out: one desktop event, 200 subscribed elements. Measures from the event reaching this
 * window to every element having re-rendered, and counts host subscriptions (goal: one per channel).
 * The desktop is the simulator engine in a cross-origin frame.
 */
import '../src/elements/interaction-info/interaction-info.js';
import { configure } from '../src/connection/index.js';
import { en } from '../src/i18n/index.js';
import { openDesktop } from '../test/helpers/desktop.js';
import { median, publish } from './bench-page.js';

const ELEMENTS = 200;
const ROUNDS = 15;

const desktop = await openDesktop({ dialDelay: 10 });
const connection = configure({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 10_000 });
await connection.connect();
const callId = await desktop.inboundCall({ ani: '+33298000000' });
await desktop.call('answer', callId);

const host = document.createElement('div');
for (let i = 0; i < ELEMENTS; i++) host.append(document.createElement('wwe-interaction-info'));
document.body.append(host);
const elements = [...host.children] as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
const shows = (text: string) => elements.every((element) => element.shadowRoot?.textContent?.includes(text));

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}
await until(() => shows('+33298000000'));

// The element names the desktop's HELD state by its term.
const isHeld = (element: HTMLElement) => (element.shadowRoot?.textContent ?? '').includes(en['info.state.HELD'] as string);

/**
 * Time from the interaction event's arrival to all elements showing it. The arrival is stamped in
 * a capture listener (before the connection's); the check runs on each following macrotask, that
 * is after the store's and Lit's microtasks.
 */
function oneRound(action: 'hold' | 'resume'): Promise<number> {
  const wantHeld = action === 'hold';
  return new Promise((resolve) => {
    const check = (arrived: number) => {
      if (elements.every((element) => isHeld(element) === wantHeld)) resolve(performance.now() - arrived);
      else setTimeout(() => check(arrived), 0);
    };
    // Stamp the event this action causes; other interaction events may come before it.
    const expected = wantHeld ? 'HELD' : 'ESTABLISHED';
    const stamp = (event: MessageEvent) => {
      if (event.source !== desktop.window || event.data?.event !== 'interaction' || event.data?.data?.eventType !== expected) return;
      window.removeEventListener('message', stamp, { capture: true });
      const arrived = performance.now();
      setTimeout(() => check(arrived), 0);
    };
    window.addEventListener('message', stamp, { capture: true });
    void desktop.call(action, callId);
  });
}

const samples: number[] = [];
for (let round = 0; round < ROUNDS; round++) samples.push(await oneRound(round % 2 === 0 ? 'hold' : 'resume'));
const subscribes = (await desktop.messages()).filter((entry) => entry.direction === 'in' && entry.kind === 'subscribe');
publish([
  { bench: 'event fan-out', case: `${ELEMENTS} <wwe-interaction-info>, median of ${ROUNDS}`, ours: `${median(samples).toFixed(2)} ms`, goal: '≤ 16 ms (one frame)' },
  {
    bench: 'host subscriptions',
    case: `${ELEMENTS} elements`,
    ours: `${connection.stats().hostSubscriptions} for ${new Set(subscribes.map((entry) => String((entry.payload as { data: unknown }).data))).size} channels`,
    goal: '1 per channel',
  },
]);
