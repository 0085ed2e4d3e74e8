import { html, nothing, type TemplateResult } from 'lit';
import type { Interaction } from '../../protocol/index.js';
import { UNKNOWN_MEDIA, type CaseView } from '../../store/index.js';
import type { TermKey } from '../../i18n/index.js';
import { cutText } from '../shared/long-text.js';

export type Translate = (key: TermKey, params?: Record<string, string | number>) => string;
/** Names a desktop value (a state) by its term, or as sent when the kit has none. */
type TranslateValue = (key: string, fallback: string) => string;

/** Icon paths by media; any other media gets the generic one. */
const MEDIA_ICONS: Record<string, string> = {
  voice: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z',
  chat: 'M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H8l-4 4V5a1 1 0 0 1 1-1z',
  email: 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2v.5l8 5 8-5V7l-8 5z',
};
/** Icons that point somewhere: the chat bubble's tail points to the speaker, at the start side. */
const MIRRORED_IN_RTL = new Set(['chat']);
const GENERIC_ICON = 'M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm2 5v2h10V8zm0 4v2h7v-2z';

/** Who the interaction is with: its parties' names, else its id. */
export function partiesOf(interaction: Interaction): string {
  const names = interaction.parties.map((party) => party.name).filter((name) => typeof name === 'string' && name.trim() !== '');
  return names.length > 0 ? names.join(', ') : interaction.interactionId;
}

/** The name of a case the agent recognises: the parties of its main interaction. */
export function caseName(view: CaseView): string {
  const main = view.interactions[0];
  return main ? partiesOf(main) : view.caseId;
}

function interactionLine(interaction: Interaction, main: boolean, name: TranslateValue): TemplateResult {
  return html`<span class="interaction ${main ? 'interaction--main' : ''}" part="interaction">
    <svg class="icon ${MIRRORED_IN_RTL.has(interaction.media) ? 'icon--mirrored' : ''}" part="media-icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d=${MEDIA_ICONS[interaction.media] ?? GENERIC_ICON} /></svg>
    ${interaction.media === UNKNOWN_MEDIA ? nothing : html`<span class="visually-hidden">${name(`info.media.${interaction.media}`, interaction.media)}</span>`}
    <span class="parties" part="parties">${cutText(partiesOf(interaction))}</span>
    <span class="state" part="state">${cutText(name(`info.state.${interaction.state}`, interaction.state))}</span>
  </span>`;
}

/** The content of one option: the main interaction first, the others below, and the case's flags. */
export function renderCaseContent(view: CaseView, t: Translate, name: TranslateValue): TemplateResult {
  const [main, ...others] = view.interactions;
  return html`${main ? interactionLine(main, true, name) : nothing}
    ${others.map((interaction) => interactionLine(interaction, false, name))}
    <span class="flags" part="flags">
      ${view.interactions.length > 1 ? html`<span>${t('cases.interactions', { count: view.interactions.length })}</span>` : nothing}
      ${view.isSelected ? html`<span class="flag flag--selected">${t('cases.selected')}</span>` : nothing}
      ${view.isExpanded ? html`<span class="flag flag--expanded">${t('cases.expanded')}</span>` : nothing}
    </span>`;
}
