import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { UserDataValue } from '../../protocol/index.js';
import type { WweError } from '../../connection/index.js';
import type { TermKey } from '../../i18n/index.js';
import type { ConflictChoice, EditSession, KeyConflict, KeyValue } from './edit-session.js';
import type { EditorFields } from './editor-fields.js';
import { isStructured, valueText, type ResolvedField, type UserDataFieldType } from './field-spec.js';

/** Everything one field row shows. */
export interface FieldView {
  readonly field: ResolvedField;
  /** DOM id of the control; keys can hold any character, so ids are by position. */
  readonly id: string;
  readonly type: UserDataFieldType;
  /** The field's content: the draft, else the committed value. */
  readonly shown: KeyValue;
  /** The desktop's value, shown beside a failure so the rollback is visible. */
  readonly base: KeyValue;
  /** Why the field can't be edited; undefined when it can. */
  readonly readonlyReason: string | undefined;
  /** Nested value: shown as JSON text, never edited. */
  readonly structured: boolean;
  readonly pending: boolean;
  /** The explanation of the last failed write. */
  readonly failure: string | undefined;
  readonly conflict: KeyConflict | undefined;
  /** What is wrong with the input (required, not a number). */
  readonly invalid: string | undefined;
  readonly canDelete: boolean;
}

export interface FieldHandlers {
  edit(key: string, value: UserDataValue): void;
  commit(key: string): void;
  discard(key: string): void;
  remove(key: string): void;
  retry(key: string): void;
  resolve(key: string, choice: ConflictChoice): void;
}

type Translate = (key: TermKey, params?: Record<string, string | number>) => string;

export interface FieldViewSource {
  readonly fields: EditorFields;
  readonly session: EditSession<WweError>;
  readonly field: ResolvedField;
  readonly index: number;
  readonly term: Translate;
  readonly readonlyReason: string | undefined;
  /** Whether the desktop allows deleting keys. */
  readonly deletable: boolean;
}

/** What a field row shows, from the session's state of its key. */
export function fieldView({ fields, session, field, index, term, readonlyReason, deletable }: FieldViewSource): FieldView {
  const { key } = field;
  const state = fields.state(field);
  const failure = session.failure(key);
  return {
    field,
    id: `field-${index}`,
    type: fields.typeOf(key),
    shown: state.value,
    base: session.base(key),
    readonlyReason,
    structured: isStructured(state.value),
    pending: session.isPending(key),
    failure: failure && term(`error.${failure.error.code}`),
    conflict: session.conflict(key),
    invalid: state.missing ? term('userdata.required') : state.badInput ? term('userdata.invalidNumber') : undefined,
    canDelete: deletable && session.current(key) !== undefined,
  };
}

/** A value as words: Yes/No for booleans, the option label for enums, JSON for nested values. */
export function displayText(view: Pick<FieldView, 'field' | 'type'>, value: KeyValue, t: Translate): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return t(value ? 'userdata.true' : 'userdata.false');
  if (view.type === 'enum') return view.field.options.find((option) => option.value === value)?.label ?? valueText(value);
  return valueText(value);
}

function readonlyControl(view: FieldView, t: Translate, describedBy: string): TemplateResult {
  const text = displayText(view, view.shown, t);
  return view.structured
    ? html`<textarea id=${view.id} part="input" readonly rows="3" aria-describedby=${describedBy} .value=${live(text)}></textarea>`
    : html`<input id=${view.id} part="input" type="text" readonly aria-describedby=${describedBy} .value=${live(text)} />`;
}

