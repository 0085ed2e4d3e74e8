import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { MediaState } from '../../../protocol/index.js';
import { icon } from '../icons.js';
import { agentTone } from '../labels.js';
import { ShellPanel } from '../panel.js';
import { agentStateStyles } from './agent-state.styles.js';

/**
 * The agent-state menu of the top bar: the current state with its colour, and every state of the
 * desktop's list (Not Ready reasons included) as a menu. Choosing one calls `setAgentState`.
 */
export class WweSimAgentState extends ShellPanel {
  static override styles = [...ShellPanel.styles, agentStateStyles];

  @state() private open = false;

  private readonly onOutside = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside);
  }

  private toggle(open = !this.open): void {
    this.open = open;
    if (open) {
      document.addEventListener('pointerdown', this.onOutside);
      void this.updateComplete.then(() => this.items()[Math.max(0, this.checkedIndex())]?.focus());
    } else {
      document.removeEventListener('pointerdown', this.onOutside);
    }
  }

  private items(): HTMLButtonElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]') ?? [])];
  }

  private checkedIndex(): number {
    const current = this.snapshot?.agentState.operationName;
    return this.snapshot?.stateList.findIndex((entry) => entry.operationName === current) ?? -1;
  }

  private choose(entry: MediaState): void {
    this.act((engine) => engine.setAgentState(entry.operationName));
    this.toggle(false);
    this.shadowRoot?.querySelector<HTMLButtonElement>('.trigger')?.focus();
  }

  private onMenuKey(event: KeyboardEvent): void {
    const items = this.items();
    const index = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      items[(index + moves[event.key] + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      this.toggle(false);
      if (event.key === 'Escape') this.shadowRoot?.querySelector<HTMLButtonElement>('.trigger')?.focus();
    }
  }

  override render() {
    const snapshot = this.snapshot;
    if (!snapshot) return nothing;
    const current = snapshot.agentState;
    return html`
      <button class="trigger" aria-haspopup="menu" aria-expanded=${String(this.open)} @click=${() => this.toggle()}>
        <span class="dot ${agentTone(current.state)}"></span>
        <span><span class="visually-hidden">Agent state: </span>${current.displayName}</span>
        ${icon('chevronDown')}
      </button>
      ${this.open
        ? html`<div role="menu" aria-label="Agent state" @keydown=${this.onMenuKey}>
            ${snapshot.stateList.map(
              (entry) => html`<button
                role="menuitemradio"
                aria-checked=${String(entry.operationName === current.operationName)}
                @click=${() => this.choose(entry)}
              >
                <span class="dot ${agentTone(entry.state)}"></span>${entry.displayName}
                ${entry.operationName === current.operationName ? html`<span class="check">${icon('check')}</span>` : nothing}
              </button>`,
            )}
          </div>`
        : nothing}
    `;
  }
}
