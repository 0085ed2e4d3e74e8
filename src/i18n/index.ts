export { en } from './en.js';
export type { TermKey } from './en.js';
export { registerTranslation, loadTranslation, onTranslationsChange, translationChain, registeredLanguages } from './registry.js';
export type { Term, Translation } from './registry.js';
export { LocalizeController } from './localize-controller.js';
// The shipped languages load on first use (registry.ts), so they are not re-exported here: that
// would put all of them in every element. Import them from the `wwe-components/locales` entry to
// extend one, e.g. `registerTranslation({ ...french, code: 'fr-CA' })`.
export { plural } from './locales/plural.js';
export type { PluralForms } from './locales/plural.js';
