import type { UserData, UserDataValue } from '../../protocol/index.js';
import type { KeyValue } from './edit-session.js';

/** A field as the host form sees it. */
export interface FormFieldState {
  readonly key: string;
  readonly value: KeyValue;
  /** Required and empty. */
  readonly missing: boolean;
  /** A number field holding text that is not a number. */
  readonly badInput: boolean;
}

/** Why the editor is invalid, for `ElementInternals.setValidity`. */
export interface FormProblem {
  readonly key: string;
  readonly flags: ValidityStateFlags;
}

/** How a value travels in FormData: text as is, numbers and booleans as text, the rest as JSON. */
export function formText(value: UserDataValue): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/**
 * The editor's FormData: one entry per key with a value, named `<name>[<key>]`, or `<key>` when
 * the editor has no `name`.
 */
export function formEntries(name: string, fields: readonly FormFieldState[]): FormData {
  const data = new FormData();
  for (const { key, value } of fields) {
    if (value !== undefined) data.append(name ? `${name}[${key}]` : key, formText(value));
  }
  return data;
}

/** The first problem of the fields: a missing required value, then input that is not a number. */
export function firstProblem(fields: readonly FormFieldState[]): FormProblem | undefined {
  const missing = fields.find((field) => field.missing);
  if (missing) return { key: missing.key, flags: { valueMissing: true } };
  const bad = fields.find((field) => field.badInput);
  return bad ? { key: bad.key, flags: { badInput: true } } : undefined;
}

/** Key/values as one object; keys such as `__proto__` stay plain data. */
export function toUserData(entries: readonly { readonly key: string; readonly value: KeyValue }[]): UserData {
  const data: UserData = {};
  for (const { key, value } of entries) {
    if (value !== undefined) Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return data;
}
