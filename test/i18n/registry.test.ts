import { expect } from '@open-wc/testing';
import { en, loadTranslation, plural, registerTranslation, registeredLanguages, translationChain } from '../../src/i18n/index.js';
import { brazilianPortuguese, french, german, japanese } from '../../src/i18n/locales/index.js';
import { formatTerm } from '../../src/i18n/registry.js';

const codesOf = (lang: string) => translationChain(lang).map((translation) => translation.code);

describe('translation registry', () => {
  it('finds the shipped languages with no registration, falling back to English', async () => {
    expect(codesOf('fr')).to.deep.equal(['en']);
    await Promise.all(['fr', 'pt-BR', 'sv'].map(loadTranslation));
    expect(codesOf('fr')).to.deep.equal(['fr', 'en']);
    expect(codesOf('FR-ca')).to.deep.equal(['fr', 'en']);
    expect(codesOf('pt-BR')).to.deep.equal(['pt-BR', 'en']);
    expect(codesOf('en-US')).to.deep.equal(['en']);
    expect(codesOf('sv')).to.deep.equal(['en']);
    expect(registeredLanguages()).to.include.members(['en', 'fr', 'de', 'es', 'pt-br', 'it', 'nl', 'ja']);
  });

  it('lets a regional variant stand in when neither the language nor its base is there', async () => {
    await loadTranslation('pt');
    expect(codesOf('pt')).to.deep.equal(['pt-BR', 'en']);
    expect(codesOf('pt-PT')).to.deep.equal(['pt-BR', 'en']);
  });

  it('overrides a shipped language term by term, whenever it loads, and adds languages and regional variants', async () => {
    const resolve = (lang: string, key: keyof typeof en) => translationChain(lang).find((translation) => translation.terms[key] !== undefined)?.terms[key];
    // Registered before the shipped Japanese has loaded: it must still layer on top of it.
    registerTranslation({ code: 'ja', terms: { 'call.hold': '保留にする' } });
    await Promise.all(['ja', 'de'].map(loadTranslation));
    expect(resolve('ja', 'call.hold')).to.equal('保留にする');
    expect(resolve('ja', 'call.hangUp')).to.equal(japanese.terms['call.hangUp']);
    expect(translationChain('ja')[0]!.dir).to.equal('ltr');

    registerTranslation({ code: 'pt', terms: { 'call.hangUp': 'Desligar chamada' } });
    expect(codesOf('pt-BR')).to.deep.equal(['pt-BR', 'pt', 'en']);
    expect(codesOf('pt-PT')).to.deep.equal(['pt', 'en']);

    registerTranslation({ ...german, code: 'de-CH', terms: { ...german.terms, 'userdata.label': 'Angehängte Daten (CH)' } });
    const [swiss, base] = translationChain('de-CH');
    expect(swiss!.terms['userdata.label']).to.equal('Angehängte Daten (CH)');
    expect(base!.terms['userdata.label']).to.equal('Angehängte Daten');
  });

  it('fills text terms and calls function terms', () => {
    expect(formatTerm(en['dial.label'], { number: '+33 1 23' })).to.equal('Call +33 1 23');
    expect(formatTerm(french.terms['userdata.notSaved']!, {})).to.equal('Non enregistré : {reason}');
    expect(formatTerm(brazilianPortuguese.terms['cases.interactions']!, { count: 2 })).to.equal('2 interações');
  });
});

describe('plural terms', () => {
  const interactions = plural('fr', { one: '{count} interaction', other: '{count} interactions' });

  it('choose the form by the plural rules of their language', () => {
    // French counts 0 and 1 as singular, English only 1.
    expect(formatTerm(interactions, { count: 0 })).to.equal('0 interaction');
    expect(formatTerm(interactions, { count: 1 })).to.equal('1 interaction');
    expect(formatTerm(interactions, { count: 2 })).to.equal('2 interactions');
    const english = plural('en', { one: '{count} interaction', other: '{count} interactions' });
    expect(formatTerm(english, { count: 0 })).to.equal('0 interactions');
  });

  it('read a count already formatted for display by its digits', () => {
    const held = german.terms['eventLog.held']!;
    expect(formatTerm(held, { count: '1' })).to.equal('1 neues Ereignis während der Pause zurückgehalten');
    expect(formatTerm(held, { count: '1.234' })).to.equal('1.234 neue Ereignisse während der Pause zurückgehalten');
  });

  it('use the other form for a missing or unreadable count', () => {
    expect(formatTerm(interactions, {})).to.equal(' interactions');
    expect(formatTerm(interactions, { count: 'many' })).to.equal('many interactions');
  });

  it('use the categories a language has, falling back to other', () => {
    // Polish has "few" and "many"; a translation may give only some of them.
    const files = plural('pl', { one: '{count} plik', few: '{count} pliki', other: '{count} plików' });
    expect(formatTerm(files, { count: 1 })).to.equal('1 plik');
    expect(formatTerm(files, { count: 3 })).to.equal('3 pliki');
    expect(formatTerm(files, { count: 5 })).to.equal('5 plików');
  });
});
