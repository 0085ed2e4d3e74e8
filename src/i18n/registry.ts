import { pageSlot } from '../runtime/page-runtime.js';
import type { TermKey } from './en.js';
import { sharedTerms } from './en/shared.js';

/** A term: text with `{name}` placeholders, or a function of the parameters (plurals and the like). */
export type Term = string | ((params: Record<string, string | number>) => string);

export interface Translation {
  /** BCP 47 code: `fr`, `pt-BR`, … */
  code: string;
  /** Writing direction of the language. */
  dir?: 'ltr' | 'rtl';
  terms: Partial<Record<TermKey, Term>>;
}

/**
 * This copy's English, beneath everything (a copy of another version may know other keys): the
 * shared terms, and each element's own as its first instance is made ({@link addEnglish}), so
 * an element carries only its own English.
 */
const english: Translation = { code: 'en', dir: 'ltr', terms: { ...sharedTerms } };

const addedEnglish = new WeakSet<object>();

/** Adds English terms beneath every language: an element's own, given to its LocalizeController. */
export function addEnglish(terms: Partial<Record<TermKey, Term>>): void {
  if (addedEnglish.has(terms)) return;
  addedEnglish.add(terms);
  Object.assign(english.terms, terms);
}

/**
 * The languages of the page, shared by every copy of the kit on the page runtime (`i18n.v1`), so
 * a translation registered through one copy shows in the elements of all. Copies of other
 * versions read it, so it holds plain data: translations (`{ code, dir, terms }`, a term being
 * text or a function of the parameters) by lower-case code, and the change listeners.
 */
interface SharedLanguages {
  /** What the page registered, merged per code (English overrides included). */
  readonly registered: Map<string, Translation>;
  /** The shipped languages some copy has loaded. */
  readonly shipped: Map<string, Translation>;
  readonly listeners: Set<() => void>;
}

const languages = () => pageSlot<SharedLanguages>('i18n.v1', () => ({ registered: new Map(), shipped: new Map(), listeners: new Set() }));

/**
 * The shipped languages, loaded on first use: a page pays only for the languages it shows (each
 * is a chunk of the library build; the one-file bundle inlines them). Nothing is registered when
 * the kit loads, so i18n has no import-time side effect; a language the page registers or extends
 * takes over term by term.
 */
const SHIPPED: Record<string, () => Promise<Translation>> = {
  fr: () => import('./locales/fr.js').then((module) => module.french),
  de: () => import('./locales/de.js').then((module) => module.german),
  es: () => import('./locales/es.js').then((module) => module.spanish),
  'pt-br': () => import('./locales/pt-BR.js').then((module) => module.brazilianPortuguese),
  it: () => import('./locales/it.js').then((module) => module.italian),
  nl: () => import('./locales/nl.js').then((module) => module.dutch),
  ja: () => import('./locales/ja.js').then((module) => module.japanese),
};
/** This copy's loads in flight. */
const loading = new Map<string, Promise<void>>();

/** What the page registered for `code`, then what the kit ships: registrations layer on top. */
function translationsFor(code: string): Translation[] {
  const { registered, shipped } = languages();
  return [registered.get(code), shipped.get(code)].filter((translation): translation is Translation => translation !== undefined);
}

const knownCodes = () => [...new Set(['en', ...languages().registered.keys(), ...Object.keys(SHIPPED)])];

/** A regional variant of `language` (`pt-br` for `pt`): closer to the reader than English. */
function regionalVariantCode(language: string): string | undefined {
  return knownCodes().find((code) => code.startsWith(`${language}-`));
}

/** The codes to look in for `lang`, most specific first, English excluded. */
function candidateCodes(lang: string): string[] {
  const code = lang.toLowerCase();
  const language = code.split('-')[0]!;
  const { registered } = languages();
  const hasExact = registered.has(code) || code in SHIPPED;
  const hasBase = registered.has(language) || language in SHIPPED;
  const base = hasBase ? language : hasExact ? undefined : regionalVariantCode(language);
  return [...new Set([code, ...(base ? [base] : [])])].filter((candidate) => candidate !== 'en');
}

/**
 * Loads the shipped languages `lang` needs, if any; resolves when their terms are in use (and
 * every listener was told). Elements call it themselves when their language changes.
 */
export function loadTranslation(lang: string): Promise<void> {
  const loads = candidateCodes(lang)
    .filter((code) => code in SHIPPED && !languages().shipped.has(code))
    .map((code) => {
      let pending = loading.get(code);
      if (!pending) {
        pending = SHIPPED[code]!().then(
          (translation) => {
            languages().shipped.set(code, translation);
            notifyChange();
          },
          (error: unknown) => {
            loading.delete(code);
            console.error(`[wwe-components] Could not load the "${code}" translation; English is shown.`, error);
          },
        );
        loading.set(code, pending);
      }
      return pending;
    });
  return Promise.all(loads).then(() => undefined);
}

/**
 * Adds translations, or overrides terms of existing ones, at run time: later registrations win
 * term by term. Elements re-render with the new text.
 */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) {
    const code = translation.code.toLowerCase();
    // Merged with earlier registrations of the code only; a shipped language stays beneath it
    // (see translationsFor), whether it has loaded yet or not.
    const { registered } = languages();
    const existing = registered.get(code);
    registered.set(code, {
      code,
      dir: translation.dir ?? existing?.dir ?? 'ltr',
      terms: { ...existing?.terms, ...translation.terms },
    });
  }
  notifyChange();
}

function notifyChange(): void {
  for (const listener of [...languages().listeners]) listener();
}

/** Notified after every registration, and when a shipped language finishes loading. */
export function onTranslationsChange(listener: () => void): () => void {
  const { listeners } = languages();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The translations to try for `lang`, as far as they are loaded: `pt-br`, then `pt`, then
 * English. With neither the exact language nor its base (`pt-pt`, `pt`), a regional variant of
 * the base stands in (`pt-br`). See {@link loadTranslation} for the shipped ones.
 */
export function translationChain(lang: string): Translation[] {
  const chain = [...candidateCodes(lang), 'en'].flatMap(translationsFor);
  chain.push(english);
  return [...new Set(chain)];
}

export function formatTerm(term: Term, params: Record<string, string | number>): string {
  if (typeof term === 'function') return term(params);
  return term.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Every language available: registered ones and the shipped ones, loaded or not. */
export function registeredLanguages(): string[] {
  return knownCodes();
}
