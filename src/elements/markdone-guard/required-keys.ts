import type { ComplexAttributeConverter } from 'lit';
import type { UserData, UserDataValue } from '../../protocol/index.js';

/** Keys as a list: trimmed, without blanks or repeats, in the order given. */
export function normaliseKeys(keys: readonly string[]): string[] {
  return [...new Set(keys.map((key) => key.trim()).filter((key) => key !== ''))];
}

/** `required-keys="Disposition, CaseNote"` ⇄ `['Disposition', 'CaseNote']`. */
export const keyListAttribute: ComplexAttributeConverter<string[]> = {
  fromAttribute: (value: string | null) => normaliseKeys((value ?? '').split(',')),
  toAttribute: (value: readonly string[]) => value.join(','),
};

/** Whether an attached-data value counts as not filled in: absent, null, blank text, or an empty list or object. */
export function isBlank(value: UserDataValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** The required keys whose value is blank; only own keys count, so `__proto__` or `toString` are not "filled" by inheritance. */
export function missingKeys(userData: UserData, required: readonly string[]): string[] {
  return required.filter((key) => isBlank(Object.hasOwn(userData, key) ? userData[key] : undefined));
}
