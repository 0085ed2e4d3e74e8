import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Interaction } from '../../protocol/index.js';
import { TargetController, Ticker } from '../../controllers/index.js';
import { emit } from '../../events/index.js';
import { isLiveInteraction, UNKNOWN_MEDIA } from '../../store/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { longTextStyles, renderLongText } from '../shared/long-text.js';
import { mediaIcon } from './media-icon.js';
import { interactionInfoStyles } from './interaction-info.styles.js';
import { infoTerms } from '../../i18n/en/info.js';

/** Whether the desktop said when the interaction started: the store keeps 0 when it did not. */
function hasKnownStart(interaction: Interaction): boolean {
  return interaction.startDate > 0;
}

/** The names to show as "caller": the customer parties, or every party when none is marked customer. */
function callerNames(interaction: Interaction): string[] {
  const customers = interaction.parties.filter((party) => party.role === 'CUSTOMER');
  return (customers.length > 0 ? customers : interaction.parties).map((party) => party.name).filter((name) => name.trim() !== '');
}

/**
 * Who is on the interaction and how it is going: the caller (party names and ANI), the media,
 * the direction, the state and a live duration since it started, as a description list. A value the
 * desktop never sent (the start time, the media) is left out rather than guessed.
 *
 * The interaction is the one named by `interaction-id`, else the kit's target interaction; an
 * ended interaction stays shown, with its final duration, until it leaves the desktop. Party names
 * come from the desktop and are shown as text.
 *
 * @summary Caller, state and duration of an interaction.
 * @tag wwe-interaction-info
 *
 * @fires {{ interactionId: string | undefined; previous: string | undefined }} wwe-interaction-change - The element follows another interaction, or none (a call arrived, the selected case changed, the followed one left the desktop).
 *
 * @csspart list - The description list.
 * @csspart caller - The caller's names and number.
 * @csspart icon - The media icon.
 * @csspart duration - The live duration.
 * @csspart long-text - A desktop value longer than 160 characters: its start and an ellipsis, opening to the whole value.
 * @csspart empty - The text shown when there is no interaction.
 * @csspart status - The line that explains a disconnected or failed state.
 *
 * @cssprop [--wwe-muted-color=color-mix(in srgb, currentColor 65%, transparent)] - Colour of the terms and the ANI.
 * @cssprop [--wwe-spacing=0.5rem] - Gap between terms and values.
 */
export class WweInteractionInfo extends WweElement {
  static override styles = [...WweElement.styles, longTextStyles, interactionInfoStyles];
  /** @internal */
  protected static override readonly englishTerms = infoTerms;

  /** The interaction to show; when absent, the kit's target interaction. */
  @property({ attribute: 'interaction-id', reflect: true }) interactionId?: string;

  private readonly target = new TargetController(this, this.desktop, { interactionId: () => this.interactionId });
  private readonly ticker = new Ticker(this);
  private shown: Interaction | undefined;
  /** When the element saw the shown interaction end: its duration stops there. */
  private ended: { interactionId: string; at: number } | undefined;

  /** The interaction shown now, if any. */
  get interaction(): Interaction | undefined {
    return this.target.interaction;
  }

  constructor() {
    super();
    this.desktop.select(
      () => this.shown?.interactionId,
      (interactionId, previous) => {
        if (interactionId === previous) return;
        return () => emit(this, 'wwe-interaction-change', { interactionId, previous });
      },
    );
  }

  protected override willUpdate(): void {
    const interaction = this.interaction;
    this.shown = interaction;
    if (!interaction || isLiveInteraction(interaction)) {
      this.ended = undefined;
    } else if (this.ended?.interactionId !== interaction.interactionId) {
      this.ended = { interactionId: interaction.interactionId, at: Date.now() };
    }
  }

  protected override updated(): void {
    this.ticker.run(this.shown !== undefined && hasKnownStart(this.shown) && this.ended === undefined);
  }

  protected override render() {
    const interaction = this.shown;
    return html`${interaction ? this.renderList(interaction) : html`<p class="empty" part="empty">${this.localize.term('status.noInteraction')}</p>`}
    ${this.renderStatus()}`;
  }

  private renderList(interaction: Interaction) {
    const names = callerNames(interaction);
    const ani = interaction.ani && !names.includes(interaction.ani) ? interaction.ani : undefined;
    return html`<dl part="list" aria-label=${this.localize.term('info.label')}>
      <dt>${this.localize.term('info.caller')}</dt>
      <dd part="caller">
        <span class="names">${names.length > 0 ? renderLongText(names.join(', ')) : ani ? nothing : this.localize.term('info.unknownCaller')}</span>
        ${ani ? html`<span class="ani">${renderLongText(ani)}</span>` : nothing}
      </dd>
      ${interaction.media === UNKNOWN_MEDIA
        ? nothing
        : html`<dt>${this.localize.term('info.media')}</dt>
            <dd>${mediaIcon(interaction.media)}<span>${this.localize.termOr(`info.media.${interaction.media}`, interaction.media)}</span></dd>`}
      ${interaction.direction
        ? html`<dt>${this.localize.term('info.direction')}</dt>
            <dd>${this.localize.termOr(`info.direction.${interaction.direction}`, interaction.direction)}</dd>`
        : nothing}
      <dt>${this.localize.term('info.state')}</dt>
      <dd>${renderLongText(this.localize.termOr(`info.state.${interaction.state}`, interaction.state))}</dd>
      ${hasKnownStart(interaction)
        ? html`<dt>${this.localize.term('info.duration')}</dt>
            <dd><span class="timer" part="duration" role="timer">${this.localize.duration((this.ended?.at ?? Date.now()) - interaction.startDate)}</span></dd>`
        : nothing}
    </dl>`;
  }

  /** The term `key`, or `fallback` (a value as the desktop sent it) when no translation has the key. */}
