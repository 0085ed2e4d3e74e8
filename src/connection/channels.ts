import type { EventData, SubscriptionId } from '../protocol/index.js';
import type { ChannelStatus, EventContext, EventListener, Unsubscribe } from './types.js';
import type { WweError } from './errors.js';

/** What the multiplexer needs from the connection to hold host subscriptions. */
export interface SubscriptionHost {
  /** Whether messages can be posted now (a desktop window and origin are known). */
  canReachHost(): boolean;
  /** One subscribe message for all `channels` (the protocol takes a name or an array of names). */
  subscribe(channels: readonly string[]): Promise<SubscriptionId>;
  unsubscribe(subscriptionId: SubscriptionId): Promise<unknown>;
  reportListenerError(error: unknown): void;
  /** A channel's host subscription became pending, active or failed. */
  statusChanged(channel: string): void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * How long to wait before asking the desktop again after `failures` failures in a row: one second,
 * doubling up to thirty. Shared by subscriptions and the store's fetches, so a busy desktop is
 * never asked faster by one than by the other.
 */
export function retryDelay(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (Math.max(1, failures) - 1), MAX_RETRY_MS);
}

interface ListenerRecord {
  listener: EventListener<never>;
}

/** One host subscription: a subscribe message and the channels it named. */
interface HostGroup {
  readonly channels: readonly string[];
  subscriptionId?: SubscriptionId;
  active: boolean;
}

interface ChannelEntry {
  readonly listeners: Set<ListenerRecord>;
  group?: HostGroup;
  /** Set while a failed subscription waits for its retry. */
  retryAt?: number;
  failures: number;
  lastError?: WweError;
}

/**
 * Any number of local listeners per channel over as few host subscriptions as possible.
 *
 * Listeners added in the same task are subscribed on the desktop with ONE message naming all their
 * channels; a host subscription is released once none of its channels has a listener. A failed or
 * timed-out subscription is retried with backoff, and at once when a new listener arrives, so a
 * listener never sits on a dead subscription.
 */
export class ChannelMultiplexer {
  readonly #entries = new Map<string, ChannelEntry>();
  readonly #groups = new Set<HostGroup>();
  /** Bumped when the desktop forgets its subscriptions (reload), so stale replies are ignored. */
  #generation = 0;
  #flushQueued = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: SubscriptionHost) {}

  add(channel: string, listener: EventListener<never>): Unsubscribe {
    let entry = this.#entries.get(channel);
    if (!entry) {
      entry = { listeners: new Set(), failures: 0 };
      this.#entries.set(channel, entry);
    }
    // A record per call, so the same function added twice is two listeners, removed one at a time.
    const record: ListenerRecord = { listener };
    entry.listeners.add(record);
    // A new listener must not wait for the backoff of a subscription that failed before it came.
    entry.retryAt = undefined;
    this.reconcileAll();
    let removed = false;
    return () => {
      if (removed) return;
      removed = true;
      this.#entries.get(channel)?.listeners.delete(record);
      this.reconcileAll();
    };
  }

  dispatch(channel: string, data: EventData, envelope: Record<string, unknown>): void {
    const entry = this.#entries.get(channel);
    if (!entry || entry.listeners.size === 0) return;
    const context: EventContext = { channel, envelope } as EventContext;
    // Snapshot: a listener that unsubscribes others (or itself) must not skip anyone this round.
    for (const record of [...entry.listeners]) {
      if (!entry.listeners.has(record)) continue;
      try {
        record.listener(data as never, context as never);
      } catch (error) {
        this.host.reportListenerError(error);
      }
    }
  }

  status(channel: string): ChannelStatus {
    const entry = this.#entries.get(channel);
    if (!entry || entry.listeners.size === 0) return 'inactive';
    if (entry.group) return entry.group.active ? 'active' : 'pending';
    return entry.retryAt !== undefined ? 'failed' : 'inactive';
  }

  lastError(channel: string): WweError | undefined {
    return this.#entries.get(channel)?.lastError;
  }

