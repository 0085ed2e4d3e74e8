/**
 * The element page as Agent Desktop: the testing kit's desktop (the simulator engine in this
 * window, the example app in a frame: the one way the kit hosts a page under test), with the page's
 * buttons wired to the engine's scenario actions, so the reader sees the element react to a call or
 * an agent state change.
 */
import { startTestDesktop } from '../../../src/testing/index.js';

const host = document.querySelector<HTMLElement>('.example-host');
const status = document.querySelector<HTMLOutputElement>('output.desktop-status');
const controls = document.querySelector<HTMLElement>('.desktop-controls');

const CALLER = { ani: '+1 415 555 0142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042', Disposition: '' } };

async function start(host: HTMLElement, status: HTMLOutputElement, controls: HTMLElement): Promise<void> {
  // A docs site is not served from a loopback address: the example pins this page as its desktop.
  const app = `${host.dataset.src}?desktop-origin=${encodeURIComponent(location.origin)}`;
  const desk = await startTestDesktop({ app, container: host });
  desk.frame.className = 'example';
  desk.frame.title = host.dataset.title ?? 'Example app';
  let interactionId: string | undefined;

  const describe = () => {
    const snapshot = desk.engine.snapshot();
    const call = snapshot.interactions.find((interaction) => interaction.interactionId === interactionId);
    if (interactionId && !call) interactionId = undefined;
    const parts = [`Agent: ${snapshot.agentState.displayName}`, call ? `Call: ${call.parties[0]?.name ?? call.ani ?? ''} (${call.state})` : 'No call'];
    if (snapshot.toasts.length > 0) parts.push(`Toasts: ${snapshot.toasts.length}`);
    status.value = parts.join(' · ');
  };
  desk.engine.onChange((kind) => {
    if (kind === 'model') describe();
  });
  describe();

  const current = (): string => {
    if (!interactionId) throw new Error('Start an inbound call first.');
    return interactionId;
  };
  const actions: Record<string, () => Promise<unknown>> = {
    inbound: async () => (interactionId = await desk.inboundCall(CALLER)),
    answer: () => desk.answer(current()),
    hold: () => desk.hold(current()),
    resume: () => desk.resume(current()),
    hangup: () => desk.hangUp(current()),
    markdone: () => desk.markDone(current()),
    ready: () => desk.setAgentState('Ready'),
    notready: () => desk.setAgentState('NotReady'),
  };
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const action = button && actions[button.dataset.action ?? ''];
    if (!action) return;
    // A refused action (answering a call that is not ringing) is the desktop saying no: shown, not thrown.
    action().then(describe, (error: unknown) => (status.value = error instanceof Error ? error.message : String(error)));
  });
  // Loaded and hosted: an example whose element only shows the connection may send nothing at all.
  document.documentElement.dataset.example = 'hosted';
}

if (host && status && controls) {
  start(host, status, controls).catch((error: unknown) => (status.value = `The example could not start: ${error instanceof Error ? error.message : String(error)}`));
}
