import { matchesServicePattern, type Channel, type RequestName } from '../../src/protocol/index.js';
import type { ConnectionState, ConnectionStateChange, EventListener, Unsubscribe, WweError } from '../../src/connection/index.js';
import type { StoreConnection } from '../../src/store/index.js';

type AnyListener = (payload: unknown) => void;

/**
 * A connection stand-in for unit tests of the store's wiring: requests are answered from a table
 * (an Error rejects), events are pushed by the test. The integration test uses the real one.
 */
export class StandInConnection implements StoreConnection {
  state: ConnectionState = 'idle';
  error: WweError | undefined;
  allowedServices: readonly string[] | undefined;
  readonly answers = new Map<string, unknown>();
  readonly sent: { name: string; params: unknown[] }[] = [];
  private readonly listeners = new Map<Channel, Set<AnyListener>>();
  private readonly stateListeners = new Set<(change: ConnectionStateChange) => void>();

  get listenerCount(): number {
    let count = this.stateListeners.size;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  channels(): Channel[] {
    return [...this.listeners].filter(([, set]) => set.size > 0).map(([channel]) => channel);
  }

  isAllowed(request: string): boolean {
    return !this.allowedServices || this.allowedServices.some((pattern) => matchesServicePattern(request, pattern));
  }

  request = ((name: RequestName, params: unknown[]) => {
    this.sent.push({ name, params });
    const answer = this.answers.get(name);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }) as StoreConnection['request'];

  subscribe<C extends Channel>(channel: C, listener: EventListener<C>): Unsubscribe {
    const set = this.listeners.get(channel) ?? new Set<AnyListener>();
    this.listeners.set(channel, set);
    const entry = listener as unknown as AnyListener;
    set.add(entry);
    return () => void set.delete(entry);
  }

  onStateChange(listener: (change: ConnectionStateChange) => void): Unsubscribe {
    this.stateListeners.add(listener);
    return () => void this.stateListeners.delete(listener);
  }

  setState(state: ConnectionState, error?: WweError): void {
    const previous = this.state;
    this.state = state;
    this.error = error;
    for (const listener of [...this.stateListeners]) listener({ state, previous, ...(error ? { error } : {}) });
  }

  emit(channel: Channel, payload: unknown): void {
    for (const listener of [...(this.listeners.get(channel) ?? [])]) listener(payload);
  }
}
