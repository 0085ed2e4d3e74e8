import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SAMPLE_CALLER } from '../../scenarios/index.js';
import type { HostedAppSpec } from '../apps.js';
import type { FirstContact } from '../first-contact.js';
import { icon } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { workspaceStyles } from './workspace.styles.js';

/**
 * "My Workspace": the interaction in focus (controls, recording, attached data) beside the
 * interaction-level views of the hosted apps. With nothing in focus it offers to ring the agent.
 */
export class WweSimWorkspace extends ShellPanel {
  static override styles = [...ShellPanel.styles, workspaceStyles];

  /** The interaction in focus. */
  @property({ attribute: false }) interactionId?: string;

  /** The shell's first-contact hook, for the app frames. */
  @property({ attribute: false }) contacts?: FirstContact;

  /** Interaction-level views (`kind: 'interaction'`). */
  @property({ attribute: false }) apps: HostedAppSpec[] = [];

  override render() {
    const interaction = this.snapshot?.interactions.find((item) => item.interactionId === this.interactionId);
    return html`<div class="work ${this.apps.length === 0 ? 'solo' : ''}">
      <div class="details">
        <div class="welcome surface" ?hidden=${interaction !== undefined}>
          <span class="mark icon-disc">${icon('phone')}</span>
          <h2>No interaction in focus</h2>
          <p>Calls, chats and e-mails show up in the list on the left. Ring the agent to see your app react.</p>
          <button class="btn success" @click=${() => this.act((engine) => engine.inboundCall(SAMPLE_CALLER))}>${icon('phone')}Simulate an inbound call</button>
        </div>
        <wwe-sim-call-panel ?hidden=${!interaction} .engine=${this.engine} .snapshot=${this.snapshot} .interactionId=${this.interactionId}></wwe-sim-call-panel>
        <wwe-sim-attached-data ?hidden=${!interaction} .engine=${this.engine} .interaction=${interaction}></wwe-sim-attached-data>
      </div>
      <div class="apps" ?hidden=${this.apps.length === 0}>
        ${repeat(
          this.apps,
          (app) => app.label,
          (app) => html`<wwe-sim-app-frame .engine=${this.engine} .snapshot=${this.snapshot} .contacts=${this.contacts} .app=${app}></wwe-sim-app-frame>`,
        )}
      </div>
    </div>`;
  }
}
