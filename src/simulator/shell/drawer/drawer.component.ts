import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { shellEvent, type DrawerDetail, type DrawerName } from '../events.js';
import { icon, type IconName } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { tabStripStyles } from '../tabs.styles.js';
import { drawerStyles } from './drawer.styles.js';

const TABS: { drawer: DrawerName; label: string; icon: IconName }[] = [
  { drawer: 'scenarios', label: 'Scenarios', icon: 'scenarios' },
  { drawer: 'faults', label: 'Faults', icon: 'faults' },
  { drawer: 'inspector', label: 'Inspector', icon: 'inspector' },
];

/**
 * The simulator's side panel: scenarios, faults and the protocol inspector, as tabs. All three
 * stay mounted while hidden, so a running timeline or a filter survives switching tabs.
 *
 * @fires wwe-sim-drawer - Another tab, or close (`drawer: undefined`).
 */
export class WweSimDrawer extends ShellPanel {
  static override styles = [...ShellPanel.styles, tabStripStyles, drawerStyles];

  /** The tab shown. */
  @property() drawer: DrawerName = 'inspector';

  /** Whether the panel is shown at all. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The desktop's configured accepted origins, for the fault panel's restore. */
  @property({ attribute: false }) configuredOrigins = '*';

  private show(drawer: DrawerName | undefined): void {
    this.dispatchEvent(shellEvent<DrawerDetail>('wwe-sim-drawer', { drawer }));
  }

  private onKey(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = TABS.findIndex((tab) => tab.drawer === this.drawer);
    const next = TABS[(index + step + TABS.length) % TABS.length];
    this.show(next.drawer);
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>(`#tab-${next.drawer}`)?.focus());
  }

  override render() {
    return html`
      <div class="head">
        <div role="tablist" aria-label="Simulator tools" @keydown=${this.onKey}>
          ${TABS.map(
            (tab) => html`<button
              role="tab"
              id="tab-${tab.drawer}"
              aria-controls="panel-${tab.drawer}"
              aria-selected=${String(this.drawer === tab.drawer)}
              tabindex=${this.drawer === tab.drawer ? 0 : -1}
              @click=${() => this.show(tab.drawer)}
            >
              ${icon(tab.icon)}${tab.label}
            </button>`,
          )}
        </div>
        <button class="icon-btn" aria-label="Close panel" @click=${() => this.show(undefined)}>${icon('close')}</button>
      </div>
      <div role="tabpanel" id="panel-scenarios" aria-labelledby="tab-scenarios" ?hidden=${this.drawer !== 'scenarios'}>
        <wwe-sim-scenario-panel .engine=${this.engine} .snapshot=${this.snapshot}></wwe-sim-scenario-panel>
      </div>
      <div role="tabpanel" id="panel-faults" aria-labelledby="tab-faults" ?hidden=${this.drawer !== 'faults'}>
        <wwe-sim-fault-panel .engine=${this.engine} .snapshot=${this.snapshot} .configuredOrigins=${this.configuredOrigins}></wwe-sim-fault-panel>
      </div>
      <div role="tabpanel" id="panel-inspector" aria-labelledby="tab-inspector" ?hidden=${this.drawer !== 'inspector'}>
        <wwe-sim-inspector .engine=${this.engine} ?active=${this.open && this.drawer === 'inspector'}></wwe-sim-inspector>
      </div>
    `;
  }
}
