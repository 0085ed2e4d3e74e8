import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Interaction } from '../../../protocol/index.js';
import type { CaseSnapshot } from '../../engine/index.js';
import { shellEvent, type FocusDetail } from '../events.js';
import { icon, mediaIcon, mediaLabel } from '../icons.js';
import { formatCount, formatElapsed, partyAddress, partyName, stateLabel, stateTone } from '../labels.js';
import { ShellPanel } from '../panel.js';
import { Ticker } from '../ticker.js';
import { interactionListStyles } from './interaction-list.styles.js';

/**
 * The interaction bar: interactions grouped by case, newest case first, with media icon, state
 * and a running timer. Clicking selects the case on the desktop (hosted pages see
 * `isCaseSelected`); the chevron expands or collapses it (`isCaseExpanded`).
 *
 * @fires wwe-sim-focus - The agent picked an interaction. `detail: { interactionId }`
 */
export class WweSimInteractionList extends ShellPanel {
  static override styles = [...ShellPanel.styles, interactionListStyles];

  /** The interaction the shell's work area shows. */
  @property({ attribute: false }) focused?: string;

  protected readonly ticker = new Ticker(this, () => (this.snapshot?.interactions.length ?? 0) > 0);

  private pick(interaction: Interaction): void {
    if (!interaction.isCaseSelected) this.act((engine) => engine.selectCase(interaction.caseId));
    this.dispatchEvent(shellEvent<FocusDetail>('wwe-sim-focus', { interactionId: interaction.interactionId }));
  }

  private renderItem(interaction: Interaction) {
    const tone = stateTone(interaction.state);
    const detail = interaction.media === 'voice' ? partyAddress(interaction) ?? mediaLabel(interaction.media) : interaction.subject || mediaLabel(interaction.media);
    return html`<li>
      <button class="item" aria-current=${this.focused === interaction.interactionId ? 'true' : 'false'} @click=${() => this.pick(interaction)}>
        <span class="media ${tone}">${mediaIcon(interaction.media)}</span>
        <span class="who">
          <strong>${partyName(interaction)}</strong>
          <small>${interaction.isConsultation ? 'Consultation · ' : ''}${detail}</small>
        </span>
        <span class="side">
          <span class="badge ${tone}">${stateLabel(interaction.state)}</span>
          <time>${formatElapsed(Date.now() - interaction.startDate)}</time>
        </span>
      </button>
    </li>`;
  }

  private renderCase(entry: CaseSnapshot, byId: Map<string, Interaction>) {
    const members = entry.interactionIds.map((id) => byId.get(id)).filter((item): item is Interaction => item !== undefined);
    const main = byId.get(entry.mainInteractionId ?? '') ?? members[0];
    if (!main) return nothing;
    const name = partyName(main);
    return html`<li class="case surface ${entry.isSelected ? 'selected' : ''}" data-case=${entry.caseId}>
      <div class="case-head">
        <button
          class="icon-btn"
          aria-expanded=${String(entry.isExpanded)}
          aria-label="${entry.isExpanded ? 'Collapse' : 'Expand'} case of ${name}"
          @click=${() => this.act((engine) => engine.expandCase(entry.caseId, !entry.isExpanded))}
        >
          ${icon(entry.isExpanded ? 'chevronDown' : 'chevronRight')}
        </button>
        <button class="case-title" aria-current=${entry.isSelected ? 'true' : 'false'} @click=${() => this.pick(main)}>
          ${mediaIcon(main.media)}<span>${name}</span>
          <small>${members.length === 1 ? '1 interaction' : `${formatCount(members.length)} interactions`}</small>
        </button>
      </div>
      ${entry.isExpanded ? html`<ul>${members.map((interaction) => this.renderItem(interaction))}</ul>` : nothing}
    </li>`;
  }

  override render() {
    const snapshot = this.snapshot;
    const interactions = snapshot?.interactions ?? [];
    const byId = new Map(interactions.map((interaction) => [interaction.interactionId, interaction]));
    const newest = (entry: CaseSnapshot) => Math.max(...entry.interactionIds.map((id) => byId.get(id)?.startDate ?? 0));
    const cases = [...(snapshot?.cases ?? [])].sort((a, b) => newest(b) - newest(a));
    return html`
      <div class="head">
        <h2 class="section-title" id="title">Interactions</h2>
        <span class="count" aria-label="${formatCount(interactions.length)} interactions">${formatCount(interactions.length)}</span>
      </div>
      ${cases.length === 0
        ? html`<p class="empty">No interactions. Calls, chats and e-mails appear here when they arrive.</p>`
        : html`<ul class="cases" aria-labelledby="title">${cases.map((entry) => this.renderCase(entry, byId))}</ul>`}
    `;
  }
}
