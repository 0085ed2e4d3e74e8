import type { ComplexAttributeConverter } from 'lit';
import type { UserDataValue } from '../../protocol/index.js';
import { InvalidJson } from '../shared/attributes.js';

/** How a key's value is edited: a text field, a number field, a checkbox or a list of options. */
export type UserDataFieldType = 'text' | 'number' | 'boolean' | 'enum';

/** One option of an `enum` field: the value written, and the text shown (default: the value). */
export interface UserDataFieldOption {
  value: string;
  label?: string;
}

/**
 * A key the editor shows, in the `keys` attribute's JSON form or the `keys` property:
 * `{"key":"Disposition","label":"Disposition","type":"enum","options":["Sale","No sale"],"required":true}`.
 */
export interface UserDataFieldSpec {
  /** The attached-data key. */
  key: string;
  /** The field's label; default: the key. */
  label?: string;
  /** Default: guessed from the current value (number, boolean), else `text`. */
  type?: UserDataFieldType;
  /** Choices of an `enum` field: values, or `{ value, label }`. */
  options?: readonly (string | UserDataFieldOption)[];
  /** An empty value makes the host form invalid (`valueMissing`). */
  required?: boolean;
  /** Shown but never written by the editor. */
  readonly?: boolean;
}

/** What the `keys` property takes: key names, field specs, or both. */
export type UserDataKeys = readonly (string | UserDataFieldSpec)[];

/** A field spec with every default filled in. `type` stays undefined until a value tells it. */
export interface ResolvedField {
  readonly key: string;
  readonly label: string;
  readonly type: UserDataFieldType | undefined;
  readonly options: readonly Required<UserDataFieldOption>[];
  readonly required: boolean;
  readonly readonly: boolean;
}

const TYPES: ReadonlySet<string> = new Set<UserDataFieldType>(['text', 'number', 'boolean', 'enum']);

/**
 * Converter of the `keys` attribute: `Disposition, Amount` (names, in order) or a JSON array of
 * names and field specs. Bad JSON becomes an InvalidJson value that the editor reports.
 */
