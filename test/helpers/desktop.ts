/**
 * Test harness: a real, cross-origin simulated Agent Desktop for any test.
 *
 * `openDesktop()` loads test/fixtures/desktop-frame.html in an iframe on the OTHER origin of the
 * test server (localhost ⇄ 127.0.0.1), hands it a MessagePort, and the fixture starts a
 * SimulatorEngine that hosts this test page as a 'tab' frame. The test page is thus the hosted
 * app and the iframe is the desktop (as for a page that embeds WWE and uses targetWWEWindow):
 * post requests to `desktop.window` with `desktop.origin` as target origin, or point a client at it.
 * The port is the control channel: scenario actions, faults, snapshot and inspector log.
 *
 * ```ts
 * const desktop = await openDesktop({ userDataWriteAllowed: ['Notes'] });
 * const id = await desktop.inboundCall({ ani: '+33298000000' });
 * … drive the page under test …
 * desktop.dispose();
 * ```
 */
import type { FrameId } from '../../src/protocol/index.js';
import type { DesktopSnapshot, FrameKind, LogEntry, SimulatorEngine, SimulatorOptions } from '../../src/simulator/engine/index.js';
import { TIMELINE_ACTIONS } from '../../src/simulator/scenarios/timeline.js';
import { otherOrigin } from './frames.js';

/** Options of the remote desktop: engine options that survive postMessage, plus fixture switches. */
export type RemoteDesktopOptions = Omit<SimulatorOptions, 'clock' | 'window'> & {
  /** Replace the clock with one that moves only through `advanceClock` (rate-limit tests). */
  manualClock?: boolean;
};

/**
 * Engine methods the fixture serves over the control port: everything a timeline may do, plus
 * what tests observe and the frame management they need.
 */
export const ENGINE_METHODS = [
  ...TIMELINE_ACTIONS,
  'clickToastButton',
  'closeToast',
  'snapshot',
  'messages',
  'clearMessages',
  'removeFrame',
] as const satisfies readonly (keyof SimulatorEngine)[];

export type EngineMethod = (typeof ENGINE_METHODS)[number];

export interface AppFrameOptions {
  kind?: FrameKind;
  label?: string;
}

/** Methods the fixture adds around the engine. */
export interface FixtureApi {
  /** Moves the manual clock (needs `manualClock: true`). */
  advanceClock(ms: number): void;
  /** Loads another hosted page (this test page's origin) inside the desktop; see `addApp`. */
  addApp(options: AppFrameOptions): { frameId: FrameId; index: number };
}

export type RemoteApi = Pick<SimulatorEngine, EngineMethod> & FixtureApi;
export type RemoteMethod = keyof RemoteApi;
export const FIXTURE_METHODS = ['advanceClock', 'addApp'] as const satisfies readonly (keyof FixtureApi)[];

/** Parent → desktop fixture, with the control port in the transfer list. */
export interface ControlMessage {
  type: 'wwe-sim-control';
  options: RemoteDesktopOptions;
}

export type RpcRequest = { id: number; method: string; args: unknown[] };
export type RpcReply = { id: number; result?: unknown; error?: string } | { ready: true };

/** The page a hosted app frame exposes to its same-origin test page. */
export interface AppFrameGlobal {
  received: unknown[];
  send(message: unknown): void;
}

/** A second hosted page inside the desktop, same origin as the test page, driven from the test. */
export interface HostedApp {
  readonly frameId: FrameId;
  readonly window: Window;
  /** Posts `message` to the desktop from the app's own window (a real cross-origin postMessage). */
  send(message: unknown): void;
  /** Everything the desktop has posted to the app so far (a copy). */
  received(): unknown[];
}

export interface RemoteDesktop {
  readonly frame: HTMLIFrameElement;
  /** The desktop's window: target of this page's requests. */
  readonly window: Window;
  /** The desktop's origin, for postMessage targetOrigin and origin checks. */
  readonly origin: string;
  /** The frameId the desktop last assigned to this test page. */
  readonly frameId: FrameId | undefined;
  call<M extends RemoteMethod>(method: M, ...args: Parameters<RemoteApi[M]>): Promise<ReturnType<RemoteApi[M]>>;
  inboundCall(...args: Parameters<RemoteApi['inboundCall']>): Promise<string>;
  endInteraction(interactionId: string): Promise<void>;
  setAgentState(operationName: string): Promise<void>;
  snapshot(): Promise<DesktopSnapshot>;
  messages(): Promise<LogEntry[]>;
  setFaults(...args: Parameters<RemoteApi['setFaults']>): Promise<void>;
  reload(): Promise<void>;
  clickToastButton(toastId: string, button: string): Promise<void>;
  advanceClock(ms: number): Promise<void>;
  addApp(options?: AppFrameOptions): Promise<HostedApp>;
  /** Removes the desktop iframe; pending control calls reject. */
  dispose(): void;
}

