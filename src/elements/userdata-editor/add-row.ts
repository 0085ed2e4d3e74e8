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

/**
 * What the user has typed in the add row. The editor decides whether the key can be added
 * (`accept` returns false to keep the input, e.g. when the key is taken).
 */
export class AddRowDraft implements AddRowState {
  #key = '';
  #value = '';

  constructor(
    private readonly changed: () => void,
    private readonly accept: (key: string, value: string) => boolean,
  ) {}

  get key(): string {
    return this.#key;
  }

  get value(): string {
    return this.#value;
  }

  setKey(key: string): void {
    this.#key = key;
    this.changed();
  }

  setValue(value: string): void {
    this.#value = value;
    this.changed();
  }

  add(): void {
    const key = this.#key.trim();
    if (key === '' || !this.accept(key, this.#value)) return;
    this.clear();
  }

  clear(): void {
    this.#key = this.#value = '';
    this.changed();
  }
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
