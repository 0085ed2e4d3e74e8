import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CaseView } from '../../store/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { cutText } from '../shared/long-text.js';
import { caseName, renderCaseContent, type Translate } from './case-option.js';
import { caseSelectorStyles } from './case-selector.styles.js';
import { casesTerms } from '../../i18n/en/cases.js';
import { infoTerms } from '../../i18n/en/info.js';

const REQUEST = 'interaction.selectCaseByCaseId';
/** Options rendered at first, and added per "show more": an agent has a handful of cases, a flood thousands. */
export const CASES_SHOWN = 100;

/**
 * Lists the agent's cases (interactions grouped by case: the main interaction first, with its
 * media, parties and state), shows which one Agent Desktop has selected and which are expanded,
 * and selects a case in the desktop (`interaction.selectCaseByCaseId`).
 *
 * A single-select listbox: focus it, move with Up/Down/Home/End, select with Enter or Space (or a
 * click). The highlighted option is `aria-activedescendant`; `aria-selected` is the desktop's
 * selection, which changes when the desktop confirms it.
 *
 * @summary Case list and selector.
 * @tag wwe-case-selector
 *
 * @fires {{ caseId: string }} wwe-case-select - The desktop accepted the selection of a case.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - Selecting failed.
 *
 * @csspart listbox - The list of cases.
 * @csspart option - One case.
 * @csspart interaction - One interaction line of a case.
 * @csspart media-icon - The media icon of an interaction.
 * @csspart parties - The parties of an interaction.
 * @csspart state - The state of an interaction.
 * @csspart flags - The case's count, selected and expanded marks.
 * @csspart empty - The text shown when there is no case.
 * @csspart more - The button that shows more cases, when there are more than 100 (the selected and
 *   highlighted cases are always shown).
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-accent-color=#1f6feb] - Marks the selected case.
 * @cssprop [--wwe-case-selector-max-height=20em] - Height after which the list scrolls.
 * @cssprop [--wwe-border-color=color-mix(in srgb, currentColor 25%, transparent)] - Borders.
 */
export class WweCaseSelector extends WweElement {
  static override styles = [...WweElement.styles, caseSelectorStyles];
  /** @internal */
  protected static override readonly englishTerms = { ...casesTerms, ...infoTerms };

  constructor() {
    super();
    this.desktop.watch(['cases', 'selectedCaseId']);
  }

  /** Shows the cases without letting the agent select one. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The case the keyboard highlight is on. */
  @state() private activeCaseId: string | undefined;

  /** How many options to render, at least: thousands of rows would cost every update their layout. */
  @state() private shownCount = CASES_SHOWN;


  /** The agent's cases, in the desktop's order. */
  get cases(): readonly CaseView[] {
    return [...this.desktop.state.cases.values()];
  }

  /** The case Agent Desktop shows selected. */
  get selectedCaseId(): string | undefined {
    return this.desktop.state.selectedCaseId;
  }

  private get usable(): boolean {
    return !this.disabled && this.desktop.canRequest(REQUEST);
  }

  /** Selects a case in Agent Desktop. Resolves true when the desktop accepted. */
  async select(caseId: string): Promise<boolean> {
    const view = this.desktop.state.cases.get(caseId);
    if (!view || !this.usable) return false;
    this.activeCaseId = caseId;
    const outcome = await this.actions.run(REQUEST, () => this.desktop.connection.request(REQUEST, [caseId]));
    if (!outcome.ok) return false;
    this.actions.announce(this.localize.term('cases.selectedAnnounce', { name: cutText(caseName(view)) }));
    emit(this, 'wwe-case-select', { caseId });
    return true;
  }

  /** The highlighted case: the one moved to, else the selected one, else the first. */
  private get activeIndex(): number {
    const cases = this.cases;
    const byId = (id: string | undefined) => cases.findIndex((view) => view.caseId === id);
    const active = byId(this.activeCaseId);
    if (active >= 0) return active;
    return Math.max(0, byId(this.selectedCaseId));
  }

  private onKeydown(event: KeyboardEvent): void {
    const cases = this.cases;
    if (cases.length === 0) return;
    const current = this.activeIndex;
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: cases.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const next = Math.min(cases.length - 1, Math.max(0, moves[event.key]!));
      this.activeCaseId = cases[next]!.caseId;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.select(cases[current]!.caseId);
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('activeCaseId')) {
      this.renderRoot.querySelector(`#case-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private renderOption(view: CaseView, index: number, active: boolean, setSize: number, t: Translate) {
    return html`<div
      role="option"
      id=${`case-${index}`}
      aria-posinset=${index + 1}
      aria-setsize=${setSize}
      part="option"
      class="option ${active ? 'option--active' : ''}"
      aria-selected=${view.isSelected ? 'true' : 'false'}
      data-case-id=${view.caseId}
      ?data-expanded=${view.isExpanded}
      @click=${() => void this.select(view.caseId)}
    >
      ${renderCaseContent(view, t, (key, fallback) => this.localize.termOr(key, fallback))}
    </div>`;
  }

  protected override render() {
    const all = this.cases;
    const t = this.localize.term.bind(this.localize);
    const active = this.activeIndex;
    const busy = this.actions.isBusy(REQUEST);
    const selected = all.findIndex((view) => view.isSelected);
    const cases = all.slice(0, Math.max(this.shownCount, active + 1, selected + 1));
    const hidden = all.length - cases.length;
    return html`${all.length === 0
        ? html`<p class="empty" part="empty">${t('cases.empty')}</p>`
        : html`<div
            role="listbox"
            part="listbox"
            tabindex="0"
            aria-label=${t('cases.label')}
            aria-activedescendant=${`case-${active}`}
            aria-busy=${busy ? 'true' : 'false'}
            aria-disabled=${this.usable ? 'false' : 'true'}
            @keydown=${this.onKeydown}
          >
            ${repeat(
              cases,
              (view) => view.caseId,
              // A case view keeps its identity while nothing in it changes, so an update re-renders
              // only the cases that changed, however many the agent has.
              (view, index) => guard([view, index, index === active, all.length, this.localize.lang], () => this.renderOption(view, index, index === active, all.length, t)),
            )}
          </div>`}
      ${hidden > 0
        ? html`<button class="link-button" part="more" type="button" @click=${() => (this.shownCount = cases.length + CASES_SHOWN)}>
            ${t('cases.more', { count: this.localize.number(hidden) })}
          </button>`
        : nothing}
      ${this.renderStatus(REQUEST)}
      ${this.renderLiveRegion()}`;
  }
}
