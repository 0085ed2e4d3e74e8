import type { RecordingState } from '../../protocol/index.js';

/**
 * How long the current recording has run, paused time excluded. The desktop reports the recording
 * state but not when it started, so the element measures from the transitions it observes; a
 * recording already running when the element first sees it is timed from that moment.
 */
export class RecordingElapsed {
  private interactionId: string | undefined;
  private state: RecordingState | undefined;
  private accumulatedMs = 0;
  private runningSince: number | undefined;

  /** Feeds the state of the target interaction as of `now`; a new interaction starts afresh. */
  observe(interactionId: string | undefined, state: RecordingState | undefined, now: number): void {
    if (interactionId !== this.interactionId) {
      this.interactionId = interactionId;
      this.state = undefined;
      this.accumulatedMs = 0;
      this.runningSince = undefined;
    }
    if (state === this.state) return;
    if (this.runningSince !== undefined) this.accumulatedMs += now - this.runningSince;
    this.runningSince = state === 'RECORDING' ? now : undefined;
    if (state !== 'RECORDING' && state !== 'PAUSED') this.accumulatedMs = 0;
    this.state = state;
  }

  /** Milliseconds recorded as of `now`. */
  elapsed(now: number): number {
    return this.accumulatedMs + (this.runningSince === undefined ? 0 : now - this.runningSince);
  }
}
