import { en, type TermKey } from './en.js';

/** A term: text with `{name}` placeholders, or a function of the parameters (plurals and the like). */
export type Term = string | ((params: Record<string, string | number>) => string);

export interface Translation {
  /** BCP 47 code: `fr`, `pt-BR`, … */
  code: string;
  /** Writing direction of the language. */
  dir?: 'ltr' | 'rtl';
  terms: Partial<Record<TermKey, Term>>;
}

const translations = new Map<string, Translation>([['en', { code: 'en', dir: 'ltr', terms: en }]]);
const changeListeners = new Set<() => void>();

/**
 * Adds translations, or overrides terms of existing ones, at run time: later registrations win
 * term by term. Elements re-render with the new text.
 */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) {
    const code = translation.code.toLowerCase();
    const existing = translations.get(code);
    translations.set(code, {
      code,
      dir: translation.dir ?? existing?.dir ?? 'ltr',
      terms: { ...existing?.terms, ...translation.terms },
    });
  }
  for (const listener of [...changeListeners]) listener();
}

/** Notified after every registration. */
export function onTranslationsChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** The translations to try for `lang`: `pt-br`, then `pt`, then English. */
export function translationChain(lang: string): Translation[] {
  const code = lang.toLowerCase();
  const chain: Translation[] = [];
  const exact = translations.get(code);
  if (exact) chain.push(exact);
  const base = translations.get(code.split('-')[0]!);
  if (base && base !== exact) chain.push(base);
  chain.push(translations.get('en')!);
  return chain;
}

export function formatTerm(term: Term, params: Record<string, string | number>): string {
  if (typeof term === 'function') return term(params);
  return term.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function registeredLanguages(): string[] {
  return [...translations.keys()];
}
