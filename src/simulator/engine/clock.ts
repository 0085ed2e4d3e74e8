/** Source of time for rate limits, timestamps and the log; tests inject a manual one. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: lets a test cross a one-minute window instantly. */
export class ManualClock implements Clock {
  constructor(private time = Date.now()) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
