import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A popup window the shell opened; tells its host when the agent closes it. */
export class PopupWatch implements ReactiveController {
  window: Window | null = null;
  private poll: ReturnType<typeof setInterval> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onClosed: () => void,
  ) {
    host.addController(this);
  }

  open(url: string, name: string): Window | null {
    this.window = window.open(url, `wwe-sim-${name.replace(/\W+/g, '-')}`, 'popup,width=1024,height=760');
    // A cross-origin popup fires no event we can hear when it closes: poll its `closed` flag.
    if (this.window) this.poll = setInterval(() => this.window?.closed && this.closed(), 1000);
    return this.window;
  }

  /** Brings an open popup to the front; false when there is none. */
  focus(): boolean {
    if (!this.window || this.window.closed) return false;
    this.window.focus();
    return true;
  }

  private closed(): void {
    clearInterval(this.poll);
    this.window = null;
    this.onClosed();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearInterval(this.poll);
    this.window?.close();
    this.window = null;
  }
}
