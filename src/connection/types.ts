import type { Channel, EventPayload, FrameId } from '../protocol/index.js';

/**
 * `idle`: created (and listening), nothing sent. `connecting`: the desktop window is known and
 * requests go out, but the desktop has not said anything yet. `ready`: the desktop has sent a valid
 * message (a frameId, an answer, an event). `unavailable`: not framed (NOT_FRAMED: nothing can be
 * sent), the derived desktop origin is not trusted (ORIGIN_UNTRUSTED: nothing is sent), or the probe
 * went unanswered (NOT_CONNECTED: requests are still sent). `error`: the
 * configuration cannot work (ORIGIN_UNKNOWN).
 */
export type ConnectionState = 'idle' | 'connecting' | 'ready' | 'unavailable' | 'error';

export interface ConnectionOptions {
  /**
   * The desktop's origin, e.g. `https://wwe.example.com`. Messages go only to it and are accepted
   * only from it. When absent it is derived (the embedded desktop iframe's `src`,
   * `location.ancestorOrigins` or `document.referrer`) and trusted only if `desktopOrigins` allows
   * it, or it is a loopback desktop (`localhost`, `127.0.0.0/8`, `[::1]`), or `allowDerivedOrigin`
   * is set; otherwise the connection is `unavailable` with ORIGIN_UNTRUSTED.
   */
  desktopOrigin?: string;
  /**
   * The desktops a derived origin may be: origins (`https://wwe.example.com`) or a wildcard as the
   * whole leftmost label (`https://*.example.com` matches `https://a.example.com` only). Given, it
   * is the only rule: a loopback desktop is trusted only if it matches too.
   */
  desktopOrigins?: readonly string[];
  /** Trusts any derived origin, with a console warning: whoever frames or opens the page becomes the desktop. */
  allowDerivedOrigin?: boolean;
  /** Post to `'*'` and accept any origin from the desktop window. Unsafe; warns on every use. */
  allowAnyOrigin?: boolean;
  /** Default timeout of a request, in milliseconds. Default 10 000, as the desktop's own client. */
  timeout?: number;
  /** Timeout of the readiness probe. Defaults to `timeout`. */
  handshakeTimeout?: number;
  /** The desktop window. Default: `window.opener`, else `window.parent`. */
  target?: Window;
  /**
   * Records every message in and out for `recording()` (off by default). `true` records with
   * redaction; an object sets the ring's bounds, and `redact: false` keeps raw values. See docs/RECORDING.md.
   */
  record?: boolean | RecordOptions;
}

export interface RecordOptions {
  /** Replace values by stable pseudonyms at export (default true). `false` keeps customers' data in the file. */
  redact?: boolean;
  /** The ring keeps at most this many messages (default 5 000), dropping the oldest. */
  maxMessages?: number;
  /** … and at most about this many bytes of messages (default 4 000 000). */
  maxBytes?: number;
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

/**
 * A channel listener. The payload is the event's `data` as the desktop sent it (sanitized): fields
 * may be missing, older desktops say `type` instead of `eventType`, and unknown channels carry
 * whatever their desktop sends.
 */
export type EventListener<C extends Channel> = (payload: Readonly<EventPayload<C>>, context: EventContext<C>) => void;

/** Removes what was added. Calling it twice is harmless. */
export type Unsubscribe = () => void;

/**
 * Host-side status of one channel's subscription. `failed`: the last subscribe failed or timed out
 * and a retry is scheduled (with backoff; at once when a new listener comes).
 */
export type ChannelStatus = 'inactive' | 'pending' | 'active' | 'failed';

export interface ChannelStatusChange {
  channel: string;
  status: ChannelStatus;
  /** Why the last subscribe failed, while `failed`. */
  error?: import('./errors.js').WweError;
}

export interface ConnectionStateChange {
  state: ConnectionState;
  previous: ConnectionState;
  /** Increases at every (re)connection and desktop reload; see `WweConnection.epoch`. */
  epoch: number;
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
