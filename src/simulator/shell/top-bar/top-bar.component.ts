import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { shellEvent, type DrawerDetail, type DrawerName } from '../events.js';
import { icon, type IconName } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { topBarStyles } from './top-bar.styles.js';

const TOOLS: { drawer: DrawerName; label: string; icon: IconName }[] = [
  { drawer: 'scenarios', label: 'Scenarios', icon: 'scenarios' },
  { drawer: 'faults', label: 'Faults', icon: 'faults' },
  { drawer: 'inspector', label: 'Inspector', icon: 'inspector' },
];

/**
 * The desktop's header: brand, the simulator's tool toggles, the agent-state menu and the agent's
 * identity. A tool toggle fires `wwe-sim-drawer`.
 *
 * @fires wwe-sim-drawer - Show a side panel, or none. `detail: { drawer }`
 */
export class WweSimTopBar extends ShellPanel {
  static override styles = [...ShellPanel.styles, topBarStyles];

  /** The side panel currently shown, for the toggles' pressed state. */
  @property() drawer?: DrawerName;

  override render() {
    const agent = this.snapshot?.agent;
    const initials = agent ? `${agent.firstname.charAt(0)}${agent.lastname.charAt(0)}` : '';
    return html`
      <header>
        <div class="brand"><span class="logo" aria-hidden="true">AD</span>Agent Desktop <span class="pill">Simulator</span></div>
        <span class="spacer"></span>
        <div class="tools">
          ${TOOLS.map(
            (tool) => html`<button
              class="tool"
              aria-pressed=${String(this.drawer === tool.drawer)}
              @click=${() => this.dispatchEvent(shellEvent<DrawerDetail>('wwe-sim-drawer', { drawer: this.drawer === tool.drawer ? undefined : tool.drawer }))}
            >
              ${icon(tool.icon)}${tool.label}
            </button>`,
          )}
        </div>
        <wwe-sim-agent-state .engine=${this.engine} .snapshot=${this.snapshot}></wwe-sim-agent-state>
        ${agent
          ? html`<div class="agent">
              <span class="avatar" aria-hidden="true">${initials}</span>
              <span class="who">
                <span>${agent.firstname} ${agent.lastname}</span>
                <small>${agent.username} · ext. ${agent.employeeId}</small>
              </span>
            </div>`
          : nothing}
      </header>
    `;
  }
}
