/**
 * Proof that nothing hangs: a scenario hands every promise and every legacy done/fail pair it
 * starts to a ledger, then asks the ledger whether each one settled, and only once.
 *
 * A native promise cannot settle twice, so for promises the ledger proves they settle at all; for
 * callbacks, which nothing stops from firing twice, it counts every call.
 */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Entry {
  readonly label: string;
  readonly outcomes: Outcome[];
  /** Fire-and-forget legacy calls have no callbacks: they may never report. */
  readonly mustSettle: boolean;
}

export class SettleLedger {
  readonly #entries: Entry[] = [];
  readonly #waiters = new Set<() => void>();

  /** Follows `promise`; returns it unchanged so the scenario can still await it. */
  track<T>(label: string, promise: Promise<T>): Promise<T> {
    const entry = this.#add(label, true);
    promise.then(
      (value) => this.#record(entry, { ok: true, value }),
      (error: unknown) => this.#record(entry, { ok: false, error }),
    );
    return promise;
  }

  /** A done/fail pair for a legacy call; every call of either is counted. */
  callbacks(label: string, mustSettle = true): { done: (value: unknown) => void; fail: (value: unknown) => void } {
    const entry = this.#add(label, mustSettle);
    return {
      done: (value) => this.#record(entry, { ok: true, value }),
      fail: (error) => this.#record(entry, { ok: false, error }),
    };
  }

  /** The first outcome of `label` (the latest entry with that label). */
  outcome(label: string): Outcome | undefined {
    return this.#find(label)?.outcomes[0];
  }

  /** Resolves with the first outcome of `label`, once it has one. */
  async outcomeOf(label: string, timeout = 3000): Promise<Outcome> {
    await this.#until(() => this.outcome(label) !== undefined, timeout, () => `${label} to settle`);
    return this.outcome(label)!;
  }

  /** Labels that must settle and have not. */
  unsettled(): string[] {
    return this.#entries.filter((entry) => entry.mustSettle && entry.outcomes.length === 0).map((entry) => entry.label);
  }

  /** Labels that settled more than once. */
  settledTwice(): string[] {
    return this.#entries.filter((entry) => entry.outcomes.length > 1).map((entry) => `${entry.label} (${entry.outcomes.length}×)`);
  }

  get size(): number {
    return this.#entries.length;
  }

  /**
   * Waits (up to `timeout`) until everything that must settle has, then throws if anything is
   * still pending or settled more than once.
   */
  async expectAllSettledOnce(timeout = 3000): Promise<void> {
    await this.#until(() => this.unsettled().length === 0, timeout, () => `every promise to settle; still pending: ${this.unsettled().join(', ')}`);
    const twice = this.settledTwice();
    if (twice.length > 0) throw new Error(`settled more than once: ${twice.join(', ')}`);
  }

  #add(label: string, mustSettle: boolean): Entry {
    const entry: Entry = { label, outcomes: [], mustSettle };
    this.#entries.push(entry);
    return entry;
  }

  #record(entry: Entry, outcome: Outcome): void {
    entry.outcomes.push(outcome);
    for (const waiter of [...this.#waiters]) waiter();
  }

  #find(label: string): Entry | undefined {
    return [...this.#entries].reverse().find((entry) => entry.label === label);
  }

  #until(check: () => boolean, timeout: number, what: () => string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`Timed out waiting for ${what()}`));
      }, timeout);
      this.#waiters.add(waiter);
    });
  }
}
