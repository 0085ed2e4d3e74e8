/**
 * Test harness for the shell: mounts <wwe-desktop-simulator> hosting fixture apps on the other
 * origin of the test server, and drives each app over a control port (the app posts the real
 * protocol messages to the shell's window from its own frame).
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/simulator/shell/desktop-simulator/desktop-simulator.js';
import type { SimulatorEngine, SimulatorOptions } from '../../src/simulator/engine/index.js';
import type { HostedAppSpec } from '../../src/simulator/shell/apps.js';
import type { WweDesktopSimulator } from '../../src/simulator/shell/desktop-simulator/desktop-simulator.js';
import type { WweSimAppFrame } from '../../src/simulator/shell/app-frame/app-frame.js';
import { waitForValue } from '../helpers/waits.js';

export function otherOrigin(): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${location.port}`;
}

export function appUrl(): string {
  return `${otherOrigin()}/test/simulator-shell/fixtures/hosted-app.html?desktopOrigin=${encodeURIComponent(location.origin)}`;
}

/** Polls until `check` returns a value other than undefined/false, within the test's budget. */
export function until<T>(check: () => T | undefined | false, what: string): Promise<T> {
  return waitForValue(() => {
    const value = check();
    return value === false ? undefined : value;
  }, what);
}

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<E>(element.shadowRoot, selector));
  }
  return found;
}

export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined {
  return deepQueryAll<E>(root, selector)[0];
}

/** The button whose text contains `text` (first match, through shadow roots). */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const match = deepQueryAll<HTMLButtonElement>(root, 'button').find((candidate) => candidate.textContent?.includes(text));
  if (!match) throw new Error(`No button '${text}'`);
  return match;
}

export interface AppDriver {
  readonly frame: WweSimAppFrame;
  /** Posts a protocol message from the app's window. */
  post(message: unknown): void;
  /** Sends a request and resolves with the desktop's answer envelope. */
  request(name: string, parameters?: unknown[]): Promise<Record<string, unknown>>;
  subscribe(channels: string[]): Promise<Record<string, unknown>>;
  /** Everything the desktop posted to the app. */
  received(): Record<string, unknown>[];
  events(channel: string, eventType?: string): Record<string, unknown>[];
}

let nextReference = 1;

async function connectApp(frame: WweSimAppFrame, engine: SimulatorEngine): Promise<AppDriver> {
  const iframe = await until(() => frame.shadowRoot?.querySelector('iframe') ?? undefined, 'the app iframe');
  const received: Record<string, unknown>[] = [];
  let port: MessagePort | undefined;
  // The page may still be loading: offer a fresh port until it takes one.
  await until(() => {
    if (port) return true;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ready?: true; received: Record<string, unknown>[] }>) => {
      port ??= channel.port1;
      received.push(...event.data.received);
    };
    iframe.contentWindow?.postMessage({ type: 'shell-test-control' }, otherOrigin(), [channel.port2]);
    return false;
  }, 'the hosted app to take its control port');
  const post = (message: unknown) => port!.postMessage({ post: message });
  const answer = (referenceId: string) =>
    until(() => received.find((message) => message.referenceId === referenceId), `answer to ${referenceId}`).catch((error: Error) => {
      // Name what the desktop did with the request, so a failure explains itself.
      const log = engine.messages().map((entry) => `${entry.kind} ${entry.name} ${entry.referenceId ?? ''} ${entry.reason ?? ''} ${entry.detail ?? ''}`);
      throw new Error(`${error.message}; desktop log:\n${log.join('\n')}`);
    });
  const base = { userAgent: 'WWE Client', protocolVersion: 2 };
  return {
    frame,
    post,
    request(name, parameters) {
      const referenceId = `t${nextReference++}`;
      post({ ...base, request: name, referenceId, ...(parameters ? { parameters } : {}) });
      return answer(referenceId);
    },
    subscribe(channels) {
      const referenceId = `t${nextReference++}`;
      post({ ...base, event: 'subscribe', data: channels, referenceId });
      return answer(referenceId);
    },
    received: () => received,
    events: (channel, eventType) =>
      received.filter((message) => message.event === channel && (eventType === undefined || (message.data as { eventType?: string }).eventType === eventType)),
  };
}

export interface MountedShell {
  shell: WweDesktopSimulator;
  engine: SimulatorEngine;
  app(label: string): Promise<AppDriver>;
  root: ShadowRoot;
}

export async function mountShell(apps: Omit<HostedAppSpec, 'url'>[] = [{ kind: 'tab', label: 'App' }], options: SimulatorOptions = {}): Promise<MountedShell> {
  const specs = apps.map((app) => ({ ...app, url: appUrl() }));
  const shell = await fixture<WweDesktopSimulator>(html`<wwe-desktop-simulator style="height:800px" .apps=${specs} .options=${options}></wwe-desktop-simulator>`);
  const engine = shell.engine!;
  return {
    shell,
    engine,
    root: shell.shadowRoot!,
    app: (label) => {
      const frame = deepQueryAll<WweSimAppFrame>(shell.shadowRoot!, 'wwe-sim-app-frame').find((candidate) => candidate.app?.label === label);
      if (!frame) throw new Error(`No app '${label}'`);
      return connectApp(frame, engine);
    },
  };
}

/** Lets Lit render after an engine change (the shell refreshes in a microtask, then updates). */
export async function settle(shell: WweDesktopSimulator): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await shell.updateComplete;
  for (const element of deepQueryAll<HTMLElement & { updateComplete?: Promise<unknown> }>(shell.shadowRoot!, '*')) {
    if (element.updateComplete) await element.updateComplete;
  }
}