export const keysAttribute: ComplexAttributeConverter<UserDataKeys | InvalidJson | undefined> = {
  fromAttribute(value: string | null) {
    if (value === null || value.trim() === '') return undefined;
    const text = value.trim();
    // A brace or bracket means JSON was meant; a bare list never starts with one.
    if (!/^[[{]/.test(text)) return text.split(',').map((key) => key.trim()).filter((key) => key !== '');
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? (parsed as UserDataKeys) : new InvalidJson('keys', value, 'expected a JSON array');
    } catch (error) {
      return new InvalidJson('keys', value, (error as Error).message);
    }
  },
  toAttribute(value: UserDataKeys | InvalidJson | undefined) {
    if (value === undefined) return null;
    return value instanceof InvalidJson ? value.text : JSON.stringify(value);
  },
};

function resolveOption(option: unknown): Required<UserDataFieldOption> | undefined {
  if (typeof option === 'string') return { value: option, label: option };
  if (typeof option !== 'object' || option === null) return undefined;
  const { value, label } = option as Record<string, unknown>;
  if (typeof value !== 'string') return undefined;
  return { value, label: typeof label === 'string' && label !== '' ? label : value };
}

/** One entry of `keys` as a field, or what is wrong with it. */
function resolveEntry(entry: unknown, index: number, seen: ReadonlySet<string>): ResolvedField | string {
  const spec = typeof entry === 'string' ? { key: entry } : entry;
  if (typeof spec !== 'object' || spec === null) return `entry ${index} is not a key name or a field spec`;
  const { key, label, type, options, required, readonly } = spec as Partial<UserDataFieldSpec>;
  if (typeof key !== 'string' || key === '') return `entry ${index} has no "key"`;
  if (seen.has(key)) return `"${key}" is listed twice`;
  if (type !== undefined && !TYPES.has(type)) return `"${key}" has an unknown type "${String(type)}"`;
  const choices = Array.isArray(options) ? options.map(resolveOption).filter((option) => option !== undefined) : [];
  if (type === 'enum' && choices.length === 0) return `"${key}" is an enum without options`;
  const text = typeof label === 'string' && label !== '' ? label : key;
  return { key, label: text, type, options: choices, required: required === true, readonly: readonly === true };
}

/** Turns the `keys` entries into fields; entries it cannot use are listed in `problems`. */
/** What is wrong with a `keys` value, for the editor to report; empty when it can be used. */
export function keysProblems(keys: UserDataKeys | InvalidJson | undefined): string[] {
  if (keys instanceof InvalidJson) return [keys.reason];
  return keys ? resolveFields(keys).problems : [];
}

export function resolveFields(keys: UserDataKeys): { fields: ResolvedField[]; problems: string[] } {
  const fields: ResolvedField[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  keys.forEach((entry, index) => {
    const field = resolveEntry(entry, index, seen);
    if (typeof field === 'string') return void problems.push(field);
    seen.add(field.key);
    fields.push(field);
  });
  return { fields, problems };
}

/** A field for a key nobody declared: labelled by its key, typed by its value. */
export function fieldForKey(key: string): ResolvedField {
  return { key, label: key, type: undefined, options: [], required: false, readonly: false };
}

/** Whether a value is shown read-only as JSON text: nested objects, arrays and null. */
export function isStructured(value: UserDataValue | undefined): boolean {
  return typeof value === 'object' && value !== null ? true : value === null;
}

/** The control a field uses for `value`: its declared type, else what the value looks like. */
export function controlType(field: ResolvedField, value: UserDataValue | undefined): UserDataFieldType {
  if (field.type) return field.type;
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** The text a text or number control shows for a value. */
export function valueText(value: UserDataValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value, null, 2);
}

const separators = new Map<string, string>();

/** The decimal separator of a language (`,` in French or German), as the platform formats numbers. */
export function decimalSeparator(lang: string): string {
  let separator = separators.get(lang);
  if (separator === undefined) {
    try {
      separator = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    } catch {
      // Not a language tag the platform knows (lang="x-klingon").
      separator = '.';
    }
    separators.set(lang, separator);
  }
  return separator;
}

/** Plain decimal notation with an optional exponent; Number() alone would also take `0x1F` and `Infinity`. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The number a number field's text stands for, or undefined. A point is always the decimal point;
 * the language's own separator counts too when the text has no point (`1,5` in a French or German
 * page). Grouping separators are not guessed: `1,500` in an English page is not a number.
 */
function numberOf(text: string, lang: string): number | undefined {
  const trimmed = text.trim();
  const separator = decimalSeparator(lang);
  const normalised = separator !== '.' && !trimmed.includes('.') ? trimmed.replace(separator, '.') : trimmed;
  const number = DECIMAL.test(normalised) ? Number(normalised) : NaN;
  // `1e400` is Infinity, which JSON would carry as null.
  return Number.isFinite(number) ? number : undefined;
}

/**
 * The value a control's text stands for, once committed: a number for a number field when the text
 * is one in the page's language `lang` (the raw text otherwise, so the user's input is never
 * dropped; validity reports it), else the text. While the user types, the field keeps the text as
 * typed (`1.`, `0.0`, `-`).
 */
export function parseInput(type: UserDataFieldType, text: string, lang: string): UserDataValue {
  if (type !== 'number') return text;
  return numberOf(text, lang) ?? text;
}

/** Whether a field holds nothing: absent, or blank text. An unchecked checkbox is a value (false). */
export function isEmptyValue(value: UserDataValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Whether a number field holds text that is not a number in the page's language `lang`. */
export function isBadNumber(type: UserDataFieldType, value: UserDataValue | undefined, lang: string): boolean {
  return type === 'number' && typeof value === 'string' && value.trim() !== '' && numberOf(value, lang) === undefined;
}
