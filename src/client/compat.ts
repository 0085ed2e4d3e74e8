import { positionalParams, requestDescriptors, type RequestDescriptor } from '../protocol/index.js';
import { getConnection, isWweError, reportError, type Unsubscribe, type WweConnection, type ConnectionOptions } from '../connection/index.js';

type Callback = (result: unknown) => void;
type Envelope = Record<string, unknown>;
type LegacyHandler = (message: Envelope) => void;

/** The object legacy pages call as `genesys.wwe.service`. */
export interface LegacyService {
  /** Posts `message` as given and answers the referenceId on the wire (undefined when nothing could be posted). */
  sendMessage(message: Record<string, unknown>, done?: Callback | null, fail?: Callback | null): string | undefined;
  subscribe(events: string | string[], handler: LegacyHandler, context?: unknown): LegacyService;
  unsubscribe(handler: LegacyHandler): LegacyService;
  targetWWEWindow(target: Window): void;
  unload(): void;
  /** Integrator hook for bare "wwe…" strings the desktop posts. */
  onMessage?: (text: string) => void;
  /** Not in the official client: pins the desktop origin, which it never did. */
  configure(options: ConnectionOptions): void;
  [namespace: string]: unknown;
}

/**
 * Failure values as legacy code reads them: the desktop's envelope (`errorMessage`) for host
 * errors, the plain string 'Request timeout' for timeouts, and an envelope-like object for the
 * failures the official client never had (not framed, denied, …).
 */
function legacyFailure(error: unknown): unknown {
  if (!isWweError(error)) return { errorMessage: String(error) };
  if (error.code === 'HOST_ERROR' && error.envelope) return error.envelope;
  if (error.code === 'TIMEOUT') return 'Request timeout';
  return { errorMessage: error.message, code: error.code, request: error.request };
}

/** Legacy pages pass anything where callbacks go (`null` placeholders included); only functions are called. */
function asCallback(value: unknown): Callback | undefined {
  return typeof value === 'function' ? (value as Callback) : undefined;
}

/**
 * Splits a wrapper's arguments the way Genesys's wrappers do: the declared parameters, then
 * `done`, then `fail`. A function cannot be posted, so the first function among the declared
 * positions starts the callbacks: an optional parameter left out (`voice.dial(destination, done,
 * fail)`, as the official wrapper allows) or a required one forgotten goes out as `undefined`, and
 * the desktop answers it. A `null` or `undefined` in a callback slot means "no callback"; it never
 * shifts `fail`. Values the wrapper does not declare are not posted, as the official wrapper posts
 * only its declared ones.
 */
function splitLegacyArgs(descriptor: RequestDescriptor, args: readonly unknown[]): { params: unknown[]; done: unknown; fail: unknown } {
  const arity = descriptor.arity;
  const firstFunction = args.findIndex((arg) => typeof arg === 'function');
  const callbacksAt = firstFunction >= 0 && firstFunction < arity ? firstFunction : arity;
  const params = positionalParams(descriptor, args.slice(0, callbacksAt));
  // A stray extra value (not a callback, not a null placeholder) does not hide the callbacks after it.
  let doneAt = callbacksAt;
  while (doneAt < args.length && args[doneAt] !== null && args[doneAt] !== undefined && typeof args[doneAt] !== 'function') doneAt++;
  return { params, done: args[doneAt], fail: args[doneAt + 1] };
}

/**
 * Builds `genesys.wwe.service` on our connection: the official API shape, messages and callbacks,
 * with our origin pinning, Map correlation and multi-subscriber events underneath.
 */
export function createLegacyService(connectionOf: () => WweConnection = getConnection): LegacyService {
  const handlers = new Map<LegacyHandler, Map<string, Unsubscribe>>();
  let inFlight = new AbortController();
  let text: { connection: WweConnection; stop: Unsubscribe } | undefined;

  /** `onMessage` hears bare strings from the start, whether or not the page ever subscribes. */
  const hearText = () => {
    const connection = connectionOf();
    if (text?.connection === connection) return;
    text = { connection, stop: connection.onText((message) => service.onMessage?.(message)) };
  };

  const service = {
    sendMessage(message, done, fail) {
      hearText();
      const onDone = asCallback(done);
      const onFail = asCallback(fail);
      const { referenceId, posted, answer } = connectionOf().sendMessage(message, { signal: inFlight.signal });
      answer
        .then(
          (envelope) => onDone?.(envelope),
          (error: unknown) => onFail?.(legacyFailure(error)),
        )
        .catch((callbackError: unknown) => reportError(callbackError));
      return posted ? referenceId : undefined;
    },
    subscribe(events, handler, context) {
      if (typeof handler !== 'function') return service;
      hearText();
      const names = Array.isArray(events) ? events : [events];
      const byName = handlers.get(handler) ?? new Map<string, Unsubscribe>();
      handlers.set(handler, byName);
      for (const name of names) {
        // The official client keeps one subscription per handler and name; so do we.
        if (byName.has(name)) continue;
        try {
          byName.set(name, connectionOf().subscribe(name as never, (_payload, { envelope }) => handler.call(context ?? service, { ...envelope })));
        } catch (error) {
          // subscribe() has no failure callback: a name that is not a string is a warning with its
          // code, never an error thrown at the page.
          console.warn(`[wwe-components] genesys.wwe.service.subscribe: ${isWweError(error) ? `${error.code}: ${error.message}` : String(error)}`);
        }
      }
      return service;
    },
    unsubscribe(handler) {
      const byName = handlers.get(handler);
      if (byName) for (const stop of byName.values()) stop();
      handlers.delete(handler);
      return service;
    },
    targetWWEWindow(target) {
      connectionOf().configure({ target });
    },
    configure(options) {
      connectionOf().configure(options);
    },
    unload() {
      for (const handler of [...handlers.keys()]) service.unsubscribe(handler);
      inFlight.abort();
      inFlight = new AbortController();
      text?.stop();
      text = undefined;
    },
  } as LegacyService;

  for (const descriptor of requestDescriptors().values()) {
    const target = (service[descriptor.namespace] ??= {}) as Record<string, unknown>;
    target[descriptor.method] = (...args: unknown[]) => {
      const { params, done, fail } = splitLegacyArgs(descriptor, args);
      return service.sendMessage(params.length > 0 ? { request: descriptor.name, parameters: params } : { request: descriptor.name }, done as Callback, fail as Callback);
    };
  }
  hearText();
  return service;
}

/**
 * Installs the facade as `window.genesys.wwe.service`, unless one exists (the official client's
 * own guard, so loading both never replaces the first). Answers the service in place.
 */
export function installLegacyService(host: Window = window, options?: ConnectionOptions): LegacyService {
  const root = host as unknown as { genesys?: { wwe?: { service?: LegacyService } } };
  const genesys = (root.genesys ??= {});
  const wweNamespace = (genesys.wwe ??= {});
  if (wweNamespace.service) return wweNamespace.service;
  if (options) getConnection().configure(options);
  wweNamespace.service = createLegacyService();
  return wweNamespace.service;
}
