import { WweConnection } from '../../src/connection/index.js';
import type { FloodSpec } from '../fixtures/scripted-desktop.js';
import { loadFrame, otherOrigin } from './frames.js';

export type { FloodSpec };

export interface ScriptedDesktop {
  frame: HTMLIFrameElement;
  window: Window;
  origin: string;
  /** Every message the desktop received from the test page, in order. */
  received(): Promise<Array<Record<string, unknown>>>;
  clear(): Promise<void>;
  set(settings: { autoAnswer?: boolean; allowedServices?: unknown; userAgent?: string; answers?: Record<string, unknown> }): Promise<void>;
  /** Posts `count` generated events of one kind to the test page in one task (see `FloodSpec`). */
  flood(spec: FloodSpec): Promise<void>;
  /** Posts `message` to the test page, from the desktop frame. */
  post(message: unknown, targetOrigin?: string): Promise<void>;
  /** Navigates the desktop frame (same WindowProxy, new document, maybe a new origin). */
  navigate(url: string): Promise<void>;
  /** The requests received so far, with a given request name. */
  requests(name: string): Promise<Array<Record<string, unknown>>>;
  dispose(): void;
}

/** Opens the scripted desktop in a cross-origin iframe. */
export async function openScriptedDesktop(origin = otherOrigin()): Promise<ScriptedDesktop> {
  const frame = await loadFrame(`${origin}/test/fixtures/scripted-desktop.html`);
  const channel = new MessageChannel();
  const replies = new Map<number, (value: unknown) => void>();
  let nextId = 0;
  const ready = new Promise<void>((resolve) => replies.set(-1, () => resolve()));
  channel.port1.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
    replies.get(event.data.id)?.(event.data.result);
    replies.delete(event.data.id);
  };
  frame.contentWindow!.postMessage({ type: 'scripted-desktop-control' }, origin, [channel.port2]);
  await ready;
  const call = (command: string, ...args: unknown[]) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      replies.set(id, resolve);
      channel.port1.postMessage({ id, command, args });
    });
  const desktop: ScriptedDesktop = {
    frame,
    window: frame.contentWindow!,
    origin,
    received: () => call('received') as Promise<Array<Record<string, unknown>>>,
    clear: async () => void (await call('clear')),
    set: async (settings) => void (await call('set', settings)),
    post: async (message, targetOrigin) => void (await call('post', message, targetOrigin)),
    flood: async (spec) => void (await call('flood', spec)),
    navigate: async (url) => {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      await call('navigate', url);
      await loaded;
    },
    requests: async (name) => (await desktop.received()).filter((message) => message.request === name),
    dispose: () => {
      channel.port1.close();
      frame.remove();
    },
  };
  return desktop;
}

/** A scripted desktop and a connection of its own (not the page's shared one) that targets it. */
export interface ScriptedDesktopConnection {
  desktop: ScriptedDesktop;
  connection: WweConnection;
}

export async function openScriptedDesktopConnection(timeout: number): Promise<ScriptedDesktopConnection> {
  const desktop = await openScriptedDesktop();
  return { desktop, connection: new WweConnection({ target: desktop.window, desktopOrigin: desktop.origin, timeout }) };
}

export function closeScriptedDesktopConnection({ desktop, connection }: ScriptedDesktopConnection): void {
  connection.dispose();
  desktop.dispose();
}
