import {
  CLIENT_USER_AGENT,
  PROTOCOL_VERSION,
  RejectionCounts,
  isChannelName,
  isKnownChannel,
  decodeResult,
  matchesServicePattern,
  paramProblems,
  parseDesktopMessage,
  type Channel,
  type DesktopMessage,
  type FrameId,
  type RequestName,
  type RequestParams,
  type RequestResult,
  type SubscriptionId,
} from '../protocol/index.js';
import { ChannelMultiplexer } from './channels.js';
import { DEV, warnOnce } from './dev.js';
import { WweError } from './errors.js';
import { PendingRequests } from './pending.js';
import { reportError } from './report-error.js';
import { resolveDesktopOrigin, resolveTarget, type HostWindow } from './target.js';
import type { Recording } from '../protocol/recording.js';
import type { Recorder, Tapped } from './recorder.js';
import { loadRecorder } from './load-recorder.js';
import type {
  ChannelStatus,
  ChannelStatusChange,
  ConnectionOptions,
  ConnectionState,
  ConnectionStateChange,
  ConnectionStats,
  EventListener,
  RequestOptions,
  Unsubscribe,
} from './types.js';
import { sameOptionValue, validateOptions, validateRequestOptions, DEFAULT_TIMEOUT } from './options.js';
import { describeError, disposedError, nameOf, warnAnyOrigin } from './messages.js';

type Envelope = Record<string, unknown>;

const PROBE: RequestName = 'system.getAllowedServices';

/** A frameId the desktop posted before the connection knew its desktop window: kept for it. */
interface EarlyFrameId {
  source: MessageEventSource | null;
  origin: string;
  frameId: FrameId;
}

/** What `sendMessage` did: the referenceId, whether the message went on the wire, and the answer. */
export interface SentMessage {
  referenceId: string;
  posted: boolean;
  answer: Promise<Envelope>;
}

/** Calls each listener with `value`; one that throws is reported and does not stop the others. */
function tell<T>(listeners: ReadonlySet<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (error) {
      reportError(error);
    }
  }
}

/**
 * The one connection of a window to Agent Desktop. Reach it through `getConnection()`.
 *
 * It listens from the moment it exists, so the frameId the desktop posts once at frame load is never
 * missed. Requests are posted at once, like Genesys's own client: nothing waits on, or fails because
 * of, the readiness probe. Any valid message from the desktop proves it is there (`ready`). It posts
 * only to the desktop window and origin, accepts only messages from them, correlates answers by
 * referenceId, multiplexes channel listeners over as few host subscriptions as it can, and survives
 * a desktop reload by subscribing again.
 */
export class WweConnection {
  #options: ConnectionOptions;
  readonly #self: HostWindow;
  #currentState: ConnectionState = 'idle';
  #stateError: WweError | undefined;
  #target: Window | null = null;
  #origin: string | null = null;
  #currentFrameId: FrameId | undefined;
  #early: EarlyFrameId | undefined;
  #allowed: readonly string[] | undefined;
  /** Bumped at every (re)connection and desktop reload: subscriptions and fetched state start over. */
  #epoch = 0;
  /** Whether the desktop has said anything valid in this epoch. */
  #heard = false;
  /** Whether it has sent anything but a frameId (an answer, an event, a text) in this epoch. */
  #answered = false;
  #probing = false;
  /** The referenceId of the probe in flight: its answer carries the allowed list. */
  #probeReference: string | undefined;
  #readyWaiters: { resolve(): void; reject(error: WweError): void }[] = [];
  #listening = false;
  #disposed = false;
  #notifiedEpoch = 0;
  readonly #pending = new PendingRequests();
  readonly #channels: ChannelMultiplexer;
  readonly #stateListeners = new Set<(change: ConnectionStateChange) => void>();
  readonly #textListeners = new Set<(text: string) => void>();
  readonly #channelListeners = new Set<(change: ChannelStatusChange) => void>();
  readonly #recordingListeners = new Set<(on: boolean) => void>();
  readonly #rejections = new RejectionCounts();
  #unmatchedResponses = 0;
  /** Unique per connection so another client on the page (Genesys's counts "0", "1", …) never collides. */
  readonly #referencePrefix = `wwe-${Math.random().toString(36).slice(2, 10)}-`;
  #nextReference = 0;
  /**
   * Sees every message posted and accepted while recording is on; undefined otherwise, so a page
   * that never records pays one check per message. Until the recorder module has loaded it holds
   * what passed in a small array.
   */
  #tap: ((direction: 'in' | 'out', envelope: Envelope) => void) | undefined;
  #recorder: Promise<Recorder> | undefined;
  #stopShortcut: (() => void) | undefined;

