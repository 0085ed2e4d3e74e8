import type { ToastRecord } from '../../store/index.js';

/** What the store learnt about a toast since the last look. */
export interface ToastNews {
  /** The label of a button clicked since. */
  clicked?: string;
  /** Whether the toast is closed. */
  closed: boolean;
}

/**
 * Tells, from successive store records of one toast, which button click is news. The store counts
 * clicks per toast, so a second click on the same button is seen too.
 */
export class ToastWatch {
  private id: string | undefined;
  private seenClicks = 0;

  /** Starts watching a toast this element just opened: every click on it is news. */
  opened(id: string): void {
    this.id = id;
    this.seenClicks = 0;
  }

  news(id: string, record: ToastRecord): ToastNews {
    const clicks = record.clicks ?? 0;
    if (id !== this.id) {
      // A toast adopted through the toast-id attribute: its earlier clicks are history.
      this.id = id;
      this.seenClicks = clicks;
    }
    const clicked = clicks > this.seenClicks ? record.lastButton : undefined;
    this.seenClicks = clicks;
    return { ...(clicked !== undefined ? { clicked } : {}), closed: !record.open };
  }
}
