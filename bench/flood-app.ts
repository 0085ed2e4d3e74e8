/**
 * The hosted side of the flood bench, for both of its pages: the kit's (flood-kit.html, the
 * production one-file bundle and seven elements) and the bare one (flood-bare.html, a plain
 * listener that subscribes once, reads each message and keeps the last). Between the desktop's start marker and
 * its end marker, measures the drain (until every message is handled and the elements have
 * rendered) and the event-loop lag (the longest wait of a MessageChannel heartbeat).
 */
const desktopOrigin = new URLSearchParams(location.search).get('desktop-origin') ?? '';
const kitElements = () => [...document.querySelectorAll('body > *')].filter((element) => element.localName.startsWith('wwe-')) as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;

let last: unknown;
let started = 0;
let lag = 0;
let beating = false;
const heart = new MessageChannel();
let beatSent = 0;
heart.port1.onmessage = () => {
  const now = performance.now();
  lag = Math.max(lag, now - beatSent);
  if (!beating) return;
  beatSent = now;
  heart.port2.postMessage(0);
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Everything the last event caused has run and painted: queued tasks, the elements' updates, a frame. */
async function settled(): Promise<void> {
  await nextTask();
  await Promise.all(kitElements().map((element) => element.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await nextTask();
}

// Registered before the kit's module runs (this script comes first): sees every message.
addEventListener('message', (event) => {
  if (event.source !== parent || event.origin !== desktopOrigin) return;
  const data = event.data;
  if (data?.floodSettle) {
    void settled().then(() => parent.postMessage({ floodSettled: true }, desktopOrigin));
  } else if (data?.floodStart) {
    started = performance.now();
    lag = 0;
    beating = true;
    beatSent = started;
    heart.port2.postMessage(0);
  } else if (data?.floodEnd) {
    void settled().then(() => {
      beating = false;
      const drainMs = performance.now() - started;
      parent.postMessage({ floodResult: { drainMs, lagMs: lag, lastEventSeen: JSON.stringify(last) === JSON.stringify(data.lastEvent) } }, desktopOrigin);
    });
  } else if (data?.event !== undefined && typeof data.userAgent === 'string' && data.userAgent.includes('WWE')) {
    // What the bare page does per event: read the envelope, keep the last one.
    last = data;
  }
});

// The bare page asks for the events it reads, as any page must; the kit's elements do it themselves.
if (document.body.dataset.variant !== 'kit') {
  parent.postMessage({ event: 'subscribe', data: ['agent', 'interaction'], referenceId: 'bare-0', userAgent: 'WWE Client', protocolVersion: 2 }, desktopOrigin);
}

/** Ready: the bare page at once; the kit's when its elements show the call and have subscribed. */
const isReady = () => {
  if (document.body.dataset.variant !== 'kit') return true;
  const info = document.querySelector('wwe-interaction-info')?.shadowRoot?.textContent ?? '';
  const state = document.querySelector('wwe-agent-state')?.shadowRoot?.querySelector('select')?.value;
  return info.includes('+33298000000') && Boolean(state);
};
const waitReady = () => {
  if (isReady()) parent.postMessage({ floodAppReady: true }, desktopOrigin);
  else setTimeout(waitReady, 20);
};
waitReady();
