import {
  CLIENT_USER_AGENT,
  PROTOCOL_VERSION,
  RejectionCounts,
  checkParams,
  isChannel,
  fitsResultShape,
  matchesServicePattern,
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
import { WweError } from './errors.js';
import { PendingRequests } from './pending.js';
import { reportError } from './report-error.js';
import { deriveOrigin, resolveTarget, type HostWindow } from './target.js';
import type {
  ChannelStatus,
  ConnectionOptions,
  ConnectionState,
  ConnectionStateChange,
  ConnectionStats,
  EventListener,
  RequestOptions,
  Unsubscribe,
} from './types.js';
import { validateOptions, validateRequestOptions, DEFAULT_TIMEOUT } from './options.js';

type Envelope = Record<string, unknown>;

const PROBE: RequestName = 'system.getAllowedServices';
let warnedDerivedOrigin = false;

/**
 * The one connection of a window to Agent Desktop. Reach it through `getConnection()`.
 *
 * It posts only to the desktop window and origin, accepts only messages from them, correlates
 * answers by referenceId in a Map, multiplexes channel listeners over one host subscription each,
 * and survives a desktop reload by handshaking and subscribing again.
 */
export class WweConnection {
  #options: ConnectionOptions;
  readonly #self: HostWindow;
  #currentState: ConnectionState = 'idle';
  #stateError: WweError | undefined;
  #target: Window | null = null;
  #origin: string | null = null;
  #currentFrameId: FrameId | undefined;
  #allowed: readonly string[] | undefined;
  #handshake: Promise<void> | undefined;
  /** Bumped per handshake, so a superseded one (configure, reload) cannot set the state. */
  #handshakeGeneration = 0;
  #listening = false;
  #disposed = false;
  readonly #pending = new PendingRequests();
  readonly #channels: ChannelMultiplexer;
  readonly #stateListeners = new Set<(change: ConnectionStateChange) => void>();
  readonly #textListeners = new Set<(text: string) => void>();
  readonly #rejections = new RejectionCounts();
  #unmatchedResponses = 0;
  /** Unique per connection so another client on the page (Genesys's counts "0", "1", …) never collides. */
  readonly #referencePrefix = `wwe-${Math.random().toString(36).slice(2, 10)}-`;
  #nextReference = 0;

  constructor(options: ConnectionOptions = {}, self: HostWindow = window as HostWindow) {
    this.#options = validateOptions(options);
    this.#self = self;
    this.#channels = new ChannelMultiplexer({
      canReachHost: () => this.#currentState === 'ready',
      subscribe: (channel) => this.#subscribeOnHost(channel),
      unsubscribe: (subscriptionId) => this.#send('unsubscribe', { event: 'unsubscribe', data: subscriptionId }, {}),
      reportListenerError: (error) => reportError(error),
    });
    if (this.#options.allowAnyOrigin) warnAnyOrigin();
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
   * handshakes again with the new settings, keeping every listener.
   */
  configure(options: ConnectionOptions): void {
    this.#assertUsable('configure');
    this.#options = validateOptions({ ...this.#options, ...options });
    if (options.allowAnyOrigin) warnAnyOrigin();
    if (this.#currentState !== 'idle') void this.reconnect().catch(() => undefined);
  }

  /** Starts the handshake if needed; resolves when ready, rejects with the reason otherwise. */
  connect(): Promise<void> {
    if (this.#disposed) return Promise.reject(disposedError('connect'));
    if (this.#currentState === 'ready') return Promise.resolve();
    if (this.#handshake) return this.#handshake;
    return this.#startHandshake();
  }

  /** Forgets the desktop's subscriptions and handshakes again. */
  reconnect(): Promise<void> {
    if (this.#disposed) return Promise.reject(disposedError('connect'));
    this.#channels.forgetHostSubscriptions();
    this.#handshake = undefined;
    return this.#startHandshake();
  }

  /** Sends a typed request and resolves with its result. */
  async request<K extends RequestName>(name: K, params: RequestParams<K>, options: RequestOptions = {}): Promise<RequestResult<K>> {
    const envelope = await this.requestEnvelope(name, params as unknown[], options);
    if (!fitsResultShape(name, envelope.data)) {
      throw new WweError('BAD_RESPONSE', name, `The desktop answered ${name} with data of an unexpected shape.`, { envelope });
    }
    return envelope.data as RequestResult<K>;
  }

  /**
   * Sends any request and resolves with the desktop's whole success envelope (minus referenceId),
   * as legacy callbacks receive it. Rejects with a WweError.
   */
  requestEnvelope(name: string, params: readonly unknown[] = [], options: RequestOptions = {}): Promise<Envelope> {
    if (this.#disposed) return Promise.reject(disposedError(name));
    if (typeof name !== 'string' || name.length === 0) {
      // Named by its type: String() itself throws for some values (null-prototype objects).
      return Promise.reject(new WweError('INVALID_ARGUMENT', typeof name === 'string' ? '(empty)' : `(${typeof name})`, 'The request name must be a non-empty string such as "voice.dial".'));
    }
    if (!Array.isArray(params)) {
      return Promise.reject(new WweError('INVALID_ARGUMENT', name, `The parameters of ${name} must be an array.`));
    }
    const invalid = validateRequestOptions(name, options);
    if (invalid) return Promise.reject(invalid);
    const problem = checkParams(name, params);
    if (problem) return Promise.reject(new WweError('INVALID_ARGUMENT', name, problem));
    if (this.#currentState === 'ready' && !this.isAllowed(name)) {
      return Promise.reject(new WweError('DENIED', name, `The desktop's security configuration does not allow ${name} for this page (service-client-api.accepted-web-content-origins).`));
    }
    const trimmed = [...params];
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === undefined) trimmed.pop();
    return this.#send(name, trimmed.length > 0 ? { request: name, parameters: trimmed } : { request: name }, options);
  }

  /** Listens to a channel. Many listeners share one host subscription, released with the last. */
  subscribe<C extends Channel>(channel: C, listener: EventListener<C>): Unsubscribe {
    this.#assertUsable('subscribe');
    if (!isChannel(channel)) {
      throw new WweError('INVALID_ARGUMENT', 'subscribe', `Not a channel: ${typeof channel === 'string' ? `"${channel}"` : `a ${typeof channel}`}. Use agent, interaction, media, system, markdone, outbound or messenger:<name>.`);
    }
    if (typeof listener !== 'function') throw new WweError('INVALID_ARGUMENT', 'subscribe', 'The listener must be a function.');
    const unsubscribe = this.#channels.add(channel, listener);
    if (this.#currentState === 'idle') void this.connect().catch(() => undefined);
    return unsubscribe;
  }

  channelStatus(channel: Channel): ChannelStatus {
    return this.#channels.status(channel);
  }

  onStateChange(listener: (change: ConnectionStateChange) => void): Unsubscribe {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
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

  /** Releases everything: host subscriptions, the window listener, and every pending promise. */
  dispose(): void {
    if (this.#disposed) return;
    const held = this.#channels.clear();
    if (this.#currentState === 'ready') {
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
    if (this.#listening) this.#self.removeEventListener('message', this.#onMessage);
    this.#listening = false;
    this.#stateListeners.clear();
    this.#textListeners.clear();
    this.#handshake = undefined;
  }

  #startHandshake(): Promise<void> {
    const attempt = this.#runHandshake();
    this.#handshake = attempt;
    attempt.then(
      () => undefined,
      () => undefined,
    ).finally(() => {
      if (this.#handshake === attempt) this.#handshake = undefined;
    });
    return attempt;
  }

  async #runHandshake(): Promise<void> {
    const generation = ++this.#handshakeGeneration;
    this.#target = resolveTarget(this.#self, this.#options.target);
    if (!this.#target) {
      this.#setState('unavailable', new WweError('NOT_FRAMED', 'connection', 'This page is not inside Agent Desktop: it has no opener or parent window, and no target was configured.'));
      throw this.#stateError;
    }
    try {
      this.#origin = this.#resolveOrigin(this.#target);
    } catch (error) {
      this.#setState('error', error as WweError);
      throw error;
    }
    this.#listen();
    this.#setState('connecting');
    try {
      const envelope = await this.#send(PROBE, { request: PROBE }, { timeout: this.#options.handshakeTimeout ?? this.#options.timeout }, true);
      const services = envelope.data;
      this.#allowed = Array.isArray(services) && services.every((item) => typeof item === 'string') ? services : undefined;
    } catch (error) {
      const failure = error as WweError;
      if (this.#disposed || generation !== this.#handshakeGeneration) throw failure;
      if (failure.code !== 'HOST_ERROR') {
        this.#setState('unavailable', new WweError('NOT_CONNECTED', 'connection', `The desktop did not answer the handshake (${failure.message}). Check that this page's origin is in service-client-api.accepted-web-content-origins and that desktopOrigin is right.`, { cause: failure }));
        throw this.#stateError;
      }
      // The desktop is there but filters getAllowedServices: connected, with the allowed list unknown.
      this.#allowed = undefined;
    }
    if (this.#disposed || generation !== this.#handshakeGeneration) return;
    this.#setState('ready');
    this.#channels.reconcileAll();
  }

  #resolveOrigin(target: Window): string {
    if (this.#options.allowAnyOrigin) return '*';
    if (this.#options.desktopOrigin) return this.#options.desktopOrigin;
    const derived = deriveOrigin(this.#self, target);
    if (!derived) {
      throw new WweError('ORIGIN_UNKNOWN', 'connection', 'No desktopOrigin was configured and none could be derived (no ancestorOrigins, no referrer). Call configure({ desktopOrigin: "https://your-wwe-host" }).');
    }
    if (!warnedDerivedOrigin) {
      warnedDerivedOrigin = true;
      const from = { ancestorOrigins: 'location.ancestorOrigins', referrer: 'document.referrer', 'frame-src': "the desktop iframe's src", 'same-origin': 'the same-origin desktop window' }[derived.source as 'referrer'];
      console.warn(`[wwe-components] No desktopOrigin configured; trusting ${derived.origin}, derived from ${from}. Set configure({ desktopOrigin }) in production.`);
    }
    return derived.origin;
  }

  #listen(): void {
    if (this.#listening) return;
    this.#self.addEventListener('message', this.#onMessage);
    this.#listening = true;
  }

  #subscribeOnHost(channel: Channel): Promise<SubscriptionId> {
    return this.#send(`subscribe ${channel}`, { event: 'subscribe', data: channel }, {}).then((envelope) => {
      const id = envelope.subscriptionId;
      if (typeof id !== 'string' && typeof id !== 'number') {
        throw new WweError('BAD_RESPONSE', `subscribe ${channel}`, `The desktop accepted the ${channel} subscription without a subscriptionId.`, { envelope });
      }
      return id;
    });
  }

  /**
   * Registers and posts one message. Unless `bypassQueue`, it waits for the handshake; the timeout
   * runs from the call, so a request never waits longer than its timeout in all.
   */
  async #send(request: string, body: Envelope, options: RequestOptions, bypassQueue = false): Promise<Envelope> {
    if (options.signal?.aborted) throw new WweError('ABORTED', request, `${request} was aborted before it was sent.`, { cause: options.signal.reason });
    if (this.#currentState === 'unavailable' || this.#currentState === 'error') throw this.#unusableError(request);
    if (this.#currentState === 'idle') void this.connect().catch(() => undefined);
    const referenceId = this.#newReference();
    const settled = this.#pending.add(referenceId, request, options.timeout ?? this.#options.timeout ?? DEFAULT_TIMEOUT, options.signal);
    if (!bypassQueue && this.#currentState !== 'ready') {
      this.#handshake?.then(
        () => this.#postPending(referenceId, body),
        () => this.#pending.settle(referenceId, this.#unusableError(request)),
      );
    } else {
      this.#postPending(referenceId, body);
    }
    return settled;
  }

  #postPending(referenceId: string, body: Envelope): void {
    if (!this.#pending.has(referenceId)) return;
    const request = this.#pending.requestOf(referenceId)!;
    try {
      this.#post({ ...body, referenceId });
      this.#pending.markSent(referenceId);
    } catch (error) {
      const code = error instanceof DOMException && error.name === 'DataCloneError' ? 'INVALID_ARGUMENT' : 'NOT_CONNECTED';
      this.#pending.settle(referenceId, new WweError(code, request, `${request} could not be sent: ${(error as Error).message}`, { cause: error }));
    }
  }

  #post(body: Envelope): void {
    if (!this.#target || this.#origin === null) throw new WweError('NOT_CONNECTED', 'connection', 'No desktop window to post to.');
    const envelope: Envelope = { ...body, userAgent: CLIENT_USER_AGENT, protocolVersion: PROTOCOL_VERSION };
    if (this.#currentFrameId !== undefined) envelope.frameId = this.#currentFrameId;
    this.#target.postMessage(envelope, this.#origin);
  }

  #newReference(): string {
    return this.#referencePrefix + (this.#nextReference++).toString(36);
  }

  readonly #onMessage = (event: MessageEvent): void => {
    if (event.source !== this.#target || this.#target === null) {
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
    this.#handle(parsed.message);
  };

  #handle(message: DesktopMessage): void {
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
      case 'frame-id':
        this.#onFrameId(message.frameId);
        return;
      case 'text':
        for (const listener of [...this.#textListeners]) {
          try {
            listener(message.text);
          } catch (error) {
            reportError(error);
          }
        }
    }
  }

  #onFrameId(frameId: FrameId): void {
    const previous = this.#currentFrameId;
    this.#currentFrameId = frameId;
    if (previous === undefined) {
      // The desktop showed up after a failed handshake: try again.
      if (this.#currentState === 'unavailable' && this.#stateError?.code === 'NOT_CONNECTED') void this.reconnect().catch(() => undefined);
      return;
    }
    if (previous === frameId) return;
    // A new frameId means the desktop reloaded: what was posted is lost and its subscriptions are gone.
    this.#pending.rejectAll((request) => new WweError('DESKTOP_RELOADED', request, `Agent Desktop reloaded while ${request} was in flight; its outcome is unknown.`), true);
    void this.reconnect().catch(() => undefined);
  }

  #setState(state: ConnectionState, error?: WweError): void {
    const previous = this.#currentState;
    this.#stateError = error;
    if (previous === state && state !== 'ready') return;
    this.#currentState = state;
    const change: ConnectionStateChange = { state, previous, ...(error ? { error } : {}), ...(this.#currentFrameId !== undefined ? { frameId: this.#currentFrameId } : {}) };
    for (const listener of [...this.#stateListeners]) {
      try {
        listener(change);
      } catch (listenerError) {
        reportError(listenerError);
      }
    }
  }

  #unusableError(request: string): WweError {
    const reason = this.#stateError;
    if (reason?.code === 'NOT_FRAMED' || reason?.code === 'ORIGIN_UNKNOWN') return new WweError(reason.code, request, reason.message, { cause: reason });
    return new WweError('NOT_CONNECTED', request, reason ? reason.message : `Not connected to Agent Desktop; ${request} was not sent.`, { cause: reason });
  }

  #assertUsable(operation: string): void {
    if (this.#disposed) throw disposedError(operation);
  }
}

function disposedError(request: string): WweError {
  return new WweError('DISPOSED', request, `The connection was disposed; ${request} cannot run.`);
}

function warnAnyOrigin(): void {
  console.warn('[wwe-components] allowAnyOrigin is on: messages go to "*" and any origin of the desktop window is trusted. Never use this in production; set desktopOrigin.');
}

