import { DEV } from './dev.js';
import { Deadlines } from './deadlines.js';
import { WweError } from './errors.js';

type Envelope = Record<string, unknown>;

interface PendingEntry {
  referenceId: string;
  request: string;
  timeout: number;
  /** Whether the envelope was posted; only posted requests are lost when the desktop reloads. */
  sent: boolean;
  resolve(envelope: Envelope): void;
  reject(error: WweError): void;
}

/**
 * In-flight requests by referenceId. A Map keeps correlation O(1) however many are in flight;
 * every entry leaves the map the moment it settles, so each promise settles exactly once.
 */
export class PendingRequests {
  readonly #entries = new Map<string, PendingEntry>();
  readonly #deadlines = new Deadlines<PendingEntry>(
    // A reused referenceId's first entry has left the map: its deadline must not time out the second.
    (entry) => this.#entries.get(entry.referenceId) === entry,
    ({ referenceId, request, timeout }) => this.settle(referenceId, new WweError('TIMEOUT', request, DEV ? `The desktop did not answer ${request} within ${timeout} ms.` : `${request} ${timeout} ms`)),
  );

  get size(): number {
    return this.#entries.size;
  }

  has(referenceId: string): boolean {
    return this.#entries.has(referenceId);
  }

  /** Registers a request; the promise settles on response, timeout, abort or {@link rejectAll}. */
  add(referenceId: string, request: string, timeout: number, signal?: AbortSignal): Promise<Envelope> {
    // A page that reuses a referenceId of its own: the first request can no longer be told apart.
    const reused = this.#entries.get(referenceId);
    if (reused) this.settle(referenceId, new WweError('INVALID_ARGUMENT', reused.request, DEV ? `referenceId "${referenceId}" was reused by ${request} before the desktop answered.` : referenceId));
    return new Promise<Envelope>((resolve, reject) => {
      const cleanup = () => {
        if (signal) this.#unwatch(signal, referenceId);
      };
      const entry: PendingEntry = {
        referenceId,
        request,
        timeout,
        sent: false,
        resolve: (envelope) => {
          cleanup();
          resolve(envelope);
        },
        reject: (error) => {
          cleanup();
          reject(error);
        },
      };
      this.#entries.set(referenceId, entry);
      this.#deadlines.add(timeout, entry, this.#entries.size);
      if (signal) this.#watch(signal, referenceId);
    });
  }

  /**
   * One abort listener per signal, however many requests share it (the compat facade gives every
   * request one signal): a listener per request made each settle search a list as long as the
   * requests in flight.
   */
  readonly #bySignal = new Map<AbortSignal, { ids: Set<string>; onAbort: () => void }>();

  #watch(signal: AbortSignal, referenceId: string): void {
    let watched = this.#bySignal.get(signal);
    if (!watched) {
      const ids = new Set<string>();
      const onAbort = () => {
        this.#bySignal.delete(signal);
        for (const id of [...ids]) {
          const request = this.requestOf(id) ?? '';
          this.settle(id, new WweError('ABORTED', request, DEV ? `${request} was aborted before the desktop answered.` : request, { cause: signal.reason }));
        }
      };
      watched = { ids, onAbort };
      this.#bySignal.set(signal, watched);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    watched.ids.add(referenceId);
    if (signal.aborted) watched.onAbort();
  }

  #unwatch(signal: AbortSignal, referenceId: string): void {
    const watched = this.#bySignal.get(signal);
    if (!watched) return;
    watched.ids.delete(referenceId);
    if (watched.ids.size > 0) return;
    this.#bySignal.delete(signal);
    signal.removeEventListener('abort', watched.onAbort);
  }

  markSent(referenceId: string): void {
    const entry = this.#entries.get(referenceId);
    if (entry) entry.sent = true;
  }

  /** Settles one request with an envelope or an error. Answers false when it was not pending. */
  settle(referenceId: string, outcome: Envelope | WweError): boolean {
    const entry = this.#entries.get(referenceId);
    if (!entry) return false;
    this.#entries.delete(referenceId);
    if (this.#entries.size === 0) this.#deadlines.clear();
    if (outcome instanceof WweError) entry.reject(outcome);
    else entry.resolve(outcome);
    return true;
  }

  requestOf(referenceId: string): string | undefined {
    return this.#entries.get(referenceId)?.request;
  }

  /** Rejects every pending request (or only the posted ones) with an error made per request. */
  rejectAll(makeError: (request: string) => WweError, onlySent = false): void {
    for (const [referenceId, entry] of [...this.#entries]) {
      if (onlySent && !entry.sent) continue;
      this.settle(referenceId, makeError(entry.request));
    }
  }
}
