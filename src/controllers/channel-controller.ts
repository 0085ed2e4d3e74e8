import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isChannelName, type Channel } from '../protocol/index.js';
import { isWweError, WweError, type Unsubscribe } from '../connection/index.js';
import type { DesktopController } from './desktop-binding.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ChannelControllerOptions {
  /** The channels wanted now; read again at every update of the host. */
  channels: () => readonly string[];
  /** Hears every event of every wanted channel. */
  listener: (channel: Channel, payload: unknown) => void;
  /** Told the names that are not channel names (empty when all are), whenever the list changes. */
  onInvalid?: (names: readonly string[]) => void;
  /** Told why subscribing failed (a disposed connection); the channels subscribed so far stay. */
  onError?: (error: WweError) => void;
}

/**
 * Listens to desktop channels for as long as the host is on the page: subscribes when it connects,
 * follows changes of the wanted list (new channels added, dropped ones released), and releases
 * every one when it leaves. The connection shares one host subscription among all listeners.
 */
export class ChannelController implements ReactiveController {
  private readonly subscriptions = new Map<Channel, Unsubscribe>();
  private synced: readonly string[] | undefined;

  constructor(
    private readonly host: Host,
    private readonly desktop: DesktopController,
    private readonly options: ChannelControllerOptions,
  ) {
    host.addController(this);
  }

  /** The channels listened to now. */
  get channels(): Channel[] {
    return [...this.subscriptions.keys()];
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    if (this.host.isConnected && this.options.channels() !== this.synced) this.sync();
  }

  hostDisconnected(): void {
    for (const release of this.subscriptions.values()) release();
    this.subscriptions.clear();
    this.synced = undefined;
  }

  private sync(): void {
    const names = this.options.channels();
    this.synced = names;
    const list = Array.isArray(names) ? names : [];
    const wanted = new Set(list.filter(isChannelName) as Channel[]);
    for (const [channel, release] of this.subscriptions) {
      if (wanted.has(channel)) continue;
      release();
      this.subscriptions.delete(channel);
    }
    const connection = this.desktop.connection;
    try {
      for (const channel of wanted) {
        if (!this.subscriptions.has(channel)) this.subscriptions.set(channel, connection.subscribe(channel, (payload) => this.options.listener(channel, payload)));
      }
    } catch (error) {
      this.options.onError?.(isWweError(error) ? error : new WweError('BAD_RESPONSE', 'subscribe', String(error), { cause: error }));
      return;
    }
    this.options.onInvalid?.(list.filter((name) => !isChannelName(name)));
  }
}
