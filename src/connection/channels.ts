import type { Channel, EventData, SubscriptionId } from '../protocol/index.js';
import type { ChannelStatus, EventContext, EventListener, Unsubscribe } from './types.js';
import type { WweError } from './errors.js';

/** What the multiplexer needs from the connection to hold host subscriptions. */
export interface SubscriptionHost {
  /** Whether requests can be sent now (the connection is ready). */
  canReachHost(): boolean;
  subscribe(channel: Channel): Promise<SubscriptionId>;
  unsubscribe(subscriptionId: SubscriptionId): Promise<unknown>;
  reportListenerError(error: unknown): void;
}

interface ListenerRecord {
  listener: EventListener<Channel>;
}

interface ChannelEntry {
  readonly listeners: Set<ListenerRecord>;
  subscriptionId?: SubscriptionId;
  /** A subscribe or unsubscribe request is in flight; reconcile again when it settles. */
  busy: boolean;
  status: ChannelStatus;
  lastError?: WweError;
}

/**
 * Any number of local listeners per channel over ONE host subscription, reference-counted.
 *
 * The desktop side is reconciled towards the local side one request at a time per channel, so
 * a burst of subscribe/unsubscribe calls never leaves a duplicate or orphaned host subscription.
 */
export class ChannelMultiplexer {
  readonly #entries = new Map<Channel, ChannelEntry>();
  /** Bumped when the desktop forgets its subscriptions (reload), so stale replies are ignored. */
  #generation = 0;

  constructor(private readonly host: SubscriptionHost) {}

  add<C extends Channel>(channel: C, listener: EventListener<C>): Unsubscribe {
    let entry = this.#entries.get(channel);
    if (!entry) {
      entry = { listeners: new Set(), busy: false, status: 'inactive' };
      this.#entries.set(channel, entry);
    }
    // A record per call, so the same function added twice is two listeners, removed one at a time.
    const record: ListenerRecord = { listener: listener as EventListener<Channel> };
    entry.listeners.add(record);
    this.#reconcile(channel);
    let removed = false;
    return () => {
      if (removed) return;
      removed = true;
      const current = this.#entries.get(channel);
      if (!current) return;
      current.listeners.delete(record);
      this.#reconcile(channel);
    };
  }

  dispatch(channel: Channel, data: EventData, envelope: Record<string, unknown>): void {
    const entry = this.#entries.get(channel);
    if (!entry || entry.listeners.size === 0) return;
    const context: EventContext = { channel, envelope };
    // Snapshot: a listener that unsubscribes others (or itself) must not skip anyone this round.
    for (const record of [...entry.listeners]) {
      if (!entry.listeners.has(record)) continue;
      try {
        record.listener(data as never, context);
      } catch (error) {
        this.host.reportListenerError(error);
      }
    }
  }

  status(channel: Channel): ChannelStatus {
    return this.#entries.get(channel)?.status ?? 'inactive';
  }

  lastError(channel: Channel): WweError | undefined {
    return this.#entries.get(channel)?.lastError;
  }

  /** Host subscriptions held or being made. */
  get hostSubscriptionCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) if (entry.subscriptionId !== undefined || entry.status === 'pending') count++;
    return count;
  }

  get listenerCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) count += entry.listeners.size;
    return count;
  }

  /** The desktop reloaded or the connection was rebuilt: its subscriptions are gone. */
  forgetHostSubscriptions(): void {
    this.#generation++;
    for (const [channel, entry] of this.#entries) {
      entry.subscriptionId = undefined;
      entry.busy = false;
      entry.status = 'inactive';
      entry.lastError = undefined;
      if (entry.listeners.size === 0) this.#entries.delete(channel);
    }
  }

  /** Brings every channel's host subscription in line with its listeners. */
  reconcileAll(): void {
    for (const channel of [...this.#entries.keys()]) this.#reconcile(channel);
  }

  /** Drops every listener and returns the subscription ids the desktop still holds. */
  clear(): SubscriptionId[] {
    const held = [...this.#entries.values()].flatMap((entry) => (entry.subscriptionId !== undefined ? [entry.subscriptionId] : []));
    this.#entries.clear();
    this.#generation++;
    return held;
  }

  #reconcile(channel: Channel): void {
    const entry = this.#entries.get(channel);
    if (!entry || entry.busy) return;
    const wanted = entry.listeners.size > 0;
    if (!wanted && entry.subscriptionId === undefined) {
      this.#entries.delete(channel);
      return;
    }
    if (!this.host.canReachHost()) return;
    const generation = this.#generation;
    if (wanted && entry.subscriptionId === undefined && entry.status !== 'failed') {
      entry.busy = true;
      entry.status = 'pending';
      this.host.subscribe(channel).then(
        (subscriptionId) => {
          if (generation !== this.#generation) return;
          entry.subscriptionId = subscriptionId;
          entry.status = 'active';
          entry.lastError = undefined;
        },
        (error: WweError) => {
          if (generation !== this.#generation) return;
          entry.status = 'failed';
          entry.lastError = error;
        },
      ).finally(() => this.#afterHostCall(channel, entry, generation));
    } else if (!wanted && entry.subscriptionId !== undefined) {
      const subscriptionId = entry.subscriptionId;
      entry.busy = true;
      entry.subscriptionId = undefined;
      entry.status = 'inactive';
      // A failed unsubscribe leaves nothing to retry: the desktop drops it at reload anyway.
      this.host.unsubscribe(subscriptionId).catch(() => undefined).finally(() => this.#afterHostCall(channel, entry, generation));
    }
  }

  #afterHostCall(channel: Channel, entry: ChannelEntry, generation: number): void {
    if (generation !== this.#generation) return;
    entry.busy = false;
    this.#reconcile(channel);
  }
}
