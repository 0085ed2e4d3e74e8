import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Interaction } from '../../../protocol/index.js';
import type { SimulatorEngine } from '../../engine/index.js';
import { icon, mediaIcon, mediaLabel, type IconName } from '../icons.js';
import { formatElapsed, partyAddress, partyName, stateLabel, stateTone } from '../labels.js';
import { ShellPanel } from '../panel.js';
import { Ticker } from '../ticker.js';
import { callPanelStyles } from './call-panel.styles.js';

interface Control {
  label: string;
  icon: IconName;
  tone?: 'success' | 'danger' | 'primary';
  disabled?: boolean;
  run: (engine: SimulatorEngine, id: string) => void;
}

const LIVE = ['RINGING', 'DIALING', 'ESTABLISHED', 'HELD'];

/** The buttons the desktop offers for an interaction in its current state. */
function controlsFor(interaction: Interaction): Control[] {
  const { state, media } = interaction;
  const controls: Control[] = [];
  if (media === 'voice') {
    if (state === 'RINGING') controls.push({ label: 'Answer', icon: 'phone', tone: 'success', run: (e, id) => e.answer(id) });
    if (state === 'ESTABLISHED') controls.push({ label: 'Hold', icon: 'pause', run: (e, id) => e.hold(id) });
    if (state === 'HELD') controls.push({ label: 'Resume', icon: 'play', tone: 'primary', run: (e, id) => e.resume(id) });
    if (LIVE.includes(state)) controls.push({ label: 'Hang up', icon: 'phoneOff', tone: 'danger', run: (e, id) => e.hangUp(id) });
  } else if (state === 'INVITED') {
    controls.push({ label: 'Accept', icon: 'check', tone: 'success', run: (e, id) => e.accept(id) });
  } else if (media === 'chat' && state === 'ACCEPTED') {
    controls.push({ label: 'End chat', icon: 'close', tone: 'danger', run: (e, id) => e.endChat(id) });
  }
  if (interaction.isConsultation && (state === 'ESTABLISHED' || state === 'DIALING')) {
    controls.push({ label: 'Complete transfer', icon: 'transfer', run: (e, id) => e.completeTransfer(id) });
    controls.push({ label: 'Complete conference', icon: 'plus', run: (e, id) => e.completeConference(id) });
  }
  const live = media === 'voice' ? LIVE.includes(state) : state === 'INVITED' || (media === 'chat' && state === 'ACCEPTED');
  controls.push({ label: 'Mark done', icon: 'check', tone: live ? undefined : 'primary', disabled: live, run: (e, id) => e.markDone(id) });
  return controls;
}

/**
 * The work area's header for the interaction in focus: who, what, state and timer, and the
 * desktop's controls — answer, hold, resume, hang up, consult and transfer, accept, mark done —
 * plus the call-recording toolbar.
 */
export class WweSimCallPanel extends ShellPanel {
  static override styles = [...ShellPanel.styles, callPanelStyles];

  /** Id of the interaction to show. */
  @property({ attribute: false }) interactionId?: string;

  @state() private consultTarget = '5002';

  protected readonly ticker = new Ticker(this, () => this.interaction !== undefined);

  private get interaction(): Interaction | undefined {
    return this.snapshot?.interactions.find((item) => item.interactionId === this.interactionId);
  }

  private renderConsult(interaction: Interaction) {
    if (interaction.media !== 'voice' || interaction.isConsultation || !['ESTABLISHED', 'HELD'].includes(interaction.state)) return nothing;
    return html`<span class="consult">
      <input
        class="input"
        aria-label="Consult target"
        .value=${this.consultTarget}
        @input=${(event: Event) => (this.consultTarget = (event.target as HTMLInputElement).value)}
      />
      <button class="btn" @click=${() => this.act((engine) => engine.consult(interaction.interactionId, this.consultTarget))}>
        ${icon('transfer')}Consult
      </button>
    </span>`;
  }

  override render() {
    const interaction = this.interaction;
    if (!interaction) return nothing;
    const tone = stateTone(interaction.state);
    const block = this.snapshot?.markdoneBlocks.find((entry) => entry.interactionId === interaction.interactionId);
    const direction = interaction.direction === 'OUT' ? 'Outbound' : interaction.direction === 'IN' ? 'Inbound' : '';
    const address = partyAddress(interaction);
    const kind = interaction.isConsultation ? 'consultation' : mediaLabel(interaction.media).toLowerCase();
    return html`<section class="card surface" aria-label="Interaction ${partyName(interaction)}">
      <div class="identity">
        <span class="avatar icon-disc">${mediaIcon(interaction.media)}</span>
        <div>
          <h2>${partyName(interaction)}</h2>
          <p class="meta">
            ${address ? html`${address} · ` : nothing}${direction} ${kind}${interaction.subject ? html` · ${interaction.subject}` : nothing}
            · #${interaction.interactionId}
          </p>
        </div>
        <div class="status">
          <span class="badge ${tone}">${stateLabel(interaction.state)}</span>
          <time aria-label="Duration">${formatElapsed(Date.now() - interaction.startDate)}</time>
        </div>
      </div>
      ${block ? html`<p class="warning" role="status">Mark done is blocked by a hosted page: ${block.warningMessage}</p>` : nothing}
      <div class="controls" role="toolbar" aria-label="Interaction controls">
        ${controlsFor(interaction).map(
          (control) => html`<button class="btn ${control.tone ?? ''}" ?disabled=${control.disabled === true} @click=${() => this.act((engine) => control.run(engine, interaction.interactionId))}>
            ${icon(control.icon)}${control.label}
          </button>`,
        )}
        ${this.renderConsult(interaction)}
      </div>
      <wwe-sim-recording .engine=${this.engine} .interaction=${interaction}></wwe-sim-recording>
    </section>`;
  }
}