function editableControl(view: FieldView, on: FieldHandlers, describedBy: string): TemplateResult {
  const { key, required } = view.field;
  const invalid = view.invalid ? 'true' : 'false';
  if (view.type === 'boolean') {
    return html`<input id=${view.id} part="input" type="checkbox" aria-describedby=${describedBy} ?disabled=${view.pending}
      .checked=${live(view.shown === true)}
      @input=${(event: Event) => on.edit(key, (event.target as HTMLInputElement).checked)}
      @change=${() => on.commit(key)} />`;
  }
  if (view.type === 'enum') {
    const shown = view.shown === undefined ? '' : valueText(view.shown);
    const known = view.field.options.some((option) => option.value === shown);
    return html`<select id=${view.id} part="input" ?required=${required} aria-invalid=${invalid} aria-describedby=${describedBy} ?disabled=${view.pending}
      @input=${(event: Event) => on.edit(key, (event.target as HTMLSelectElement).value)}
      @change=${() => on.commit(key)}>
      <option value="" ?selected=${shown === ''}>—</option>
      ${known || shown === '' ? nothing : html`<option .value=${shown} selected>${shown}</option>`}
      ${view.field.options.map((option) => html`<option .value=${option.value} ?selected=${option.value === shown}>${option.label}</option>`)}
    </select>`;
  }
  return html`<input id=${view.id} part="input" type="text" inputmode=${view.type === 'number' ? 'decimal' : nothing}
    ?required=${required} ?readonly=${view.pending} aria-busy=${view.pending ? 'true' : 'false'} aria-invalid=${invalid} aria-describedby=${describedBy}
    .value=${live(valueText(view.shown))}
    @input=${(event: Event) => on.edit(key, (event.target as HTMLInputElement).value)}
    @change=${() => on.commit(key)}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Enter') on.commit(key);
      else if (event.key === 'Escape') on.discard(key);
    }} />`;
}

function message(view: FieldView, on: FieldHandlers, t: Translate): TemplateResult | typeof nothing {
  const { key, label } = view.field;
  const desktopValue = t('userdata.desktopValue', { value: view.base === undefined ? t('userdata.noValue') : displayText(view, view.base, t) });
  if (view.conflict) {
    const theirs = view.conflict.theirs === undefined ? t('userdata.noValue') : displayText(view, view.conflict.theirs, t);
    return html`<div class="conflict" part="conflict" role="alert">
      <span>${t('userdata.conflict', { key: label })} ${t('userdata.desktopValue', { value: theirs })}</span>
      <button class="button" part="keep-mine-button" type="button" ?disabled=${view.pending} @click=${() => on.resolve(key, 'mine')}>${t('userdata.keepMine')}</button>
      <button class="button" part="use-desktop-button" type="button" ?disabled=${view.pending} @click=${() => on.resolve(key, 'theirs')}>${t('userdata.takeTheirs')}</button>
    </div>`;
  }
  if (view.pending) return html`<span class="note">${t('userdata.saving')}</span>`;
  if (view.failure) {
    return html`<div class="failure" part="failure" role="alert">
      <span>${view.readonlyReason ?? t('userdata.notSaved', { reason: view.failure })} ${desktopValue}</span>
      ${view.readonlyReason ? nothing : html`<button class="button" part="retry-button" type="button" @click=${() => on.retry(key)}>${t('status.retry')}</button>`}
      <button class="button" part="discard-button" type="button" @click=${() => on.discard(key)}>${t('userdata.cancel')}</button>
    </div>`;
  }
  if (view.readonlyReason) return html`<span class="note">${view.readonlyReason}</span>`;
  if (view.invalid) return html`<span class="invalid">${view.invalid}</span>`;
  return nothing;
}

/** One row: label, control, delete button, and the line that explains its state. */
export function renderField(view: FieldView, on: FieldHandlers, t: Translate): TemplateResult {
  const { key, label, required } = view.field;
  const describedBy = `${view.id}-message`;
  const editable = view.readonlyReason === undefined && !view.structured;
  return html`<div class="field" part="field" data-key=${key} ?data-pending=${view.pending} ?data-conflict=${view.conflict !== undefined}>
    <label class="label" part="label" for=${view.id}>${label}${required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
    <div class="control">
      ${editable ? editableControl(view, on, describedBy) : readonlyControl(view, t, describedBy)}
      ${editable && view.canDelete
        ? html`<button class="button button--danger" part="delete-button" type="button" aria-label=${t('userdata.delete', { key: label })} ?disabled=${view.pending} @click=${() => on.remove(key)}>
            <span aria-hidden="true">×</span>
          </button>`
        : nothing}
    </div>
    <div class="message" id=${describedBy} part="field-message">${message(view, on, t)}</div>
  </div>`;
}
