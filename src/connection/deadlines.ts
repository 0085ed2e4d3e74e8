interface Deadline<T> {
  at: number;
  value: T;
}

/**
 * One timer for every request's deadline, where a timer per request meant thousands of timers
 * armed and cleared with thousands of requests in flight (issue #12, request overhead).
 *
 * A value that settles before its deadline is not looked for (a search per answer): it stays
 * until the next sweep, which the timer runs, or which a growing list runs when answered values
 * outnumber the waiting ones. A sweep is linear, so the timer waits for the earliest deadline but
 * at least 16 ms after the last sweep: deadlines that fall close together are swept at once, a
 * little late rather than early.
 */
export class Deadlines<T> {
  #items: Deadline<T>[] = [];
  readonly #isLive: (value: T) => boolean;
  readonly #onDue: (value: T) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;

  /** `isLive` says whether a value still waits; `onDue` is called once for each live value whose deadline passed. */
  constructor(isLive: (value: T) => boolean, onDue: (value: T) => void) {
    this.#isLive = isLive;
    this.#onDue = onDue;
  }

  /** Sets a deadline `delay` ms from now. `live` is how many values wait, to know when to sweep. */
  add(delay: number, value: T, live: number): void {
    if (this.#items.length > 2 * live + 1024) this.#sweep(-Infinity);
    const at = performance.now() + delay;
    this.#items.push({ at, value });
    if (at < this.#timerAt) this.#arm(at);
  }

  /** Forgets every deadline and stops the timer: nothing waits any more. */
  clear(): void {
    this.#items = [];
    this.#arm(Infinity);
  }

  #arm(at: number): void {
    clearTimeout(this.#timer);
    this.#timerAt = at;
    // A timer may fire a little before performance.now() reaches `at`: the sweep then finds it not yet due and arms again.
    if (at < Infinity) {
      this.#timer = setTimeout(() => {
        this.#timerAt = Infinity;
        this.#sweep(performance.now());
      }, Math.max(0, at - performance.now()));
    }
  }

  /** Drops settled values and calls `onDue` for those due at `now`, earliest deadline first. */
  #sweep(now: number): void {
    const due: Deadline<T>[] = [];
    let next = Infinity;
    this.#items = this.#items.filter((item) => {
      if (!this.#isLive(item.value)) return false;
      if (item.at > now) return (next = Math.min(next, item.at)), true;
      due.push(item);
      return false;
    });
    if (due.length) next = Math.max(next, now + 16);
    if (next !== this.#timerAt) this.#arm(next);
    // After the list is rebuilt: settling the last waiting value clears it.
    for (const item of due.sort((a, b) => a.at - b.at)) this.#onDue(item.value);
  }
}