  /** Host subscriptions held or being made. */
  get hostSubscriptionCount(): number {
    return this.#groups.size;
  }

  get listenerCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) count += entry.listeners.size;
    return count;
  }

  /** The desktop reloaded or the connection was rebuilt: its subscriptions are gone. */
  forgetHostSubscriptions(): void {
    this.#generation++;
    this.#groups.clear();
    for (const entry of this.#entries.values()) {
      entry.group = undefined;
      entry.retryAt = undefined;
      entry.failures = 0;
      entry.lastError = undefined;
    }
  }

  /** Brings the host subscriptions in line with the listeners, once per microtask. */
  reconcileAll(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => {
      this.#flushQueued = false;
      this.#reconcile();
    });
  }

  /** Drops every listener and returns the subscription ids the desktop still holds. */
  clear(): SubscriptionId[] {
    const held = [...this.#groups].flatMap((group) => (group.subscriptionId !== undefined ? [group.subscriptionId] : []));
    this.#entries.clear();
    this.#groups.clear();
    this.#generation++;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    return held;
  }

  #reconcile(): void {
    for (const group of [...this.#groups]) {
      const wanted = group.channels.some((channel) => (this.#entries.get(channel)?.listeners.size ?? 0) > 0);
      if (!wanted && group.active) this.#release(group);
    }
    for (const [channel, entry] of this.#entries) {
      if (entry.listeners.size === 0 && !entry.group) this.#entries.delete(channel);
    }
    if (!this.host.canReachHost()) return;
    const now = Date.now();
    const due = [...this.#entries].filter(([, entry]) => entry.listeners.size > 0 && !entry.group && (entry.retryAt === undefined || entry.retryAt <= now));
    if (due.length > 0) this.#subscribe(due.map(([channel]) => channel));
    this.#armRetry();
  }

  #subscribe(channels: string[]): void {
    const group: HostGroup = { channels, active: false };
    const generation = this.#generation;
    this.#groups.add(group);
    for (const channel of channels) {
      const entry = this.#entries.get(channel)!;
      entry.group = group;
      entry.retryAt = undefined;
    }
    this.#announce(channels);
    this.host.subscribe(channels).then(
      (subscriptionId) => {
        if (generation !== this.#generation) return;
        group.subscriptionId = subscriptionId;
        group.active = true;
        for (const channel of channels) {
          const entry = this.#entries.get(channel);
          if (!entry) continue;
          entry.failures = 0;
          entry.lastError = undefined;
        }
        this.#announce(channels);
        this.reconcileAll();
      },
      (error: WweError) => {
        if (generation !== this.#generation) return;
        this.#groups.delete(group);
        for (const channel of channels) {
          const entry = this.#entries.get(channel);
          if (!entry || entry.group !== group) continue;
          entry.group = undefined;
          entry.failures++;
          entry.lastError = error;
          entry.retryAt = Date.now() + retryDelay(entry.failures);
        }
        this.#announce(channels);
        this.reconcileAll();
      },
    );
  }

  #release(group: HostGroup): void {
    this.#groups.delete(group);
    for (const channel of group.channels) {
      const entry = this.#entries.get(channel);
      if (entry?.group === group) entry.group = undefined;
    }
    // A failed unsubscribe leaves nothing to retry: the desktop drops it at reload anyway.
    if (group.subscriptionId !== undefined) this.host.unsubscribe(group.subscriptionId).catch(() => undefined);
  }

  #announce(channels: readonly string[]): void {
    for (const channel of channels) this.host.statusChanged(channel);
  }

  /** One timer for the earliest retry due, so failed channels come back without any new listener. */
  #armRetry(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    let earliest = Infinity;
    for (const entry of this.#entries.values()) {
      if (entry.retryAt !== undefined && entry.listeners.size > 0) earliest = Math.min(earliest, entry.retryAt);
    }
    if (earliest === Infinity) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.reconcileAll();
    }, Math.max(0, earliest - Date.now()));
  }
}
