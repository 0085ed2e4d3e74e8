import type { Clock } from './clock.js';

export interface RateLimitOptions {
  /** Requests per minute per frame; 0 or absent = unlimited. */
  perMinute?: number;
  /** Requests per minute per frame for one service, e.g. `{ 'voice.dial': 2 }`. */
  perService?: Record<string, number>;
  /** Seconds a frame is ignored once it exceeds a limit; 0 = until reload. Default 30. */
  quarantineSeconds?: number;
}

const WINDOW_MS = 60_000;

interface FrameWindow {
  all: number[];
  byService: Map<string, number[]>;
  /** Epoch ms until which the frame is ignored; Infinity = for good. */
  quarantinedUntil: number;
}

/**
 * Sliding one-minute windows per frame (and per frame and service). A request past a limit
 * starts the quarantine and is itself ignored, as are all requests until the quarantine ends.
 */
export class RateLimiter<Key> {
  private readonly frames = new Map<Key, FrameWindow>();

  constructor(
    private readonly clock: Clock,
    private options: RateLimitOptions = {},
  ) {}

  /** New limits from now on (a profile switch); requests already counted still count. */
  setLimits(options: RateLimitOptions): void {
    this.options = options;
  }

  isQuarantined(key: Key): boolean {
    const state = this.frames.get(key);
    if (!state) return false;
    if (this.clock.now() < state.quarantinedUntil) return true;
    if (state.quarantinedUntil > 0) this.frames.delete(key);
    return false;
  }

  /** Records a request; false when it breaks a limit (the caller must ignore it). */
  admit(key: Key, service: string): boolean {
    if (this.isQuarantined(key)) return false;
    const now = this.clock.now();
    const state = this.stateOf(key);
    const all = prune(state.all, now);
    const serviceHits = prune(state.byService.get(service) ?? [], now);
    const globalLimit = this.options.perMinute ?? 0;
    const serviceLimit = this.options.perService?.[service] ?? 0;
    if ((globalLimit > 0 && all.length >= globalLimit) || (serviceLimit > 0 && serviceHits.length >= serviceLimit)) {
      const seconds = this.options.quarantineSeconds ?? 30;
      state.quarantinedUntil = seconds === 0 ? Infinity : now + seconds * 1000;
      return false;
    }
    all.push(now);
    serviceHits.push(now);
    state.all = all;
    state.byService.set(service, serviceHits);
    return true;
  }

  forget(key: Key): void {
    this.frames.delete(key);
  }

  reset(): void {
    this.frames.clear();
  }

  private stateOf(key: Key): FrameWindow {
    let state = this.frames.get(key);
    if (!state) {
      state = { all: [], byService: new Map(), quarantinedUntil: 0 };
      this.frames.set(key, state);
    }
    return state;
  }
}

function prune(times: number[], now: number): number[] {
  return times.filter((time) => now - time < WINDOW_MS);
}
