import type { Interaction, ToastParams } from '../protocol/index.js';
import { pageSlot } from '../runtime/page-runtime.js';
import { getConnection, reportError, type ConnectionStateChange, type Unsubscribe, type WweConnection } from '../connection/index.js';
import type { DesktopAction } from './actions.js';
import { DesktopFeed } from './feed.js';
import { needsOf } from './needs.js';
import { reduceDesktop, reduceDesktopAll } from './reducer.js';
import { changedSlices, createInitialState, type DesktopState, type Slice } from './state.js';
import { resolveTargetInteraction } from './interactions.js';
import { BurstScheduler } from './burst-scheduler.js';

/** What the store needs of a connection; `WweConnection` is the real one. */
export type StoreConnection = Pick<
  WweConnection,
  'state' | 'error' | 'epoch' | 'allowedServices' | 'isAllowed' | 'connect' | 'request' | 'subscribe' | 'onStateChange'
>;

/** Called after the slices it watches changed, with the new state and which of them changed. */
export type StoreListener = (state: DesktopState, changed: readonly Slice[]) => void;

interface Subscriber {
  readonly slices: ReadonlySet<Slice>;
  readonly listener: StoreListener;
}

/**
 * The desktop state of one connection, shared by every element on the page (see {@link getStore}).
 *
 * Lazy, per slice: it asks the desktop only for what the watched slices need (`needs.ts`): an
 * element that shows the agent's name costs one `agent.get`, and a page that only shows the
 * connection costs nothing but the connection's own probe. Subscribers that arrive in the same task
 * make one wave: the channels and fetches they need are collected in a microtask and sent together.
 * Requests are not held until the connection is ready (the connection sends them at once); answers
 * are fetched again when the connection's epoch changes (a desktop reload), and a failed fetch when
 * the connection is next ready. When the last subscriber leaves, every listener is released; the
 * state survives in between.
 *
 * Subscribers are notified in subscription order, only when a slice they watch changed identity,
 * once per microtask at most, and once per frame at most while the desktop floods the page (see
 * {@link BurstScheduler}): `getState()` is always current, notifications are what coalesce.
 */
export class DesktopStore {
  readonly connection: StoreConnection;
  private state: DesktopState = createInitialState();
  /** The state subscribers last heard about. */
  private notified: DesktopState = this.state;
  private readonly notifier = new BurstScheduler(() => this.notify());
  /** Desktop events of a burst, reduced together when someone reads the state (see `dispatch`). */
  private backlog: DesktopAction[] = [];
  private waveQueued = false;
  private readonly subscribers = new Set<Subscriber>();
  private readonly feed: DesktopFeed;
  private releaseStateListener: Unsubscribe | undefined;
  private readonly toastTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(connection: StoreConnection) {
    this.connection = connection;
    this.feed = new DesktopFeed(connection, (action) => this.dispatch(action));
  }

  getState(): DesktopState {
    this.reduceBacklog();
    return this.state;
  }

  /**
   * Watches some slices: `listener` hears later changes only, so read `getState()` for the current
   * value. What the slices need from the desktop is asked for in the next microtask, together with
   * what every other subscriber of this task needs.
   */
  subscribe(slices: readonly Slice[], listener: StoreListener): Unsubscribe {
    const subscriber: Subscriber = { slices: new Set(slices), listener };
    this.subscribers.add(subscriber);
    if (!this.releaseStateListener) this.start();
    this.queueWave();
    return () => {
      if (this.subscribers.delete(subscriber)) this.queueWave();
    };
  }

  /** The interaction an element acts on: see {@link resolveTargetInteraction}. */
  target(explicitId?: string | null): Interaction | undefined {
    return resolveTargetInteraction(this.getState(), explicitId);
  }

  /** Pops a desktop toast and records it; resolves with its id, rejects with a WweError. */
  async popupToast(params: ToastParams): Promise<string> {
    const id = await this.connection.request('system.popupToast', [params]);
    this.dispatchOwn({ type: 'toast-opened', id, params });
    this.armAutoClose(id, params.autoCloseTimeout);
    return id;
  }

  async updateToast(id: string, params: ToastParams): Promise<void> {
    await this.connection.request('system.updateToast', [id, params]);
    this.dispatchOwn({ type: 'toast-updated', id, params });
    if (params.autoCloseTimeout !== undefined) this.armAutoClose(id, params.autoCloseTimeout);
  }

