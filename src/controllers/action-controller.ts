import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isWweError, WweError } from '../connection/index.js';
import { emit } from '../events/index.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Runs the host's desktop actions: tracks which is in flight (for busy states), keeps the last
 * error to show it, fires `wwe-error`, and feeds a polite live region with announcements.
 */
export class ActionController implements ReactiveController {
  private running = new Set<string>();
  private lastError: { action: string; error: WweError } | undefined;
  private announcement = '';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether any action (or the named one) is in flight. */
  isBusy(action?: string): boolean {
    return action === undefined ? this.running.size > 0 : this.running.has(action);
  }

  get error(): { action: string; error: WweError } | undefined {
    return this.lastError;
  }

  /** The text of the live region. */
  get liveText(): string {
    return this.announcement;
  }

  /**
   * Runs `work` as `action` and resolves with its outcome. A failure is kept (to show it) and fired
   * as `wwe-error`; the promise never rejects, so a click handler can't leak a rejection.
   */
  async run<T>(action: string, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: WweError }> {
    this.running.add(action);
    this.host.requestUpdate();
    try {
      const value = await work();
      if (this.lastError?.action === action) this.lastError = undefined;
      return { ok: true, value };
    } catch (caught) {
      const error = isWweError(caught) ? caught : new WweError('BAD_RESPONSE', action, String((caught as Error)?.message ?? caught), { cause: caught });
      this.lastError = { action, error };
      emit(this.host, 'wwe-error', { action, error });
      return { ok: false, error };
    } finally {
      this.running.delete(action);
      this.host.requestUpdate();
    }
  }

  /** Shows an error that did not come from a run, e.g. a validation failure. */
  fail(action: string, error: WweError): void {
    this.lastError = { action, error };
    emit(this.host, 'wwe-error', { action, error });
    this.host.requestUpdate();
  }

  clearError(): void {
    this.lastError = undefined;
    this.host.requestUpdate();
  }

  /** Says `text` through the live region; the same text twice is said twice. */
  announce(text: string): void {
    // A trailing no-break space makes a repeat differ, so screen readers speak it again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.announcement = '';
  }
}
