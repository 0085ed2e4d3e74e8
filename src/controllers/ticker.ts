import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host once a second while asked to, and never while the host is disconnected:
 * live timers must not keep a removed element (or the page) busy.
 */
export class Ticker implements ReactiveController {
  private handle: ReturnType<typeof setInterval> | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly periodMs = 1000,
  ) {
    host.addController(this);
  }

  /** Whether the host is being re-rendered every period now. */
  get running(): boolean {
    return this.handle !== undefined;
  }

  /** Starts or stops ticking; a no-op when already in the wanted state. */
  run(wanted: boolean): void {
    if (wanted && this.connected && this.handle === undefined) {
      this.handle = setInterval(() => this.host.requestUpdate(), this.periodMs);
    } else if (!wanted) {
      this.stop();
    }
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  private stop(): void {
    if (this.handle === undefined) return;
    clearInterval(this.handle);
    this.handle = undefined;
  }
}
