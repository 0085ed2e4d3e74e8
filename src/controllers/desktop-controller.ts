import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConnection, type WweConnection, type Unsubscribe } from '../connection/index.js';
import { getStore, type DesktopState, type DesktopStore, type Slice } from '../store/index.js';
import { SelectionController, type SelectionChange } from './selection.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Attaches a listener to a connection and returns what releases it. */
export type ConnectionListener = (connection: WweConnection) => Unsubscribe;

export interface DesktopControllerOptions {
  /** Slices whose change re-renders the host, besides `connection` and `allowedServices`. */
  slices?: readonly Slice[];
  /** The connection to bind to; default: the page's shared one. */
  connection?: () => WweConnection;
}

/**
 * Binds an element to the page's desktop store and connection for as long as it is on the page:
 * it watches the slices the element and its other controllers declared (and nothing more, so the
 * store asks the desktop only for those), re-renders the element when one changed, and owns every
 * connection listener the element needs. All of it is released when the element leaves.
 */
export class DesktopController implements ReactiveController {
  private storeRef: DesktopStore | undefined;
  private releaseStore: Unsubscribe | undefined;
  private readonly slices = new Set<Slice>(['connection', 'allowedServices']);
  private readonly listeners: ConnectionListener[] = [];
  private releases: Unsubscribe[] = [];
  private readonly connectionOf: () => WweConnection;

  constructor(
    private readonly host: Host,
    options: DesktopControllerOptions = {},
  ) {
    for (const slice of options.slices ?? []) this.slices.add(slice);
    this.connectionOf = options.connection ?? getConnection;
    host.addController(this);
  }

  /** Watches more slices (controllers declare what they read); takes effect at once when connected. */
  watch(slices: readonly Slice[]): void {
    const before = this.slices.size;
    for (const slice of slices) this.slices.add(slice);
    if (this.slices.size !== before && this.releaseStore) this.subscribeStore();
  }

  /**
   * Keeps `attach` attached to the connection while the host is on the page: attached when it
   * connects (to the connection of that moment: a disposed one is replaced), released when it leaves.
   */
  listen(attach: ConnectionListener): void {
    this.listeners.push(attach);
    if (this.host.isConnected && this.releaseStore) this.releases.push(attach(this.connection));
  }

  /**
   * Follows a value derived from the element and the desktop, and hears each change of it once,
   * at the host's update (see {@link SelectionController}): the one way elements detect transitions.
   */
  select<T>(read: () => T, onChange: SelectionChange<T>, equals?: (a: T, b: T) => boolean): SelectionController<T> {
    return new SelectionController(this.host, read, onChange, equals);
  }

  get store(): DesktopStore {
    this.storeRef ??= getStore(this.connectionOf());
    return this.storeRef;
  }

  get state(): DesktopState {
    return this.store.getState();
  }

  get connection(): WweConnection {
    return this.connectionOf();
  }

  /** Whether the desktop allows `request` for this page (true until it says otherwise). */
  isAllowed(request: string): boolean {
    const allowed = this.state.allowedServices;
    if (!allowed) return true;
    return this.connection.isAllowed(request);
  }

  /**
   * Whether requests can go out now: inside a desktop, even before it has said anything. Requests
   * are never held back for the probe; only a page outside any desktop (NOT_FRAMED) or a broken
   * configuration cannot send.
   */
  get canSend(): boolean {
    const { state, error } = this.state.connection;
    return state === 'connecting' || state === 'ready' || (state === 'unavailable' && error?.code === 'NOT_CONNECTED');
  }

  hostConnected(): void {
    // The connection may have been replaced (disposed and created anew) while the host was away.
    this.storeRef = getStore(this.connectionOf());
    this.subscribeStore();
    this.releases = this.listeners.map((attach) => attach(this.connection));
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.releaseStore?.();
    this.releaseStore = undefined;
    for (const release of this.releases) release();
    this.releases = [];
  }

  private subscribeStore(): void {
    this.releaseStore?.();
    this.releaseStore = this.store.subscribe([...this.slices], () => this.host.requestUpdate());
  }
}
