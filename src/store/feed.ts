import type { RequestParams } from '../protocol/index.js';
import { isWweError, retryDelay, WweError, type ConnectionStateChange, type Unsubscribe } from '../connection/index.js';
import type { DesktopAction, StoreChannel } from './actions.js';
import { channelOf, fetchedAction, NO_NEEDS, type Needs, type StoreFetch } from './needs.js';
import type { StoreConnection } from './store.js';

/** `pending`: in flight; `done`: its answer is current; `failed`: retried after a backoff, and when the connection is next ready. */
type FetchStatus = 'pending' | 'done' | 'failed';

/**
 * Failures worth asking again without waiting for the connection to change: the desktop was slow,
 * busy or not ready yet. A refusal by configuration (`DENIED`) or a connection that is down waits
 * for the next ready instead.
 */
const RETRIED_CODES: ReadonlySet<string> = new Set(['TIMEOUT', 'HOST_ERROR', 'BAD_RESPONSE']);

function asWweError(error: unknown, request: string): WweError {
  if (isWweError(error)) return error;
  return new WweError('BAD_RESPONSE', request, `${request} failed: ${String(error)}`, { cause: error });
}

/** Every request the store fetches takes no parameters. */
const NO_PARAMS = [] as unknown as RequestParams<StoreFetch>;

/**
 * The store's side of the wire: holds the channels and keeps current the fetches that the watched
 * slices need ({@link Needs}), and no others.
 *
 * A fetch is sent when it is needed and its answer is not current; never twice at once. An answer
 * stays current until the connection's epoch changes (the desktop reloaded, or the connection was
 * reconfigured: its subscriptions and everything they kept current are gone), or until its channel
 * is released (no events keep it current any more). A failed fetch is retried when the connection
 * is next ready, so a desktop that came up late still fills the store; one that timed out or was
 * refused by a busy desktop is also retried after a backoff (one second, doubling up to thirty),
 * so a single lost answer never leaves the store empty until the next reload.
 */
