import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps keyboard focus inside an element whose buttons change with the desktop state. The focused
 * button can vanish (Start becomes Pause and Stop, Answer becomes Hold) or be disabled while the
 * desktop works, and the browser then drops focus to the page body; at the next render the first
 * enabled button takes it back. Focus the user moved elsewhere on the page is left alone.
 */
export class FocusKeeper implements ReactiveController {
  private hadFocus = false;
  private lost = false;

  constructor(
    private readonly host: Host,
    private readonly selector = 'button:not([disabled])',
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.hadFocus = this.host.shadowRoot?.activeElement != null;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const active = root.activeElement;
    if (active !== null) {
      // A focused button that got disabled loses focus soon after, outside any render.
      this.lost = active.matches(':disabled');
      return;
    }
    if (this.hadFocus) this.lost = true;
    if (!this.lost) return;
    const pageFocus = document.activeElement;
    if (pageFocus !== null && pageFocus !== document.body) {
      this.lost = false;
      return;
    }
    const next = root.querySelector<HTMLElement>(this.selector);
    if (next) {
      next.focus();
      this.lost = false;
    }
  }
}
