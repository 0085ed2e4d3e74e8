import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TermKey } from '../../i18n/index.js';

export interface AddRowState {
  readonly key: string;
  readonly value: string;
  setKey(key: string): void;
  setValue(value: string): void;
  add(): void;
}

/** The row that adds a key when the editor shows every key (no `keys` declared). */
export function renderAddRow(row: AddRowState, t: (key: TermKey) => string): TemplateResult {
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') row.add();
  };
  return html`<div class="add" part="add">
    <label for="new-key">${t('userdata.newKey')}</label>
    <input id="new-key" type="text" .value=${live(row.key)} @input=${(event: Event) => row.setKey((event.target as HTMLInputElement).value)} @keydown=${onEnter} />
    <label for="new-value">${t('userdata.newValue')}</label>
    <input id="new-value" type="text" .value=${live(row.value)} @input=${(event: Event) => row.setValue((event.target as HTMLInputElement).value)} @keydown=${onEnter} />
    <button class="button" part="add-button" type="button" ?disabled=${row.key.trim() === ''} @click=${() => row.add()}>${t('userdata.add')}</button>
  </div>`;
}
