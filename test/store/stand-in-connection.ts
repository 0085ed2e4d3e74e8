import { matchesServicePattern, type Channel, type RequestName } from '../../src/protocol/index.js';
import type { ConnectionState, ConnectionStateChange, EventListener, Unsubscribe, WweError } from '../../src/connection/index.js';
import { DesktopStore, type StoreConnection } from '../../src/store/index.js';
import { makeInteraction, READY, STATE_LIST } from './builders.js';

/** Lets pending promise callbacks and the store's microtasks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type AnyListener = (payload: unknown) => void;

/**
 * A connection stand-in for unit tests of the store's wiring: requests are answered from a table
 * (an Error rejects; a name in `held` stays unanswered until `answerHeld`), events are pushed by
 * the test. The integration test uses the real one.
 */
export class StandInConnection implements StoreConnection {
  state: ConnectionState = 'idle';
  error: WweError | undefined;
  epoch = 0;
  allowedServices: readonly string[] | undefined;
  readonly answers = new Map<string, unknown>();
  readonly sent: { name: string; params: unknown[] }[] = [];
  /** Every channel passed to `subscribe`, in order (a release is not a removal from this list). */
  readonly subscribed: Channel[] = [];
  readonly held = new Set<string>();
  connectCalls = 0;
  private readonly waiting: { name: string; settle: () => void }[] = [];
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

  connect(): Promise<void> {
    this.connectCalls++;
    return Promise.resolve();
  }

  request = ((name: RequestName, params: unknown[]): Promise<unknown> => {
    this.sent.push({ name, params });
    const answer = (): Promise<unknown> => {
      const value = this.answers.get(name);
      return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
    };
    if (!this.held.has(name)) return answer();
    return new Promise<unknown>((resolve) => this.waiting.push({ name, settle: () => resolve(answer()) }));
  }) as unknown as StoreConnection['request'];

  /** Answers the held requests named `name` (from the table as it is now) and stops holding it. */
  answerHeld(name: string): void {
    this.held.delete(name);
    for (const entry of this.waiting.filter((waiting) => waiting.name === name)) {
      this.waiting.splice(this.waiting.indexOf(entry), 1);
      entry.settle();
    }
  }

  /** The names of the requests sent so far, in order. */
  sentNames(): string[] {
    return this.sent.map((request) => request.name);
  }

  subscribe<C extends Channel>(channel: C, listener: EventListener<C>): Unsubscribe {
    this.subscribed.push(channel);
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
    const change = { state, previous, epoch: this.epoch, ...(error ? { error } : {}) };
    for (const listener of [...this.stateListeners]) listener(change);
  }

  /** A desktop reload as the connection reports it: a new epoch, then the new desktop is there. */
  reload(): void {
    this.epoch++;
    this.setState('connecting');
    this.setState('ready');
  }

  emit(channel: Channel, payload: unknown): void {
    for (const listener of [...(this.listeners.get(channel) ?? [])]) listener(payload);
  }
}

/** Answers for every request the store fetches, as a desktop with one selected call would give them. */
export function desktopAnswers(connection: StandInConnection): void {
  connection.answers.set('agent.get', { employeeId: 'e1', firstname: 'Ada', lastname: 'L', username: 'ada' });
  connection.answers.set('agent.getStateList', STATE_LIST);
  connection.answers.set('agent.getState', READY);
  connection.answers.set('media.getMediaList', [{ media: 'voice', state: READY, loggedIn: true }]);
  connection.answers.set('interaction.getInteractions', [makeInteraction({ interactionId: 'a', isCaseSelected: true })]);
}

/** A store over a fresh stand-in that answers as `desktopAnswers` sets up. */
export function standInStore(): { connection: StandInConnection; store: DesktopStore } {
  const connection = new StandInConnection();
  desktopAnswers(connection);
  return { connection, store: new DesktopStore(connection) };
}
