import { REQUEST_NAMES } from '../protocol/index.js';
import { getConnection, isWweError, reportError, type Unsubscribe, type WweConnection, type ConnectionOptions } from '../connection/index.js';

type Callback = (result: unknown) => void;
type Envelope = Record<string, unknown>;
type LegacyHandler = (message: Envelope) => void;

/** The object legacy pages call as `genesys.wwe.service`. */
export interface LegacyService {
  sendMessage(message: { request: string; parameters?: unknown[]; referenceId?: string }, done?: Callback, fail?: Callback): string;
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

/** Legacy pages pass anything where callbacks go; only functions are called. */
function asCallback(value: unknown): Callback | undefined {
  return typeof value === 'function' ? (value as Callback) : undefined;
}

/** Splits `(…args, done?, fail?)`: trailing functions are callbacks, as in the official wrappers. */
function splitCallbacks(args: unknown[]): { params: unknown[]; done?: Callback; fail?: Callback } {
  const params = [...args];
  const callbacks: Callback[] = [];
  while (callbacks.length < 2 && params.length > 0 && typeof params[params.length - 1] === 'function') {
    callbacks.unshift(params.pop() as Callback);
  }
  while (params.length > 0 && params[params.length - 1] === undefined) params.pop();
  return { params, done: callbacks[0], fail: callbacks[1] };
}

/**
 * Builds `genesys.wwe.service` on our connection: the official API shape and callbacks, with our
 * origin pinning, Map correlation and multi-subscriber events underneath.
 */
export function createLegacyService(connectionOf: () => WweConnection = getConnection): LegacyService {
  const handlers = new Map<LegacyHandler, Map<string, Unsubscribe>>();
  let inFlight = new AbortController();
  let nextLocalReference = 0;
  let stopText: Unsubscribe | undefined;

  const service = {
    sendMessage(message, done, fail) {
      const onDone = asCallback(done);
      const onFail = asCallback(fail);
      let referenceId = `compat-${nextLocalReference++}`;
      let answer: Promise<Envelope>;
      try {
        if (typeof message?.referenceId === 'string') referenceId = message.referenceId;
        const request = typeof message?.request === 'string' ? message.request : '';
        const parameters = Array.isArray(message?.parameters) ? message.parameters : [];
        answer = connectionOf().requestEnvelope(request, parameters, { signal: inFlight.signal });
      } catch (error) {
        // A message whose fields throw when read (a getter, a Proxy) fails through `fail`, never into the page.
        answer = Promise.reject(error);
      }
      answer
        .then(
          (envelope) => onDone?.(envelope),
          (error: unknown) => onFail?.(legacyFailure(error)),
        )
        .catch((callbackError: unknown) => reportError(callbackError));
      return referenceId;
    },
    subscribe(events, handler, context) {
      if (typeof handler !== 'function') return service;
      const names = Array.isArray(events) ? events : [events];
      const byName = handlers.get(handler) ?? new Map<string, Unsubscribe>();
      handlers.set(handler, byName);
      for (const name of names) {
        // The official client keeps one subscription per handler and name; so do we.
        if (typeof name !== 'string' || byName.has(name)) continue;
        try {
          byName.set(name, connectionOf().subscribe(name as never, (_payload, { envelope }) => handler.call(context ?? service, { ...envelope })));
        } catch (error) {
          // subscribe() has no failure callback: an unknown event name is a warning with its code,
          // never an error thrown at the page (the official client ignored such names too).
          console.warn(`[wwe-components] genesys.wwe.service.subscribe: ${isWweError(error) ? `${error.code}: ${error.message}` : String(error)}`);
        }
      }
      if (!stopText) stopText = connectionOf().onText((text) => service.onMessage?.(text));
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
      stopText?.();
      stopText = undefined;
    },
  } as LegacyService;

  for (const name of REQUEST_NAMES) {
    const [namespace, method] = name.split('.') as [string, string];
    const target = (service[namespace] ??= {}) as Record<string, unknown>;
    target[method] = (...args: unknown[]) => {
      const { params, done, fail } = splitCallbacks(args);
      return service.sendMessage({ request: name, parameters: params }, done, fail);
    };
  }
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
