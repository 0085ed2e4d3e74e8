import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../protocol/index.js';
import { getConnection, type WweConnection, type Unsubscribe } from '../connection/index.js';
import { getStore, type DesktopState, type DesktopStore, type Slice } from '../store/index.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface DesktopControllerOptions {
  /** The slices whose change re-renders the host. `connection` and `allowedServices` are always watched. */
  slices: readonly Slice[];
  /** The connection to bind to; default: the window's shared one. */
  connection?: () => WweConnection;
}

/**
 * Binds an element to the shared desktop store: subscribes when the element connects, releases
 * when it disconnects, and re-renders it only when a watched slice changed.
 */
export class DesktopController implements ReactiveController {
  private storeRef: DesktopStore | undefined;
  private release: Unsubscribe | undefined;
  private readonly slices: readonly Slice[];
  private readonly connectionOf: () => WweConnection;
  /** The interaction {@link followedTarget} answered last. */
  private followedId: string | undefined;

  constructor(
    private readonly host: Host,
    options: DesktopControllerOptions,
  ) {
    this.slices = [...new Set<Slice>([...options.slices, 'connection', 'allowedServices'])];
    this.connectionOf = options.connection ?? getConnection;
    host.addController(this);
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

  /** The interaction the host acts on, by the kit's one rule (see resolveTargetInteraction). */
  target(explicitId?: string | null): Interaction | undefined {
    return this.store.target(explicitId);
  }

  /**
   * The target, and when the rule finds none and no id was given, the interaction this element
   * showed last, for as long as the desktop still has it. The rule picks live interactions only, so
   * without this an element with no `interaction-id` would lose its call the moment it is
   * released: exactly when the agent needs it for wrap-up (disposition, mark done, final duration).
   */
  followedTarget(explicitId?: string | null): Interaction | undefined {
    const byRule = this.target(explicitId);
    const lingering = !byRule && !explicitId && this.followedId !== undefined ? this.state.interactions.get(this.followedId) : undefined;
    const chosen = byRule ?? lingering;
    this.followedId = chosen?.interactionId;
    return chosen;
  }

  hostConnected(): void {
    // The connection may have been replaced (disposed and created anew) while the host was away.
    this.storeRef = getStore(this.connectionOf());
    this.release = this.storeRef.subscribe(this.slices, () => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release?.();
    this.release = undefined;
  }
}
