import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MediaState } from '../../protocol/index.js';

/** One `<option>` per state; `selected` is live so a refused change snaps back to the real state. */
function option(entry: MediaState, selected: string | undefined): TemplateResult {
  return html`<option value=${entry.operationName} .selected=${live(entry.operationName === selected)}>${entry.displayName}</option>`;
}

/**
 * The state list as options, in the desktop's order, with the Not Ready reasons gathered in one
 * group where the first of them stands (a desktop may configure dozens).
 */
export function renderStateOptions(stateList: readonly MediaState[], selected: string | undefined, reasonsLabel: string): TemplateResult[] {
  const reasons = stateList.filter((entry) => entry.reason !== undefined);
  const rendered: TemplateResult[] = [];
  let groupPlaced = false;
  for (const entry of stateList) {
    if (entry.reason === undefined) {
      rendered.push(option(entry, selected));
    } else if (!groupPlaced) {
      groupPlaced = true;
      rendered.push(html`<optgroup label=${reasonsLabel}>${reasons.map((reason) => option(reason, selected))}</optgroup>`);
    }
  }
  return rendered;
}