  async closeToast(id: string): Promise<void> {
    await this.connection.request('system.closeToast', [id]);
    this.disarmAutoClose(id);
    this.dispatchOwn({ type: 'toast-closed', id });
  }

  /**
   * Fetches again what the watched slices need and reduces the answers. Never rejects: a failure
   * lands in `connection.lastError`.
   */
  refresh(): Promise<void> {
    return this.feed.refresh();
  }

  private start(): void {
    this.releaseStateListener = this.connection.onStateChange((change) => this.onConnectionChange(change));
    this.syncConnection();
    // Whether the page is framed at all is worth knowing even to a page that asks for nothing else.
    void this.connection.connect().catch(() => undefined);
  }

  private queueWave(): void {
    if (this.waveQueued) return;
    this.waveQueued = true;
    queueMicrotask(() => this.wave());
  }

  /** Brings the channels and fetches in line with what the subscribers of the moment watch. */
  private wave(): void {
    this.waveQueued = false;
    if (this.subscribers.size > 0) {
      this.feed.update(needsOf([...this.subscribers].flatMap((subscriber) => [...subscriber.slices])));
      return;
    }
    this.feed.stop();
    this.releaseStateListener?.();
    this.releaseStateListener = undefined;
  }

  private onConnectionChange(change: ConnectionStateChange): void {
    this.syncConnection();
    this.feed.connectionChanged(change);
  }

  private syncConnection(): void {
    const { state, error, allowedServices } = this.connection;
    this.dispatch({
      type: 'connection-changed',
      state,
      ...(error ? { error } : {}),
      ...(allowedServices ? { allowedServices } : {}),
    });
  }

  /** The desktop closes a toast with `autoCloseTimeout` by itself and says nothing: mirror it. */
  private armAutoClose(id: string, timeout: number | undefined): void {
    this.disarmAutoClose(id);
    if (timeout === undefined || !(timeout > 0) || !Number.isFinite(timeout)) return;
    this.toastTimers.set(
      id,
      setTimeout(() => {
        this.toastTimers.delete(id);
        this.dispatch({ type: 'toast-closed', id });
      }, timeout),
    );
  }

  private disarmAutoClose(id: string): void {
    const timer = this.toastTimers.get(id);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.toastTimers.delete(id);
  }

  private dispatch(action: DesktopAction): void {
    // During a burst nobody is told before the next frame, so its events wait and are reduced as
    // one batch: thousands of interaction events cost one copy of the map, not one each.
    if (action.type === 'event' && this.notifier.deferred) {
      this.backlog.push(action);
      // Already waiting; this only tells the scheduler the burst goes on.
      this.notifier.schedule();
      return;
    }
    this.reduceBacklog();
    const next = reduceDesktop(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.notifier.schedule();
  }

  /** The outcome of the page's own request: subscribers hear it before the caller does, even in a flood. */
  private dispatchOwn(action: DesktopAction): void {
    this.dispatch(action);
    this.notifier.flush();
  }

  private reduceBacklog(): void {
    if (this.backlog.length === 0) return;
    const actions = this.backlog;
    this.backlog = [];
    this.state = reduceDesktopAll(this.state, actions);
  }

  private notify(): void {
    this.reduceBacklog();
    const changed = changedSlices(this.notified, this.state);
    this.notified = this.state;
    if (changed.length === 0) return;
    const state = this.state;
    for (const subscriber of [...this.subscribers]) {
      // One that left during this flush is not called.
      if (!this.subscribers.has(subscriber)) continue;
      const relevant = changed.filter((slice) => subscriber.slices.has(slice));
      if (relevant.length === 0) continue;
      try {
        subscriber.listener(state, relevant);
      } catch (error) {
        reportError(error);
      }
    }
  }
}

/**
 * The stores of the page, by connection, on the page runtime (`store.v1`): every copy of the kit
 * on the page uses the store the first one made, so one set of subscriptions and fetches serves
 * them all. Another copy calls this store's public methods and reads its `DesktopState`: those
 * are the shared contract, and a change to either takes a new slot name.
 */
const stores = () => pageSlot('store.v1', () => new WeakMap<StoreConnection, DesktopStore>());

/** The store of a connection (by default the window's shared one); one per connection and page. */
export function getStore(connection: StoreConnection = getConnection()): DesktopStore {
  const byConnection = stores();
  let store = byConnection.get(connection);
  if (!store) {
    store = new DesktopStore(connection);
    byConnection.set(connection, store);
  }
  return store;
}
