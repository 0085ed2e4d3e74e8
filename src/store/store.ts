import type { Interaction, RequestName, RequestParams, RequestResult, ToastParams } from '../protocol/index.js';
import { getConnection, isWweError, reportError, WweError, type ConnectionStateChange, type Unsubscribe, type WweConnection } from '../connection/index.js';
import { STORE_CHANNELS, type DesktopAction } from './actions.js';
import { reduceDesktop } from './reducer.js';
import { changedSlices, createInitialState, type DesktopState, type Slice } from './state.js';
import { resolveTargetInteraction } from './target.js';

/** What the store needs of a connection; `WweConnection` is the real one. */
export type StoreConnection = Pick<
  WweConnection,
  'state' | 'error' | 'allowedServices' | 'isAllowed' | 'request' | 'subscribe' | 'onStateChange'
>;

/** Called after the slices it watches changed, with the new state and which of them changed. */
export type StoreListener = (state: DesktopState, changed: readonly Slice[]) => void;

interface Subscriber {
  readonly slices: ReadonlySet<Slice>;
  readonly listener: StoreListener;
}

function asWweError(error: unknown, request: string): WweError {
  if (isWweError(error)) return error;
  return new WweError('BAD_RESPONSE', request, `${request} failed: ${String(error)}`, { cause: error });
}

/**
 * The desktop state of one connection, shared by every element on the page (see {@link getStore}).
 *
 * Lazy: it listens to the connection only while it has subscribers. The first subscriber makes it
 * subscribe to the agent, interaction, media and system channels and fetch the desktop's state on
 * every transition to `ready` (a desktop reload included); the last one leaving releases every
 * listener, so a page without elements holds no host subscription. The state survives in between.
 *
 * Subscribers are notified once per microtask at most, in subscription order, and only when a
 * slice they watch changed identity.
 */
export class DesktopStore {
  readonly connection: StoreConnection;
  private state: DesktopState = createInitialState();
  /** The state subscribers last heard about. */
  private notified: DesktopState = this.state;
  private flushQueued = false;
  private readonly subscribers = new Set<Subscriber>();
  private releases: Unsubscribe[] = [];
  private nextFetchId = 1;
  private readonly toastTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(connection: StoreConnection) {
    this.connection = connection;
  }

  getState(): DesktopState {
    return this.state;
  }

  /**
   * Watches some slices: `listener` hears later changes only, so read `getState()` for the current
   * value. The first subscriber starts the store; the last one leaving stops it.
   */
  subscribe(slices: readonly Slice[], listener: StoreListener): Unsubscribe {
    const subscriber: Subscriber = { slices: new Set(slices), listener };
    this.subscribers.add(subscriber);
    if (this.subscribers.size === 1) this.start();
    return () => {
      if (!this.subscribers.delete(subscriber)) return;
      if (this.subscribers.size === 0) this.stop();
    };
  }

  /** The interaction an element acts on: see {@link resolveTargetInteraction}. */
  target(explicitId?: string | null): Interaction | undefined {
    return resolveTargetInteraction(this.state, explicitId);
  }

  /** Pops a desktop toast and records it; resolves with its id, rejects with a WweError. */
  async popupToast(params: ToastParams): Promise<string> {
    const id = await this.connection.request('system.popupToast', [params]);
    this.dispatch({ type: 'toast-opened', id, params });
    this.armAutoClose(id, params.autoCloseTimeout);
    return id;
  }

  async updateToast(id: string, params: ToastParams): Promise<void> {
    await this.connection.request('system.updateToast', [id, params]);
    this.dispatch({ type: 'toast-updated', id, params });
    if (params.autoCloseTimeout !== undefined) this.armAutoClose(id, params.autoCloseTimeout);
  }

  async closeToast(id: string): Promise<void> {
    await this.connection.request('system.closeToast', [id]);
    this.disarmAutoClose(id);
    this.dispatch({ type: 'toast-closed', id });
  }

  /**
   * Fetches agent, agent state, state list, media and interactions (those the desktop allows this
   * page) and reduces the answers. Never rejects: a failure lands in `connection.lastError`.
   */
  async refresh(): Promise<void> {
    const fetchId = this.nextFetchId++;
    this.dispatch({ type: 'fetch-started', fetchId });
    await Promise.all([
      this.fetch(fetchId, 'agent.get', (agent) => ({ type: 'agent-fetched', agent })),
      this.fetch(fetchId, 'agent.getStateList', (stateList) => ({ type: 'state-list-fetched', stateList })),
      this.fetch(fetchId, 'agent.getState', (agentState) => ({ type: 'agent-state-fetched', fetchId, agentState })),
      this.fetch(fetchId, 'media.getMediaList', (media) => ({ type: 'media-fetched', fetchId, media })),
      this.fetch(fetchId, 'interaction.getInteractions', (interactions) => ({ type: 'interactions-fetched', fetchId, interactions })),
    ]);
    this.dispatch({ type: 'fetch-finished', fetchId });
  }

  private fetch<K extends RequestName>(fetchId: number, name: K, toAction: (result: RequestResult<K>) => DesktopAction): Promise<void> {
    if (!this.connection.isAllowed(name)) return Promise.resolve();
    // Every request fetched here takes no parameters.
    const noParams = [] as unknown as RequestParams<K>;
    return this.connection.request(name, noParams).then(
      (result) => this.dispatch(toAction(result)),
      (error: unknown) => this.dispatch({ type: 'fetch-failed', fetchId, error: asWweError(error, name) }),
    );
  }

  private start(): void {
    const { connection } = this;
    this.releases.push(connection.onStateChange((change) => this.onConnectionChange(change)));
    this.syncConnection();
    try {
      for (const channel of STORE_CHANNELS) {
        this.releases.push(connection.subscribe(channel, (event) => this.dispatch({ type: 'event', channel, event })));
      }
    } catch (error) {
      // Only a disposed connection refuses listeners; the store then shows why it has no data.
      this.dispatch({ type: 'fetch-failed', error: asWweError(error, 'subscribe') });
      return;
    }
    if (connection.state === 'ready') void this.refresh();
  }

  private stop(): void {
    const releases = this.releases;
    this.releases = [];
    for (const release of releases) release();
  }

  private onConnectionChange(change: ConnectionStateChange): void {
    this.syncConnection();
    if (change.state === 'ready') void this.refresh();
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
    const next = reduceDesktop(this.state, action);
    if (next === this.state) return;
    this.state = next;
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
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

const stores = new WeakMap<StoreConnection, DesktopStore>();

/** The store of a connection (by default the window's shared one); one per connection. */
export function getStore(connection: StoreConnection = getConnection()): DesktopStore {
  let store = stores.get(connection);
  if (!store) {
    store = new DesktopStore(connection);
    stores.set(connection, store);
  }
  return store;
}
