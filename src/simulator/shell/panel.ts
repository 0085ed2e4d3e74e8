import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DesktopSnapshot, SimulatorEngine } from '../engine/index.js';
import { shellEvent, type NoticeDetail } from './events.js';
import { themeStyles } from './theme.styles.js';

/**
 * Base of the shell's panels: they render the engine's snapshot and act on the engine. An action
 * the desktop refuses (wrong state, unknown id) becomes a `wwe-sim-notice` the shell shows, rather
 * than an exception lost in a click handler.
 */
export class ShellPanel extends LitElement {
  static override styles = [themeStyles];

  /** The simulated desktop this panel drives. */
  @property({ attribute: false }) engine?: SimulatorEngine;

  /** The desktop model to render; the shell passes a fresh one after each change. */
  @property({ attribute: false }) snapshot?: DesktopSnapshot;

  /** Runs `action` on the engine; a refusal is reported, never thrown. */
  protected act(action: (engine: SimulatorEngine) => void): boolean {
    if (!this.engine) return false;
    try {
      action(this.engine);
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(shellEvent<NoticeDetail>('wwe-sim-notice', { message }));
      return false;
    }
  }
}
