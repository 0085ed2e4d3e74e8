/**
 * The element page as Agent Desktop: runs the simulator engine in this window, hosts the example
 * frame, and wires the page's buttons to the engine's scenario actions, so the reader sees the
 * element react to a call or an agent state change.
 */
import { SimulatorEngine } from '../../../src/simulator/engine/index.js';

const frame = document.querySelector<HTMLIFrameElement>('iframe.example');
const status = document.querySelector<HTMLOutputElement>('output.desktop-status');
const controls = document.querySelector<HTMLElement>('.desktop-controls');

const CALLER = { ani: '+1 415 555 0142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042', Disposition: '' } };

if (frame && status && controls) {
  const engine = new SimulatorEngine();
  let hosted: Window | undefined;
  let interactionId: string | undefined;

  // The frame is hosted at its first message or its load, whichever comes first: registering earlier
  // would post the frameId to the frame's initial blank document. This listener is added before the
  // engine's, so the engine already knows the frame when it reads that first message.
  const host = () => {
    const win = frame.contentWindow;
    if (!win || hosted === win || win.location.href === 'about:blank') return;
    hosted = win;
    engine.addFrame(win, { origin: location.origin, kind: 'tab', label: 'Example' });
    document.documentElement.dataset.example = 'hosted';
  };
  window.addEventListener('message', (event) => {
    if (event.source !== null && event.source === frame.contentWindow) host();
  });
  frame.addEventListener('load', host);
  engine.start();

  const describe = () => {
    const snapshot = engine.snapshot();
    const call = snapshot.interactions.find((interaction) => interaction.interactionId === interactionId);
    if (interactionId && !call) interactionId = undefined;
    const parts = [`Agent: ${snapshot.agentState.displayName}`, call ? `Call: ${call.parties[0]?.name ?? call.ani ?? ''} (${call.state})` : 'No call'];
    if (snapshot.toasts.length > 0) parts.push(`Toasts: ${snapshot.toasts.length}`);
    status.value = parts.join(' · ');
  };
  engine.onChange((kind) => {
    if (kind === 'model') describe();
  });
  describe();

  const current = (): string => {
    if (!interactionId) throw new Error('Start an inbound call first.');
    return interactionId;
  };
  const actions: Record<string, () => void> = {
    inbound: () => (interactionId = engine.inboundCall(CALLER)),
    answer: () => engine.answer(current()),
    hold: () => engine.hold(current()),
    resume: () => engine.resume(current()),
    hangup: () => engine.hangUp(current()),
    markdone: () => engine.markDone(current()),
    ready: () => engine.setAgentState('Ready'),
    notready: () => engine.setAgentState('NotReady'),
  };
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const action = button && actions[button.dataset.action ?? ''];
    if (!action) return;
    // A refused action (answering a call that is not ringing) is the desktop saying no: shown, not thrown.
    try {
      action();
      describe();
    } catch (error) {
      status.value = error instanceof Error ? error.message : String(error);
    }
  });

  frame.src = `${frame.dataset.src}?desktop-origin=${encodeURIComponent(location.origin)}`;
}
