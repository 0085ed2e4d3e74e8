import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host every second while connected, so timers rendered from Date.now() move. */
export class Ticker implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Ticks only when this says there is something to time. */
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (this.active()) this.host.requestUpdate();
    }, 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
