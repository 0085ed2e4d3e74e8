import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { en, type TermKey } from '../../src/i18n/index.js';
import { builtInTranslations } from '../../src/i18n/locales/index.js';
import { ELEMENT_LOADERS, ELEMENT_TAGS, type ElementTag } from '../../src/elements/registry.js';
import { waitFor } from '../helpers/frames.js';
import { renderedStrings, statusLine } from './rendered-text.js';

type KitElement = HTMLElement & { updateComplete: Promise<boolean> };

/** A dotted lower-case word such as `dial.label`: a term key that reached the page untranslated. */
const rawKey = /\b[a-z]+\.[a-zA-Z.]+\b/;

/** Attributes that make an element show more of its terms while outside a desktop. */
const attributesOf: Partial<Record<ElementTag, Record<string, string>>> = {
  'wwe-dial-button': { number: '+33 1 23 45 67 89' },
};

/** The English term each fixed English text comes from (texts with placeholders, and plural terms, vary, so are left out). */
const englishTextKeys = new Map<string, TermKey[]>();
for (const [key, text] of Object.entries(en) as Array<[TermKey, unknown]>) {
  if (typeof text === 'string' && !text.includes('{')) englishTextKeys.set(text, [...(englishTextKeys.get(text) ?? []), key]);
}

/** Mounts `tag` inside `<div lang>` and waits until it shows its outside-a-desktop status. */
async function mount(tag: ElementTag, lang: string): Promise<KitElement> {
  const name = unsafeStatic(tag);
  const attributes = Object.entries(attributesOf[tag] ?? {});
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${staticHtml`<${name}></${name}>`}</div>`);
  const element = wrapper.firstElementChild as KitElement;
  for (const [attribute, value] of attributes) element.setAttribute(attribute, value);
  const translation = builtInTranslations.find((candidate) => candidate.code === lang);
  const notFramed = (translation?.terms['connection.notFramed'] ?? en['connection.notFramed']) as string;
  await waitFor(() => statusLine(element) === notFramed, `${tag} in ${lang} to show it is outside a desktop`);
  await element.updateComplete;
  return element;
}

describe('elements in every shipped language', () => {
  before(async () => {
    await Promise.all(Object.values(ELEMENT_LOADERS).map((load) => load()));
  });

  for (const tag of ELEMENT_TAGS) {
    describe(`<${tag}>`, () => {
      let english: { status: string; strings: string[] };
      before(async () => {
        const element = await mount(tag, 'en');
        english = { status: statusLine(element), strings: renderedStrings(element.shadowRoot!) };
      });

      it('shows English terms in English', () => {
        expect(english.strings.filter((text) => englishTextKeys.has(text)).length).to.be.greaterThan(0);
      });

      for (const translation of builtInTranslations) {
        it(`renders in ${translation.code} with no term key and no English term left`, async () => {
          const element = await mount(tag, translation.code);
          const strings = renderedStrings(element.shadowRoot!);
          expect(strings.filter((text) => rawKey.test(text))).to.deep.equal([]);
          const { terms } = translation;
          // English text is a leftover unless the language really says it the same way ("Chat").
          const leftovers = strings.filter((text) => englishTextKeys.get(text)?.some((key) => terms[key] !== text));
          expect(leftovers).to.deep.equal([]);
          expect(statusLine(element)).to.not.equal(english.status);
          expect(strings).to.not.deep.equal(english.strings);
        });
      }
    });
  }
});
