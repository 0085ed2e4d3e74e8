/**
 * How an element is bound to the desktop: the page's store and connection (DesktopController), the
 * interaction it acts on (TargetController), and the transitions it reacts to (SelectionController).
 * Each owns its whole lifecycle: attached when the element connects, released when it leaves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../protocol/index.js';
import { getConnection, type WweConnection, type Unsubscribe } from '../connection/index.js';
import { getStore, resolveTargetInteraction, TARGET_SLICES, type DesktopState, type DesktopStore, type Slice } from '../store/index.js';

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

  /** Whether `request` can go out now: the connection can send and the desktop allows it. */
  canRequest(request: string): boolean {
    return this.canSend && this.isAllowed(request);
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

export interface TargetControllerOptions {
  /** The id the page named (the element's `interaction-id`); empty or absent: the kit's rule decides. */
  interactionId: () => string | null | undefined;
  /** Only an interaction of this media counts (a call for the recording control). */
  media?: Interaction['media'];
}

/**
 * The interaction an element acts on, by the kit's one rule (`resolveTargetInteraction`), watching
 * exactly the store slices that rule reads.
 *
 * When the rule finds none and no id was named, it keeps the interaction the element showed last
 * for as long as the desktop still has it: the rule picks live interactions only, so without this
 * an element would lose its call the moment it is released, exactly when the agent needs it for
 * wrap-up (disposition, mark done, final duration).
 */
export class TargetController implements ReactiveController {
  /** The interaction shown at the host's last update. */
  private followedId: string | undefined;

  constructor(
    host: Host,
    private readonly desktop: DesktopController,
    private readonly options: TargetControllerOptions,
  ) {
    desktop.watch(TARGET_SLICES);
    host.addController(this);
  }

  /** The interaction now (read it in `willUpdate` and `render`; it is the same in one update). */
  get interaction(): Interaction | undefined {
    const state = this.desktop.state;
    const explicitId = this.options.interactionId();
    const byRule = resolveTargetInteraction(state, explicitId);
    const lingering = !byRule && !explicitId && this.followedId !== undefined ? state.interactions.get(this.followedId) : undefined;
    const chosen = byRule ?? lingering;
    if (!chosen || (this.options.media !== undefined && chosen.media !== this.options.media)) return undefined;
    return chosen;
  }

  hostUpdated(): void {
    this.followedId = this.interaction?.interactionId;
  }

  hostDisconnected(): void {
    this.followedId = undefined;
  }
}

/**
 * Told of a transition before the host renders (derive what the render shows, e.g. an
 * announcement); may return an effect to run once the update is complete (events, requests), so
 * listeners see the new DOM and what the effect changes renders in an update of its own.
 * `previous` is undefined for the first value after the host connected.
 */
export type SelectionChange<T> = (next: T, previous: T | undefined) => void | (() => void);

/** Equal when identical, or plain arrays/objects whose entries are identical (one level deep). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * One value the host follows, and its transitions, detected once: at every update of the connected
 * host the value is read again, and `onChange` hears each change exactly once. Elements use it
 * instead of keeping "what I saw last" by hand. A detached host decides nothing (a request that
 * settles after it left may still re-render it); reconnected, it starts afresh.
 */
export class SelectionController<T> implements ReactiveController {
  private current: { value: T } | undefined;
  private effects: Array<() => void> = [];

  constructor(
    private readonly host: Host,
    private readonly read: () => T,
    private readonly onChange: SelectionChange<T>,
    private readonly equals: (a: T, b: T) => boolean = shallowEqual,
  ) {
    host.addController(this);
  }

  /** The value as of the host's last update; undefined before its first. */
  get value(): T | undefined {
    return this.current?.value;
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return;
    const next = this.read();
    const previous = this.current;
    if (previous && this.equals(previous.value, next)) return;
    this.current = { value: next };
    const effect = this.onChange(next, previous?.value);
    if (effect) this.effects.push(effect);
  }

  hostUpdated(): void {
    if (this.effects.length === 0) return;
    // After the update has completed: an effect that changes the host (busy, an error) schedules a
    // new update instead of changing one in progress.
    queueMicrotask(() => {
      const effects = this.effects;
      this.effects = [];
      for (const effect of effects) effect();
    });
  }

  hostDisconnected(): void {
    this.current = undefined;
    // Decided for a host that has left: not carried out.
    this.effects = [];
  }
}
