export { en } from './en.js';
export type { TermKey } from './en.js';
export { registerTranslation, onTranslationsChange, translationChain, registeredLanguages } from './registry.js';
export type { Term, Translation } from './registry.js';
export { LocalizeController } from './localize-controller.js';
