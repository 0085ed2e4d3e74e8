import type { Translation } from '../registry.js';
import { german } from './de.js';
import { spanish } from './es.js';
import { french } from './fr.js';
import { italian } from './it.js';
import { japanese } from './ja.js';
import { dutch } from './nl.js';
import { brazilianPortuguese } from './pt-BR.js';

export { german, spanish, french, italian, japanese, dutch, brazilianPortuguese };
/** Every English term (each element carries only its own): for a LocalizeController of your own. */
export { en } from '../en.js';
export { plural, type PluralForms } from './plural.js';

/**
 * The languages the kit ships. The registry consults this table at lookup time, so they work
 * with no registration call; `registerTranslation` can still override any of their terms.
 */
export const builtInTranslations: readonly Translation[] = [french, german, spanish, brazilianPortuguese, italian, dutch, japanese];
