/**
 * Raw wire helpers for the simulator tests: envelopes exactly as Genesys's client sends them,
 * posted from this test page to the remote desktop, and a collector for what comes back.
 */
import type { FrameId } from '../../src/protocol/index.js';
import { openDesktop, type HostedApp, type RemoteDesktop, type RemoteDesktopOptions } from '../helpers/desktop.js';
import { waitForValue } from '../helpers/waits.js';

export type Envelope = Record<string, unknown>;

let nextReference = 0;

/** A fresh referenceId, unique in the whole test run, as the official client's counter makes. */
export function nextReferenceId(): string {
  return `${nextReference++}`;
}

export function requestEnvelope(request: string, parameters?: unknown[], frameId?: FrameId, referenceId: string | number = nextReferenceId()): Envelope {
  return {
    request,
    ...(parameters ? { parameters } : {}),
    referenceId,
    userAgent: 'WWE Client',
    protocolVersion: 2,
    ...(frameId !== undefined ? { frameId } : {}),
  };
}

export function subscribeEnvelope(channels: string | string[], frameId?: FrameId): Envelope {
  return { event: 'subscribe', data: channels, referenceId: nextReferenceId(), userAgent: 'WWE Client', protocolVersion: 2, frameId };
}

/** One side of the wire, seen from the hosted page: what it sends and what it got. */
export abstract class WireEndpoint {
  abstract send(message: Envelope): void;
  abstract received(): Envelope[];
  abstract get frameId(): FrameId | undefined;

  /** Sends a request with the current frameId; returns its referenceId. */
  request(request: string, parameters?: unknown[], referenceId?: string | number): string | number {
    const envelope = requestEnvelope(request, parameters, this.frameId, referenceId);
    this.send(envelope);
    return envelope.referenceId as string | number;
  }

  answersTo(referenceId: string | number): Envelope[] {
    return this.received().filter((message) => message.referenceId === referenceId);
  }

  answer(referenceId: string | number): Promise<Envelope> {
    return waitForValue(() => this.answersTo(referenceId)[0], `the answer to ${referenceId}`);
  }

  /** Request and wait for its answer. */
  async ask(request: string, parameters?: unknown[]): Promise<Envelope> {
    return this.answer(this.request(request, parameters));
  }

  /** Request that must succeed; resolves to its `data`. */
  async get<T = unknown>(request: string, parameters?: unknown[]): Promise<T> {
    const answer = await this.ask(request, parameters);
    if ('errorMessage' in answer) throw new Error(`${request} failed: ${String(answer.errorMessage)}`);
    return answer.data as T;
  }

  async subscribe(channels: string | string[]): Promise<string> {
    const envelope = subscribeEnvelope(channels, this.frameId);
    this.send(envelope);
    const answer = await this.answer(envelope.referenceId as string);
    return answer.subscriptionId as string;
  }

  /** The frameId assignments received (not answers or events). */
  frameIdMessages(): Envelope[] {
    return this.received().filter((message) => message.frameId !== undefined && message.referenceId === undefined && message.event === undefined);
  }

  events(channel?: string): Envelope[] {
    return this.received().filter((message) => message.event !== undefined && (channel === undefined || message.event === channel));
  }

  eventTypes(channel: string): string[] {
    return this.events(channel).map((message) => (message.data as { eventType: string }).eventType);
  }

  /**
   * Proves an earlier message got no answer without waiting on the clock: the desktop handles a
   * frame's messages in order, so once a later probe is answered, the earlier one never will be.
   */
  async settle(): Promise<void> {
    await this.ask('system.isFrameLeading');
  }
}

/** The test page itself, hosted by the desktop as its 'tab' frame. */
export class PageEndpoint extends WireEndpoint {
  private readonly messages: Envelope[] = [];
  private readonly listener = (event: MessageEvent) => {
    if (event.source === this.desktop.window && event.origin === this.desktop.origin) this.messages.push(event.data as Envelope);
  };

  constructor(private readonly desktop: RemoteDesktop) {
    super();
    window.addEventListener('message', this.listener);
  }

  get frameId(): FrameId | undefined {
    return this.desktop.frameId;
  }

  send(message: Envelope): void {
    this.desktop.window.postMessage(message, this.desktop.origin);
  }

  received(): Envelope[] {
    return [...this.messages];
  }

  dispose(): void {
    window.removeEventListener('message', this.listener);
  }
}

/** A simulated desktop and this test page, hosted by it as its 'tab' frame. */
export interface HostedPage {
  desktop: RemoteDesktop;
  page: PageEndpoint;
}

/** Opens a fresh desktop hosting this page; resolves once the page holds the frameId it was given. */
export async function openHostedPage(options: RemoteDesktopOptions = {}): Promise<HostedPage> {
  const desktop = await openDesktop(options);
  const page = new PageEndpoint(desktop);
  try {
    await waitForValue(() => desktop.frameId, 'the frameId');
  } catch (error) {
    // The test's afterEach never saw these, so it cannot close them.
    closeHostedPage({ desktop, page });
    throw error;
  }
  return { desktop, page };
}

export function closeHostedPage({ desktop, page }: HostedPage): void {
  page.dispose();
  desktop.dispose();
}

/** A hosted app frame inside the desktop (see RemoteDesktop.addApp). */
export class AppEndpoint extends WireEndpoint {
  constructor(private readonly app: HostedApp) {
    super();
  }

  get frameId(): FrameId {
    return this.app.frameId;
  }

  send(message: Envelope): void {
    this.app.send(message);
  }

  received(): Envelope[] {
    return this.app.received() as Envelope[];
  }
}
