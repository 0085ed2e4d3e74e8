import type { Term } from '../registry.js';

/** The wordings of a counted phrase by plural category; `other` is the fallback for categories left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Elements pass `count` as a number or already formatted for display ("1.234", "1 234"), so a
 * string is read by its digits: enough for the whole counts the kit shows.
 */
function countOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  const digits = String(value ?? '').replace(/\D/g, '');
  return digits ? Number(digits) : Number.NaN;
}

/**
 * A term whose wording follows the plural rules of `locale` for its `{count}` parameter, e.g.
 * French "1 interaction" / "2 interactions". The forms take `{count}` only; it is filled as passed.
 */
export function plural(locale: string, forms: PluralForms): Term {
  const rules = new Intl.PluralRules(locale);
  return (params) => {
    const form = forms[rules.select(countOf(params['count']))] ?? forms.other;
    return form.replace(/\{count\}/g, String(params['count'] ?? ''));
  };
}