export class DesktopFeed {
  private readonly channels = new Map<StoreChannel, Unsubscribe>();
  private readonly status = new Map<StoreFetch, FetchStatus>();
  private readonly inFlight = new Map<StoreFetch, Promise<void>>();
  private needs: Needs = NO_NEEDS;
  private epoch: number;
  /** Transitions to `ready` seen so far: a fetch sent before the latest one may never have reached the desktop. */
  private readyCount = 0;
  private nextFetchId = 1;
  /** Failures in a row per fetch, for its backoff; cleared by an answer. */
  private readonly failures = new Map<StoreFetch, number>();
  private readonly retryAt = new Map<StoreFetch, number>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: StoreConnection,
    private readonly dispatch: (action: DesktopAction) => void,
  ) {
    this.epoch = connection.epoch;
  }

  /** Subscribes the missing channels, releases the unneeded ones, then sends the missing fetches in one batch. */
  update(needs: Needs): void {
    this.needs = needs;
    this.noteEpoch(this.connection.epoch);
    for (const channel of [...this.channels.keys()]) if (!needs.channels.has(channel)) this.release(channel);
    try {
      for (const channel of needs.channels) {
        if (this.channels.has(channel)) continue;
        this.channels.set(channel, this.connection.subscribe(channel, (event) => this.dispatch({ type: 'event', channel, event })));
      }
    } catch (error) {
      // Only a disposed connection refuses listeners; the store then shows why it has no data.
      this.dispatch({ type: 'fetch-failed', error: asWweError(error, 'subscribe') });
      return;
    }
    void this.send(this.missing());
  }

  /** Releases every channel; answers still in flight are reduced but no longer count as current. */
  stop(): void {
    this.needs = NO_NEEDS;
    for (const channel of [...this.channels.keys()]) this.release(channel);
    this.retryAt.clear();
    this.scheduleRetry();
  }

  connectionChanged(change: ConnectionStateChange): void {
    const newEpoch = this.noteEpoch(change.epoch);
    if (change.state === 'ready') {
      this.readyCount++;
      for (const [fetch, status] of this.status) if (status === 'failed') this.status.delete(fetch);
      this.retryAt.clear();
      this.scheduleRetry();
    }
    if (newEpoch || change.state === 'ready') void this.send(this.missing());
  }

  /** Fetches every needed request again (those in flight are awaited, not repeated). */
  refresh(): Promise<void> {
    const idle = [...this.needs.fetches].filter((fetch) => this.status.get(fetch) !== 'pending');
    for (const fetch of idle) this.status.delete(fetch);
    const inFlight = [...this.inFlight.values()];
    return Promise.all([this.send(idle), ...inFlight]).then(() => undefined);
  }

  private missing(): StoreFetch[] {
    return [...this.needs.fetches].filter((fetch) => !this.status.has(fetch));
  }

  private release(channel: StoreChannel): void {
    this.channels.get(channel)?.();
    this.channels.delete(channel);
    for (const [fetch, status] of this.status) if (status !== 'pending' && channelOf(fetch) === channel) this.status.delete(fetch);
  }

  /** Records a new epoch, forgetting every answer of the old one; true when it was new. */
  private noteEpoch(epoch: number): boolean {
    if (epoch === this.epoch) return false;
    this.epoch = epoch;
    for (const [fetch, status] of this.status) if (status !== 'pending') this.status.delete(fetch);
    return true;
  }

  /** Whether requests would fail at once: sending them would only record the same error again. */
  private failsFast(): boolean {
    const { state, error } = this.connection;
    return state === 'error' || (state === 'unavailable' && (error?.code === 'NOT_FRAMED' || error?.code === 'ORIGIN_UNTRUSTED'));
  }

  /** Sends `fetches` as one refresh window (see `sync.ts`). */
  private send(fetches: readonly StoreFetch[]): Promise<void> {
    if (fetches.length === 0 || this.failsFast()) return Promise.resolve();
    const allowed = fetches.filter((fetch) => this.connection.isAllowed(fetch));
    for (const fetch of fetches) if (!allowed.includes(fetch)) this.status.set(fetch, 'failed');
    if (allowed.length === 0) return Promise.resolve();
    const fetchId = this.nextFetchId++;
    this.dispatch({ type: 'fetch-started', fetchId });
    const settled = allowed.map((fetch) => this.fetch(fetch, fetchId));
    return Promise.all(settled).then(() => this.dispatch({ type: 'fetch-finished', fetchId }));
  }

  private fetch(fetch: StoreFetch, fetchId: number): Promise<void> {
    const sent = { epoch: this.epoch, readyCount: this.readyCount };
    this.status.set(fetch, 'pending');
    const settled = this.connection.request(fetch, NO_PARAMS).then(
      (result) => {
        if (sent.epoch === this.epoch) this.dispatch(fetchedAction(fetch, result, fetchId));
        this.failures.delete(fetch);
        this.settle(fetch, sent, 'done');
      },
      (error: unknown) => {
        const failure = asWweError(error, fetch);
        if (sent.epoch === this.epoch) this.dispatch({ type: 'fetch-failed', fetchId, error: failure });
        this.settle(fetch, sent, 'failed');
        if (this.status.get(fetch) === 'failed' && RETRIED_CODES.has(failure.code)) this.retryLater(fetch);
      },
    );
    this.inFlight.set(fetch, settled);
    return settled;
  }

  private settle(fetch: StoreFetch, sent: { epoch: number; readyCount: number }, outcome: 'done' | 'failed'): void {
    this.inFlight.delete(fetch);
    const needed = this.needs.fetches.has(fetch);
    if (sent.epoch === this.epoch && outcome === 'failed' && needed && sent.readyCount === this.readyCount) {
      this.status.set(fetch, 'failed');
    } else if (sent.epoch === this.epoch && outcome === 'done' && (needed || channelOf(fetch) === undefined)) {
      this.status.set(fetch, 'done');
    } else {
      this.status.delete(fetch);
      // Sent to a desktop that has since reloaded, or failed before the desktop was ready: ask again.
      if (needed) void this.send(this.missing());
    }
  }

  private retryLater(fetch: StoreFetch): void {
    const failures = (this.failures.get(fetch) ?? 0) + 1;
    this.failures.set(fetch, failures);
    this.retryAt.set(fetch, Date.now() + retryDelay(failures));
    this.scheduleRetry();
  }

  /** One timer for the earliest retry due; none when nothing waits. */
  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.retryAt.size === 0) return;
    const due = Math.min(...this.retryAt.values());
    this.retryTimer = setTimeout(() => this.retryDue(), Math.max(0, due - Date.now()));
  }

  private retryDue(): void {
    const now = Date.now();
    for (const [fetch, at] of this.retryAt) {
      if (at > now) continue;
      this.retryAt.delete(fetch);
      if (this.status.get(fetch) === 'failed') this.status.delete(fetch);
    }
    this.scheduleRetry();
    void this.send(this.missing());
  }
}
