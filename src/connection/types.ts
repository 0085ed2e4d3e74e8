import type { Channel, EventPayload, FrameId } from '../protocol/index.js';

/**
 * `idle`: created, nothing sent. `connecting`: handshake under way. `ready`: the desktop answered
 * the readiness probe. `unavailable`: no desktop to talk to (not framed, or it never answered).
 * `error`: the desktop answered the probe with an error, or the configuration cannot work.
 */
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'unavailable' | 'error';

export interface ConnectionOptions {
  /**
   * The desktop's origin, e.g. `https://wwe.example.com`. Messages go only to it and are accepted
   * only from it. When absent it is derived from `location.ancestorOrigins` or `document.referrer`,
   * with a console warning: set it in production.
   */
  desktopOrigin?: string;
  /** Post to `'*'` and accept any origin from the desktop window. Unsafe; warns on every use. */
  allowAnyOrigin?: boolean;
  /** Default timeout of a request, in milliseconds. Default 10 000, as the desktop's own client. */
  timeout?: number;
  /** Timeout of the readiness probe. Defaults to `timeout`. */
  handshakeTimeout?: number;
  /** The desktop window. Default: `window.opener`, else `window.parent`. */
  target?: Window;
}

export interface RequestOptions {
  /** Overrides the connection's timeout for this request, in milliseconds. */
  timeout?: number;
  /** Aborts the wait; the promise rejects with `ABORTED`. */
  signal?: AbortSignal;
}

/** Delivered with each event, beside its payload. */
export interface EventContext<C extends Channel = Channel> {
  channel: C;
  /** The whole sanitized envelope `{ event, data, userAgent, … }`, as legacy handlers receive it. */
  envelope: Readonly<Record<string, unknown>>;
}

export type EventListener<C extends Channel> = (payload: Readonly<EventPayload<C>>, context: EventContext<C>) => void;

/** Removes what was added. Calling it twice is harmless. */
export type Unsubscribe = () => void;

/** Host-side status of one channel's subscription. */
export type ChannelStatus = 'inactive' | 'pending' | 'active' | 'failed';

export interface ConnectionStateChange {
  state: ConnectionState;
  previous: ConnectionState;
  /** Set for `unavailable` and `error`. */
  error?: import('./errors.js').WweError;
  frameId?: FrameId;
}

/** Counters for diagnostics, leak tests and benchmarks. */
export interface ConnectionStats {
  pendingRequests: number;
  hostSubscriptions: number;
  listeners: number;
  /** Messages that reached the window listener and were rejected, by reason. */
  rejected: Record<string, number>;
  /** Responses whose referenceId matched no pending request of ours (late, or another client's). */
  unmatchedResponses: number;
}
