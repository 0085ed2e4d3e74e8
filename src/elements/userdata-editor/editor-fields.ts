import type { EditSession } from './edit-session.js';
import type { UserDataValue } from '../../protocol/index.js';
import { controlType, fieldForKey, isBadNumber, isEmptyValue, parseInput, resolveFields, type ResolvedField, type UserDataFieldType, type UserDataKeys } from './field-spec.js';
import type { FormFieldState } from './form-value.js';

/**
 * The fields an editor shows, from its `keys` (declared fields, in order) or, without them, every
 * key the session knows; with each field's control type and form state.
 */
export class EditorFields {
  /** The declared fields; undefined when every key is shown. */
  readonly declared: readonly ResolvedField[] | undefined;

  constructor(
    private readonly session: EditSession<unknown>,
    keys: UserDataKeys | undefined,
    /** The whole editor is read-only. */
    private readonly readonly: boolean,
    /** The page's language, which decides the decimal separator of number fields. */
    private readonly lang: string,
  ) {
    this.declared = keys ? resolveFields(keys).fields : undefined;
  }

  list(): readonly ResolvedField[] {
    return this.declared ?? this.session.keys().map(fieldForKey);
  }

  of(key: string): ResolvedField {
    return this.declared?.find((field) => field.key === key) ?? fieldForKey(key);
  }

  /** The control of a key: as declared, else guessed from the committed value. */
  typeOf(key: string): UserDataFieldType {
    const field = this.of(key);
    return controlType(field, field.type ? undefined : this.session.current(key));
  }

  /**
   * What a key's unsaved input stands for once committed (a number field's text as a number), or
   * undefined: no input, or a number field holding text that is not a number.
   */
  committable(key: string): UserDataValue | undefined {
    if (!this.session.hasDraft(key)) return undefined;
    const type = this.typeOf(key);
    const shown = this.session.shown(key);
    const value = typeof shown === 'string' ? parseInput(type, shown, this.lang) : shown;
    return value === undefined || isBadNumber(type, value, this.lang) ? undefined : value;
  }

  state(field: ResolvedField): FormFieldState {
    const value = this.session.shown(field.key);
    // Read-only fields are barred from validation, as native read-only inputs are.
    const checked = !this.readonly && !field.readonly;
    return { key: field.key, value, missing: checked && field.required && isEmptyValue(value), badInput: checked && isBadNumber(this.typeOf(field.key), value, this.lang) };
  }

  states(): FormFieldState[] {
    return this.list().map((field) => this.state(field));
  }
}