const CONTROL_TIMEOUT_MS = 15000;

function loadFrame(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('desktop fixture failed to load')), { once: true });
  });
}

/**
 * Opens a simulated desktop in a cross-origin iframe and connects its control port. The desktop
 * posts this page's frameId once, when it starts: `beforeStart` runs just before, so a connection
 * made there hears it, as a real page's does.
 */
export async function openDesktop(options: RemoteDesktopOptions = {}, beforeStart?: (desktopWindow: Window, origin: string) => void): Promise<RemoteDesktop> {
  const origin = otherOrigin();
  const frame = document.createElement('iframe');
  frame.title = 'Simulated Agent Desktop';
  frame.src = `${origin}/test/fixtures/desktop-frame.html`;
  const loaded = loadFrame(frame);
  document.body.append(frame);
  await loaded;
  const desktopWindow = frame.contentWindow;
  if (!desktopWindow) throw new Error('desktop fixture has no window');

  let frameId: FrameId | undefined;
  const onFrameId = (event: MessageEvent) => {
    const data = event.data as { frameId?: FrameId; event?: unknown; referenceId?: unknown } | null;
    if (event.source !== desktopWindow || event.origin !== origin || typeof data !== 'object' || data === null) return;
    if (data.frameId !== undefined && data.event === undefined && data.referenceId === undefined) frameId = data.frameId;
  };
  window.addEventListener('message', onFrameId);

  const channel = new MessageChannel();
  const port = channel.port1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  const ready = new Promise<void>((resolve) => {
    port.onmessage = (event: MessageEvent<RpcReply>) => {
      const reply = event.data;
      if ('ready' in reply) return resolve();
      const waiter = pending.get(reply.id);
      if (!waiter) return;
      pending.delete(reply.id);
      if (reply.error !== undefined) waiter.reject(new Error(reply.error));
      else waiter.resolve(reply.result);
    };
  });
  beforeStart?.(desktopWindow, origin);
  const control: ControlMessage = { type: 'wwe-sim-control', options };
  desktopWindow.postMessage(control, origin, [channel.port2]);
  await ready;

  const call = <M extends RemoteMethod>(method: M, ...args: Parameters<RemoteApi[M]>) =>
    new Promise<ReturnType<RemoteApi[M]>>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`desktop control call '${method}' got no answer`));
      }, CONTROL_TIMEOUT_MS);
      pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as ReturnType<RemoteApi[M]>);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      const request: RpcRequest = { id, method, args };
      port.postMessage(request);
    });

  const addApp = async (appOptions: AppFrameOptions = {}): Promise<HostedApp> => {
    const { frameId: appFrameId, index } = await call('addApp', appOptions);
    const appWindow = desktopWindow.frames[index];
    // Same origin as this page, so its globals are reachable; send() runs in the app's own realm.
    const app = (appWindow as Window & { wweApp: AppFrameGlobal }).wweApp;
    return {
      frameId: appFrameId,
      window: appWindow,
      send: (message) => app.send(message),
      received: () => structuredClone(app.received),
    };
  };

  return {
    frame,
    window: desktopWindow,
    origin,
    get frameId() {
      return frameId;
    },
    call,
    inboundCall: (...args) => call('inboundCall', ...args),
    endInteraction: (interactionId) => call('endInteraction', interactionId),
    setAgentState: (operationName) => call('setAgentState', operationName),
    snapshot: () => call('snapshot'),
    messages: () => call('messages'),
    setFaults: (...args) => call('setFaults', ...args),
    reload: () => call('reload'),
    clickToastButton: (toastId, button) => call('clickToastButton', toastId, button),
    advanceClock: (ms) => call('advanceClock', ms),
    addApp,
    dispose: () => {
      window.removeEventListener('message', onFrameId);
      for (const waiter of pending.values()) waiter.reject(new Error('desktop disposed'));
      pending.clear();
      port.close();
      frame.remove();
    },
  };
}
