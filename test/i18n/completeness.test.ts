import { expect } from '@open-wc/testing';
import { en, type Term, type TermKey } from '../../src/i18n/index.js';
import { builtInTranslations } from '../../src/i18n/locales/index.js';

const englishKeys = Object.keys(en) as TermKey[];

/** The English wording with its placeholders; a plural function term, called with `{count}` itself. */
function englishText(key: TermKey): string {
  const term: Term = en[key];
  return typeof term === 'string' ? term : term({ count: '{count}' });
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** Values to call function terms with: every count shape elements pass (numbers and display strings). */
const sampleCounts: Array<string | number> = [0, 1, 2, 3, 5, 11, 21, 101, 1000, 1_000_000, '1.234', '1 234'];

/**
 * English words a translation may keep as they are: cognates and loanwords the language really
 * uses (a French agent reads "Chat" and "Interaction"). Anything else equal to English is an
 * untranslated term.
 */
const sharedWords = new Set(['Chat', 'E-mail', 'Interaction', 'No', 'Pause']);

describe('shipped translations', () => {
  it('ship the languages the kit documents, with canonical language tags', () => {
    const codes = builtInTranslations.map((translation) => translation.code);
    expect(codes).to.have.members(['fr', 'de', 'es', 'pt-BR', 'it', 'nl', 'ja']);
    for (const code of codes) expect(Intl.getCanonicalLocales(code)).to.deep.equal([code]);
  });

  for (const translation of builtInTranslations) {
    describe(translation.code, () => {
      const { terms } = translation;

      it('has every English key, no other key, in the English order', () => {
        expect(Object.keys(terms)).to.deep.equal(englishKeys);
        expect(translation.dir).to.equal('ltr');
      });

      it('has no empty term, and keeps every placeholder of the English term exactly', () => {
        for (const key of englishKeys) {
          const term = terms[key];
          const english = englishText(key);
          if (typeof term === 'string') {
            expect(term.trim(), key).to.not.equal('');
            expect(placeholdersOf(term), key).to.deep.equal(placeholdersOf(english));
          } else {
            expect(term, key).to.be.a('function');
          }
        }
      });

      it('fills function terms for every count, leaving no placeholder behind', () => {
        for (const key of englishKeys) {
          const term = terms[key];
          if (typeof term !== 'function') continue;
          // A function term stands for a counted phrase: it must take the English placeholders, and only {count}.
          expect(placeholdersOf(englishText(key)), key).to.deep.equal(['count']);
          for (const count of sampleCounts) {
            const text = term({ count });
            expect(text, `${key} with ${count}`).to.not.contain('{');
            expect(text, `${key} with ${count}`).to.contain(String(count));
          }
        }
      });

      it('translates every term, apart from words the language shares with English', () => {
        const untranslated = englishKeys.filter((key) => terms[key] === en[key] && !sharedWords.has(englishText(key)));
        expect(untranslated).to.deep.equal([]);
      });
    });
  }
});