  constructor(options: ConnectionOptions = {}, self: HostWindow = window as HostWindow) {
    this.#options = validateOptions(options);
    this.#self = self;
    this.#channels = new ChannelMultiplexer({
      canReachHost: () => this.#canPost(),
      subscribe: (channels) => this.#subscribeOnHost(channels),
      unsubscribe: (subscriptionId) => this.sendMessage({ event: 'unsubscribe', data: subscriptionId }).answer,
      reportListenerError: (error) => reportError(error),
      statusChanged: (channel) => this.#notifyChannel(channel),
    });
    if (this.#options.allowAnyOrigin) warnAnyOrigin();
    this.#record();
    this.#listen();
  }

  get state(): ConnectionState {
    return this.#currentState;
  }

  /** Why the connection is `unavailable` or `error`. */
  get error(): WweError | undefined {
    return this.#stateError;
  }

  get frameId(): FrameId | undefined {
    return this.#currentFrameId;
  }

  /** Counts (re)connections and desktop reloads; state fetched in an older epoch may be stale. */
  get epoch(): number {
    return this.#epoch;
  }

  /** The request names the desktop allows this page, once known. */
  get allowedServices(): readonly string[] | undefined {
    return this.#allowed;
  }

  get isDisposed(): boolean {
    return this.#disposed;
  }

  /** The origin messages go to and come from, once resolved. */
  get desktopOrigin(): string | null {
    return this.#origin;
  }

  /** Whether the desktop allows `request` for this page; true while that is not yet known. */
  isAllowed(request: string): boolean {
    if (!this.#allowed) return true;
    return this.#allowed.some((pattern) => matchesServicePattern(request, pattern));
  }

  /**
   * Changes the configuration. Before first use this only stores it; afterwards the connection
   * starts over with the new settings, keeping every listener.
   */
  configure(options: ConnectionOptions): void {
    this.#assertUsable('configure');
    const next = validateOptions({ ...this.#options, ...options });
    // Recording on or off is not a new connection.
    const changed = (Object.keys(next) as (keyof ConnectionOptions)[]).some((key) => key !== 'record' && !sameOptionValue(next[key], this.#options[key])) || Object.keys(next).length !== Object.keys(this.#options).length;
    const recordChanged = JSON.stringify(next.record) !== JSON.stringify(this.#options.record);
    this.#options = next;
    if (recordChanged) {
      this.#stopShortcut?.();
      this.#tap = this.#recorder = this.#stopShortcut = undefined;
      this.#record();
      tell(this.#recordingListeners, this.recordingOn);
    }
    if (options.allowAnyOrigin) warnAnyOrigin();
    // The same settings again (a <wwe-connection> beside elements that already connected) change
    // nothing, nor does pinning the origin the connection already talks to (an element upgraded
    // before <wwe-connection> and derived it): a reconnect would probe and subscribe again.
    const samePlace = !next.allowAnyOrigin && next.desktopOrigin !== undefined && next.desktopOrigin === this.#origin && this.#target === resolveTarget(this.#self, next.target);
    if (changed && !samePlace && this.#currentState !== 'idle') void this.reconnect().catch(() => undefined);
  }

  /**
   * Starts the connection if needed. Resolves once the desktop has said anything; rejects with
   * NOT_FRAMED, ORIGIN_UNKNOWN or ORIGIN_UNTRUSTED at once, or NOT_CONNECTED when the probe goes unanswered (requests
   * are still sent, and a desktop that answers later makes the connection ready).
   */
  connect(): Promise<void> {
    if (this.#disposed) return Promise.reject(disposedError('connect'));
    if (this.#currentState === 'idle') this.#begin();
    if (this.#currentState === 'ready') return Promise.resolve();
    if (!this.#canPost()) return Promise.reject(this.#stateError);
    const waiting = new Promise<void>((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
    if (!this.#probing) this.#probe();
    return waiting;
  }

  /** Forgets the desktop's subscriptions and starts over (new epoch). */
  reconnect(): Promise<void> {
    if (this.#disposed) return Promise.reject(disposedError('connect'));
    this.#channels.forgetHostSubscriptions();
    this.#begin();
    return this.connect();
  }

  /** Sends a typed request and resolves with its result. */
  async request<K extends RequestName>(name: K, params: RequestParams<K>, options: RequestOptions = {}): Promise<RequestResult<K>> {
    const envelope = await this.requestEnvelope(name, params as unknown[], options);
    const result = decodeResult(name, envelope.data);
    if (!result.ok) throw new WweError('BAD_RESPONSE', name, DEV ? `The desktop answered ${name} with data of an unexpected shape.` : name, { envelope });
    return result.value as RequestResult<K>;
  }

  /**
   * Sends any request by name with its positional parameters (left out when there are none) and
   * resolves with the desktop's whole success envelope (minus referenceId), as legacy callbacks
   * receive it. Rejects with a WweError.
   */
  requestEnvelope(name: string, params: readonly unknown[] = [], options: RequestOptions = {}): Promise<Envelope> {
    const empty = Array.isArray(params) && params.length === 0;
    return this.sendMessage(empty ? { request: name } : { request: name, parameters: params }, options).answer;
  }

  /**
   * Posts a message as given, the way Genesys's `sendMessage` does: it adds `userAgent`,
   * `protocolVersion`, the frameId and, unless the message has one, a referenceId; a subscribe or
   * unsubscribe message goes out as written. Refused locally only when it cannot be posted at all
   * (not framed, a value structured clone cannot copy) or the desktop's allowed list forbids it.
   */
  sendMessage(message: Envelope, options: RequestOptions = {}): SentMessage {
    let given: unknown;
    let name = '(message)';
    let isRequest = false;
    try {
      given = message?.referenceId;
      name = nameOf(message);
      isRequest = typeof message?.request === 'string' && message.request.length > 0;
    } catch {
      // A message whose fields throw when read cannot be posted; structured clone would throw too.
      given = undefined;
    }
    // A page's own referenceId is kept as it is (the desktop echoes it); anything else gets ours.
    const own = typeof given === 'string' || typeof given === 'number' ? given : undefined;
    const referenceId = own !== undefined ? String(own) : this.#newReference();
    const refuse = (error: WweError): SentMessage => ({ referenceId, posted: false, answer: Promise.reject(error) });
    if (this.#disposed) return refuse(disposedError(name));
    if (typeof message !== 'object' || message === null) return refuse(new WweError('INVALID_ARGUMENT', name, DEV ? 'A message must be an object such as { request: "agent.get" }.' : 'not an object'));
    const invalid = validateRequestOptions(name, options);
    if (invalid) return refuse(invalid);
    if (options.signal?.aborted) return refuse(new WweError('ABORTED', name, DEV ? `${name} was aborted before it was sent.` : name, { cause: options.signal.reason }));
    if (this.#currentState === 'idle') this.#begin();
    if (!this.#canPost()) return refuse(this.#unusableError(name));
    if (isRequest) {
      if (!this.isAllowed(name)) {
        return refuse(new WweError('DENIED', name, DEV ? `The desktop's security configuration does not allow ${name} for this page (service-client-api.accepted-web-content-origins).` : name));
      }
      if (DEV) warnAboutParams(name, message);
    }
    const answer = this.#pending.add(referenceId, name, options.timeout ?? this.#options.timeout ?? DEFAULT_TIMEOUT, options.signal);
    try {
      this.#post({ ...message, referenceId: own ?? referenceId });
      this.#pending.markSent(referenceId);
      return { referenceId, posted: true, answer };
    } catch (error) {
      // The window and origin are known, so what threw is the message itself: a value structured
      // clone cannot copy, or a getter that throws while it is copied.
      const code = error instanceof WweError ? error.code : 'INVALID_ARGUMENT';
      this.#pending.settle(referenceId, new WweError(code, name, `${name} could not be sent: ${describeError(error)}`, { cause: error }));
      return { referenceId, posted: false, answer };
    }
  }

  /** Listens to a channel. Many listeners share a host subscription, released with the last. */
  subscribe<C extends Channel>(channel: C, listener: EventListener<C>): Unsubscribe {
    this.#assertUsable('subscribe');
    if (!isChannelName(channel)) {
      throw new WweError('INVALID_ARGUMENT', 'subscribe', DEV ? `Not a channel name: ${typeof channel === 'string' ? '""' : `a ${typeof channel}`}. Use agent, interaction, media, system, markdone, outbound or messenger:<name>.` : 'channel');
    }
    if (typeof listener !== 'function') throw new WweError('INVALID_ARGUMENT', 'subscribe', DEV ? 'The listener must be a function.' : 'listener');
    if (DEV && !isKnownChannel(channel)) warnOnce(`"${channel}" is not a channel the vendor documents; it is subscribed on the desktop as given.`);
    if (this.#currentState === 'idle') this.#begin();
    return this.#channels.add(channel, listener as EventListener<never>);
  }

  /** The host subscription of a channel: `failed` while a failed one waits for its retry. */
  channelStatus(channel: Channel): ChannelStatus {
    return this.#channels.status(channel);
  }

  /** Why the last host subscription of a channel failed, while it is failed. */
  channelError(channel: Channel): WweError | undefined {
    return this.#channels.status(channel) === 'failed' ? this.#channels.lastError(channel) : undefined;
  }

  /** Hears every change of a channel's host subscription (pending, active, failed and retrying). */
  onChannelStatus(listener: (change: ChannelStatusChange) => void): Unsubscribe {
    this.#channelListeners.add(listener);
    return () => this.#channelListeners.delete(listener);
  }

  #notifyChannel(channel: string): void {
    const change: ChannelStatusChange = { channel, status: this.#channels.status(channel), ...(this.channelError(channel as Channel) ? { error: this.channelError(channel as Channel) } : {}) };
    tell(this.#channelListeners, change);
  }

  onStateChange(listener: (change: ConnectionStateChange) => void): Unsubscribe {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /**
   * Recording turned on or off by `configure` (`recordingOn` already tells the new state): what
   * shows or hides a page's "Download recording" control at once.
   */
  onRecordingChange(listener: (on: boolean) => void): Unsubscribe {
    this.#recordingListeners.add(listener);
    return () => this.#recordingListeners.delete(listener);
  }

  /** Bare strings starting with "wwe" that the desktop posts (the legacy `onMessage` hook). */
  onText(listener: (text: string) => void): Unsubscribe {
    this.#textListeners.add(listener);
    return () => this.#textListeners.delete(listener);
  }

  stats(): ConnectionStats {
    return {
      pendingRequests: this.#pending.size,
      hostSubscriptions: this.#channels.hostSubscriptionCount,
      listeners: this.#channels.listenerCount,
      rejected: this.#rejections.toJSON(),
      unmatchedResponses: this.#unmatchedResponses,
    };
  }

  /** Whether `record` is on: `recording()` has something to give. */
  get recordingOn(): boolean {
    return this.#recorder !== undefined;
  }

  /**
   * The session so far, as a Recording (docs/RECORDING.md), redacted unless `record: { redact: false }`.
   * Nothing leaves the page: the caller decides what to do with it. Rejects with INVALID_ARGUMENT
   * when recording is off.
   */
  async recording(): Promise<Recording> {
    if (!this.#recorder) throw new WweError('INVALID_ARGUMENT', 'recording', DEV ? 'Recording is off: turn it on with configure({ record: true }), data-record or <wwe-connection record>.' : 'record');
    return (await this.#recorder).export();
  }

  /** Starts the recorder if `record` asks for it; the module loads on first use only. */
  #record(): void {
    const options = this.#options.record;
    if (!options || typeof options !== 'object') return;
    const early: [ 'in' | 'out', number, Envelope][] = [];
    // Bounded too: messages that pass while the module loads are a handful, a flood is not kept.
    const tap = (this.#tap = (direction, envelope) => void (early.length < 1000 && early.push([direction, Date.now(), envelope])));
    const loaded = loadRecorder().catch((cause: unknown) => {
      // A file that did not load (offline, or the compat script's recorder file not copied beside it).
      if (this.#tap === tap) this.#tap = undefined;
      throw new WweError('NOT_LOADED', 'recording', DEV ? `The session recorder could not be loaded: ${describeError(cause)}` : 'recorder', { cause });
    });
    const loading = (this.#recorder = loaded.then(({ Recorder, listenForShortcut }) => {
      const recorder = new Recorder(options, early as Tapped[]);
      if (this.#tap === tap && !this.#disposed) {
        this.#tap = recorder.tap;
        this.#stopShortcut = listenForShortcut(this.#self, () => this.recording());
      }
      return recorder;
    }));
    loading.catch(reportError);
  }

  /** Releases everything: host subscriptions, the window listener, and every pending promise. */
  dispose(): void {
    if (this.#disposed) return;
    const held = this.#channels.clear();
    if (this.#canPost()) {
      // Best effort: the page may be unloading, and the desktop drops them at reload anyway.
      for (const subscriptionId of held) {
        try {
          this.#post({ event: 'unsubscribe', data: subscriptionId, referenceId: this.#newReference() });
        } catch {
          break;
        }
      }
    }
    this.#disposed = true;
    this.#pending.rejectAll((request) => disposedError(request));
    this.#rejectWaiters(disposedError('connect'));
    if (this.#listening) this.#self.removeEventListener('message', this.#onMessage);
    this.#listening = false;
    this.#stopShortcut?.();
    this.#tap = undefined;
    this.#stateListeners.clear();
    this.#textListeners.clear();
    this.#channelListeners.clear();
    this.#recordingListeners.clear();
  }

  /** Resolves the desktop window and origin, and announces a new epoch. */
  #begin(): void {
    this.#epoch++;
    this.#heard = false;
    this.#answered = false;
    this.#allowed = undefined;
    this.#target = resolveTarget(this.#self, this.#options.target);
    if (!this.#target) {
      this.#origin = null;
      this.#setState('unavailable', new WweError('NOT_FRAMED', 'connection', DEV ? 'This page is not inside Agent Desktop: it has no parent or opener window, and no target was configured.' : 'not framed'));
      this.#rejectWaiters(this.#stateError!);
      return;
    }
    try {
      this.#origin = resolveDesktopOrigin(this.#self, this.#target, this.#options);
    } catch (error) {
      this.#origin = null;
      // An untrusted origin is the page's setting to fix, not a broken configuration: nothing is sent.
      this.#setState((error as WweError).code === 'ORIGIN_UNTRUSTED' ? 'unavailable' : 'error', error as WweError);
      this.#rejectWaiters(error as WweError);
      return;
    }
    const early = this.#early;
    this.#early = undefined;
    if (early && early.source === this.#target && (this.#origin === '*' || early.origin === this.#origin)) {
      this.#currentFrameId = early.frameId;
      this.#heard = true;
      // Kept before the desktop window was known, accepted now: it was on the wire.
      this.#tap?.('in', { frameId: early.frameId });
    }
    this.#setState(this.#heard ? 'ready' : 'connecting');
    this.#probe();
    this.#channels.reconcileAll();
  }

  /**
   * Asks for the allowed services. Advisory: its answer gives the allowed list, an error answer
   * still proves the desktop is there, and no answer only marks the connection `unavailable` for
   * display while requests keep going out.
   */
  #probe(): void {
    const epoch = this.#epoch;
    this.#probing = true;
    const timeout = this.#options.handshakeTimeout ?? this.#options.timeout ?? DEFAULT_TIMEOUT;
    const probe = this.sendMessage({ request: PROBE }, { timeout });
    this.#probeReference = probe.referenceId;
    probe.answer.then(
      // The answer was read as it arrived (#takeAllowed), before anyone heard of `ready`.
      () => undefined,
      (error: WweError) => {
        if (epoch !== this.#epoch || this.#disposed || this.#heard || error.code === 'HOST_ERROR') return;
        this.#setState('unavailable', new WweError('NOT_CONNECTED', 'connection', DEV ? `Agent Desktop has not answered (${error.message}). Requests are still sent; check that this page's origin is in service-client-api.accepted-web-content-origins and that desktopOrigin is right.` : error.message, { cause: error }));
        this.#rejectWaiters(this.#stateError!);
      },
    ).finally(() => {
      if (epoch === this.#epoch) this.#probing = false;
    });
  }

  /** The probe's answer: the allowed list, in place before listeners hear of it. */
  #takeAllowed(data: unknown): void {
    this.#probeReference = undefined;
    this.#allowed = Array.isArray(data) && data.every((item) => typeof item === 'string') ? data : undefined;
    // Already ready (a frameId came first): the allowed list is news all the same.
    if (this.#heard) this.#setState('ready');
  }

  /** Any valid desktop message proves the desktop is there. */
  #heardDesktop(): void {
    if (this.#heard) return;
    this.#heard = true;
    this.#setState('ready');
  }

  #canPost(): boolean {
    return this.#target !== null && this.#origin !== null && this.#currentState !== 'error' && !this.#disposed;
  }

  #listen(): void {
    if (this.#listening || typeof this.#self?.addEventListener !== 'function') return;
    this.#self.addEventListener('message', this.#onMessage);
    this.#listening = true;
  }

  #subscribeOnHost(channels: readonly string[]): Promise<SubscriptionId> {
    const name = `subscribe ${channels.join(',')}`;
    const data = channels.length === 1 ? channels[0] : [...channels];
    return this.sendMessage({ event: 'subscribe', data }).answer.then((envelope) => {
      const id = envelope.subscriptionId;
      if (typeof id !== 'string' && typeof id !== 'number') {
        throw new WweError('BAD_RESPONSE', name, DEV ? `The desktop accepted the ${channels.join(', ')} subscription without a subscriptionId.` : name, { envelope });
      }
      return id;
    });
  }

  /** Posts `envelope`, a fresh object of the caller's, stamped in place: one copy per message is the caller's spread. */
  #post(envelope: Envelope): void {
    if (!this.#target || this.#origin === null) throw new WweError('NOT_CONNECTED', 'connection', DEV ? 'No desktop window to post to.' : 'no window');
    envelope.userAgent = CLIENT_USER_AGENT;
    envelope.protocolVersion = PROTOCOL_VERSION;
    if (this.#currentFrameId !== undefined) envelope.frameId = this.#currentFrameId;
    this.#target.postMessage(envelope, this.#origin);
    this.#tap?.('out', envelope);
  }

  #newReference(): string {
    return this.#referencePrefix + (this.#nextReference++).toString(36);
  }

  readonly #onMessage = (event: MessageEvent): void => {
    if (this.#target === null) return this.#keepEarlyFrameId(event);
    if (event.source !== this.#target) {
      this.#rejections.add('foreign-source');
      return;
    }
    if (this.#origin !== '*' && event.origin !== this.#origin) {
      this.#rejections.add('foreign-origin');
      return;
    }
    const parsed = parseDesktopMessage(event.data);
    if (!parsed.ok) {
      this.#rejections.add(parsed.reason);
      return;
    }
    if (this.#tap) {
      const message = parsed.message;
      this.#tap('in', message.kind === 'frame-id' ? { frameId: message.frameId } : message.kind === 'text' ? { text: message.text } : message.envelope);
    }
    this.#handle(parsed.message);
  };

  /** Before the desktop window is known (nothing used the kit yet), only a frameId is worth keeping. */
  #keepEarlyFrameId(event: MessageEvent): void {
    if (event.source !== resolveTarget(this.#self, this.#options.target)) return;
    const parsed = parseDesktopMessage(event.data);
    if (parsed.ok && parsed.message.kind === 'frame-id') this.#early = { source: event.source, origin: event.origin, frameId: parsed.message.frameId };
  }

  #handle(message: DesktopMessage): void {
    // The frameId first: a reload's new frameId must not be taken as the first message heard.
    if (message.kind === 'frame-id') return this.#onFrameId(message.frameId);
    if (message.kind === 'response' && message.referenceId === this.#probeReference) this.#takeAllowed(message.data);
    this.#answered = true;
    this.#heardDesktop();
    switch (message.kind) {
      case 'response': {
        const { referenceId: _ignored, ...envelope } = message.envelope;
        if (!this.#pending.settle(message.referenceId, envelope)) this.#unmatchedResponses++;
        return;
      }
      case 'failure': {
        const request = this.#pending.requestOf(message.referenceId);
        if (request === undefined) {
          this.#unmatchedResponses++;
          return;
        }
        const { referenceId: _ignored, ...envelope } = message.envelope;
        this.#pending.settle(message.referenceId, new WweError('HOST_ERROR', request, message.errorMessage, { envelope }));
        return;
      }
      case 'event':
        this.#channels.dispatch(message.channel, message.data, message.envelope);
        return;
      case 'text':
        tell(this.#textListeners, message.text);
    }
  }

  #onFrameId(frameId: FrameId): void {
    const previous = this.#currentFrameId;
    this.#currentFrameId = frameId;
    if (previous === frameId) return this.#heardDesktop();
    // The desktop posts a frameId when the frame loads, before anything else it sends it. So a first
    // frameId after its answers (a page whose kit started late missed the one at load) is a reload too.
    if (previous === undefined && !this.#answered) return this.#heardDesktop();
    // A new frameId means the desktop reloaded: what was posted is lost and its subscriptions are gone.
    this.#pending.rejectAll((request) => new WweError('DESKTOP_RELOADED', request, DEV ? `Agent Desktop reloaded while ${request} was in flight; its outcome is unknown.` : request), true);
    this.#channels.forgetHostSubscriptions();
    this.#epoch++;
    this.#allowed = undefined;
    this.#heard = true;
    this.#answered = false;
    this.#setState('ready');
    this.#probe();
    this.#channels.reconcileAll();
  }

  /** Tells listeners of a new state, a new error, a new epoch, or (for `ready`) new allowed services. */
  #setState(state: ConnectionState, error?: WweError): void {
    const previous = this.#currentState;
    const sameError = this.#stateError === error;
    this.#stateError = error;
    this.#currentState = state;
    if (state === 'ready') this.#resolveWaiters();
    if (previous === state && sameError && state !== 'ready' && this.#notifiedEpoch === this.#epoch) return;
    this.#notifiedEpoch = this.#epoch;
    const change: ConnectionStateChange = {
      state,
      previous,
      epoch: this.#epoch,
      ...(error ? { error } : {}),
      ...(this.#currentFrameId !== undefined ? { frameId: this.#currentFrameId } : {}),
    };
    tell(this.#stateListeners, change);
  }

  #resolveWaiters(): void {
    const waiters = this.#readyWaiters;
    this.#readyWaiters = [];
    for (const waiter of waiters) waiter.resolve();
  }

  #rejectWaiters(error: WweError): void {
    const waiters = this.#readyWaiters;
    this.#readyWaiters = [];
    for (const waiter of waiters) waiter.reject(error);
  }

  #unusableError(request: string): WweError {
    const reason = this.#stateError;
    if (reason?.code === 'NOT_FRAMED' || reason?.code === 'ORIGIN_UNKNOWN' || reason?.code === 'ORIGIN_UNTRUSTED') {
      return new WweError(reason.code, request, reason.message, { cause: reason, ...(reason.origin !== undefined ? { origin: reason.origin } : {}) });
    }
    return new WweError('NOT_CONNECTED', request, reason ? reason.message : DEV ? `Not connected to Agent Desktop; ${request} was not sent.` : request, { cause: reason });
  }

  #assertUsable(operation: string): void {
    if (this.#disposed) throw disposedError(operation);
  }
}

// A function of the module, not a method: a production build (DEV false) removes it, and with it
// the parameter-kind texts of the request table, which a class method would keep alive.
function warnAboutParams(request: string, message: Envelope): void {
  try {
    const params = Array.isArray(message.parameters) ? message.parameters : [];
    for (const problem of paramProblems(request, params)) warnOnce(`${request}: ${problem} It is sent as given.`);
  } catch {
    // Reading a hostile parameter threw: posting it will say why.
  }
}
