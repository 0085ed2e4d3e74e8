import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a host's desktop operations one after another, so a later one (an update) never overtakes
 * an earlier one (the popup it updates), and batches "bring the desktop up to date" requests to one
 * per task. A batched run not yet started is dropped when the host leaves the page; operations
 * already queued still settle.
 */
export class SerialQueue implements ReactiveController {
  private tail: Promise<unknown> = Promise.resolve();
  private soon: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Queues `work` after everything queued before; its promise settles as `work`'s does. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Queues `work` once the current task is done; calls in the same task make one run. */
  runSoon(work: () => Promise<unknown>): void {
    if (this.soon !== undefined) return;
    this.soon = setTimeout(() => {
      this.soon = undefined;
      void this.run(work);
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.soon);
    this.soon = undefined;
  }
}
