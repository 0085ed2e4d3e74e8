import type { FrameId, SubscriptionId } from '../../protocol/index.js';
import { normalizeOrigin } from './origin-policy.js';
import { TimerGroup } from './timers.js';

/** How the desktop shows a hosted page (the views of `interaction.web-content`). */
export type FrameKind = 'tab' | 'interaction' | 'popup' | 'hidden';

export interface FrameOptions {
  /** The page's origin: messages must come from it, answers go only to it. */
  origin: string;
  kind: FrameKind;
  label?: string;
}

/** A hosted page as the desktop tracks it. The object survives reloads; its frameId does not. */
export class HostedFrame {
  frameId: FrameId;
  readonly origin: string;
  readonly kind: FrameKind;
  readonly label: string;
  /** Channel names as the page sent them: a name the desktop has no events for is kept, and stays silent. */
  readonly subscriptions = new Map<SubscriptionId, string[]>();
  /** Requests delayed by the latency fault; a reload cancels them. */
  readonly inFlight = new TimerGroup();

  constructor(
    readonly window: Window,
    options: FrameOptions,
    frameId: FrameId,
  ) {
    this.origin = normalizeOrigin(options.origin);
    this.kind = options.kind;
    this.label = options.label ?? options.kind;
    this.frameId = frameId;
  }

  /** Whether one of the frame's live subscriptions covers `channel`. */
  listensTo(channel: string): boolean {
    for (const channels of this.subscriptions.values()) if (channels.includes(channel)) return true;
    return false;
  }
}

export interface FrameSnapshot {
  frameId: FrameId;
  origin: string;
  kind: FrameKind;
  label: string;
  subscriptions: { subscriptionId: SubscriptionId; channels: string[] }[];
}

/** The hosted frames, found by window (for incoming messages) or by frameId (for the API). */
export class FrameRegistry {
  private readonly frames: HostedFrame[] = [];
  private nextFrameNumber = 1;

  add(window: Window, options: FrameOptions): HostedFrame {
    const frame = new HostedFrame(window, options, this.newFrameId());
    this.frames.push(frame);
    return frame;
  }

  remove(frame: HostedFrame): void {
    const index = this.frames.indexOf(frame);
    if (index >= 0) this.frames.splice(index, 1);
    frame.inFlight.cancelAll();
  }

  byWindow(source: MessageEventSource | null): HostedFrame | undefined {
    if (source === null) return undefined;
    return this.frames.find((frame) => frame.window === source);
  }

  byId(frameId: FrameId): HostedFrame | undefined {
    return this.frames.find((frame) => frame.frameId === frameId);
  }

  all(): readonly HostedFrame[] {
    return this.frames;
  }

  /** Frame ids are never reused, so a page holding a stale one is always detected. */
  newFrameId(): string {
    return `wweFrame${this.nextFrameNumber++}`;
  }

  snapshot(): FrameSnapshot[] {
    return this.frames.map((frame) => ({
      frameId: frame.frameId,
      origin: frame.origin,
      kind: frame.kind,
      label: frame.label,
      subscriptions: [...frame.subscriptions].map(([subscriptionId, channels]) => ({ subscriptionId, channels: [...channels] })),
    }));
  }
}
