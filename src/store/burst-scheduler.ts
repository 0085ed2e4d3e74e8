/** How many prompt runs a burst gets before its runs wait for the next frame. */
export const PROMPT_RUNS_PER_BURST = 8;
/** Calls this far apart are separate bursts. */
const QUIET_MS = 50;
/** A frame, for pages where `requestAnimationFrame` does not run (hidden, or in a background tab). */
const FRAME_MS = 16;
/** The longest a waiting run waits during a burst: the page still moves, ten times a second at worst. */
const MAX_WAIT_MS = 100;
/** During a burst, runs (and the rendering they cause) take at most about this share of the time. */
const WORK_SHARE = 0.25;
/** Past the prompt runs, a run stays prompt while runs take at most this share of the time between them. */
const PROMPT_SHARE = 0.5;

/**
 * Runs a callback soon after `schedule()`, at most once per call burst: in a microtask while calls
 * are few, and spaced out to at most one per frame when a burst comes.
 *
 * A desktop can post thousands of events a second (a backlog after a reconnect, a script gone
 * wrong); re-rendering every element for each of them froze pages for minutes. Ordinary traffic
 * (a few events, the answer to the page's own request) still runs in the next microtask, so an
 * element shows what a request changed before the request's promise settles for its caller. Only
 * past {@link PROMPT_RUNS_PER_BURST} runs in one burst, and only while runs take more than half of
 * the time between them (a flood, not a steady stream a page keeps up with), do runs wait, and
 * they wait together. The wait grows with what the last run cost, rendering included, so a page
 * showing thousands of rows keeps most of its time for the messages themselves.
 *
 * `flush()` runs a waiting callback at once, for a caller that must see the result now.
 */
export class BurstScheduler {
  private readonly run: () => void;
  private readonly now: () => number;
  private queued = false;
  private waitsForFrame = false;
  private burstRuns = 0;
  private lastCall = -Infinity;
  /** When the last run started, until the next call measures what it cost. */
  private runStart: number | undefined;
  private lastRunStart = -Infinity;
  /** The last run and the element updates it caused, without the browser's rendering. */
  private scriptCost = 0;
  /** From the last run's start to the next call: with rendering, when calls come back to back. */
  private lastCost = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;

  /** `now` is the clock (milliseconds), replaceable for tests. */
  constructor(run: () => void, now: () => number = () => performance.now()) {
    this.run = run;
    this.now = now;
  }

  /** Whether a burst is on: a run is waiting for a later frame. */
  get deferred(): boolean {
    return this.queued && this.waitsForFrame;
  }

  schedule(): void {
    const now = this.now();
    const quiet = now - this.lastCall > QUIET_MS;
    this.lastCall = now;
    if (quiet) {
      this.burstRuns = 0;
      this.lastCost = 0;
      this.scriptCost = 0;
    } else if (this.runStart !== undefined) {
      // Everything since the last run started: its listeners, the renders they caused, and any
      // style, layout and paint the browser did before this call's task.
      this.lastCost = now - this.runStart;
    }
    this.runStart = undefined;
    if (this.queued) return;
    this.queued = true;
    const affordable = this.scriptCost <= (now - this.lastRunStart) * PROMPT_SHARE;
    if (this.burstRuns < PROMPT_RUNS_PER_BURST || affordable) {
      this.burstRuns++;
      queueMicrotask(() => this.fire());
      return;
    }
    this.waitsForFrame = true;
    const wait = Math.min(MAX_WAIT_MS, Math.max(FRAME_MS, this.lastCost / WORK_SHARE));
    this.timer = setTimeout(() => this.fire(), wait);
    // A rendering opportunity is the better moment when the wait is a frame anyway.
    if (wait <= FRAME_MS && typeof requestAnimationFrame === 'function') this.frame = requestAnimationFrame(() => this.fire());
  }

  /** Runs a waiting callback now. */
  flush(): void {
    if (this.queued) this.fire();
  }

  /** Drops a waiting callback. */
  cancel(): void {
    this.queued = false;
    this.clearTimers();
  }

  private fire(): void {
    if (!this.queued) return;
    this.queued = false;
    this.clearTimers();
    const start = this.now();
    this.runStart = this.lastRunStart = start;
    this.run();
    // Queued after the updates the run requested (each runs in its own microtask), so it sees them done.
    queueMicrotask(() => {
      this.scriptCost = this.now() - start;
    });
  }

  private clearTimers(): void {
    this.waitsForFrame = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.timer = undefined;
    this.frame = undefined;
  }
}
