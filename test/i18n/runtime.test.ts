import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/call-controls/call-controls.js';
import '../../src/elements/dial-button/dial-button.js';
import type { WweCallControls } from '../../src/elements/call-controls/call-controls.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import { en, registerTranslation } from '../../src/i18n/index.js';
import { brazilianPortuguese, french, german } from '../../src/i18n/locales/index.js';
import { waitFor } from '../helpers/frames.js';
import { statusLine } from './rendered-text.js';

const emptyText = (el: WweCallControls) => el.shadowRoot!.querySelector('.empty')!.textContent!.trim();
const dialLabel = (el: WweDialButton) => el.shadowRoot!.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim();

async function mountInside(lang: string): Promise<{ wrapper: HTMLDivElement; controls: WweCallControls }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><wwe-call-controls></wwe-call-controls></div>`);
  const controls = wrapper.querySelector('wwe-call-controls')!;
  await waitFor(() => statusLine(controls) !== '', 'the status line');
  return { wrapper, controls };
}

describe('language at run time', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('re-renders when the nearest lang changes', async () => {
    const { wrapper, controls } = await mountInside('en');
    expect(statusLine(controls)).to.equal(en['connection.notFramed']);
    expect(emptyText(controls)).to.equal(en['call.noCall']);

    // Shipped languages load on first use: the text changes once German has arrived.
    wrapper.lang = 'de';
    await waitFor(() => statusLine(controls) === german.terms['connection.notFramed'], 'the German status line');
    expect(emptyText(controls)).to.equal(german.terms['call.noCall']);

    // A lang set on the element itself is nearer than its container's.
    controls.setAttribute('lang', 'fr');
    await waitFor(() => emptyText(controls) === french.terms['call.noCall'], 'the French text');
  });

  it('follows the document language when no ancestor sets one', async () => {
    const { wrapper, controls } = await mountInside('de');
    // Shipped languages load on first use: wait for the text, not for a frame.
    document.documentElement.lang = 'fr';
    wrapper.removeAttribute('lang');
    await waitFor(() => emptyText(controls) === french.terms['call.noCall'], 'the French text');

    document.documentElement.lang = 'pt-BR';
    await waitFor(() => emptyText(controls) === brazilianPortuguese.terms['call.noCall'], 'the Portuguese text');
  });

  it('falls back term by term: a registered language without a term shows English for it', async () => {
    registerTranslation({ code: 'sv', terms: { 'call.noCall': 'Inget samtal' } });
    const { controls } = await mountInside('sv');
    expect(emptyText(controls)).to.equal('Inget samtal');
    expect(statusLine(controls)).to.equal(en['connection.notFramed']);
  });
});

describe('overrides at run time', () => {
  it('registerTranslation replaces a shipped term on the page, leaving the others', async () => {
    const { controls } = await mountInside('de');
    const original = german.terms['call.noCall']!;
    try {
      registerTranslation({ code: 'de', terms: { 'call.noCall': 'Gerade kein Gespräch' } });
      await controls.updateComplete;
      expect(emptyText(controls)).to.equal('Gerade kein Gespräch');
      expect(statusLine(controls)).to.equal(german.terms['connection.notFramed']);
    } finally {
      registerTranslation({ code: 'de', terms: { 'call.noCall': original } });
    }
    await controls.updateComplete;
    expect(emptyText(controls)).to.equal(original);
  });

  it('strings override one element only, as text or as a function of the parameters', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr">
      <wwe-dial-button number="+33123456789"></wwe-dial-button><wwe-dial-button number="+33123456789"></wwe-dial-button>
    </div>`);
    const [custom, plain] = [...wrapper.querySelectorAll('wwe-dial-button')] as [WweDialButton, WweDialButton];
    await Promise.all([custom.updateComplete, plain.updateComplete]);
    expect(dialLabel(plain)).to.equal('Appeler le +33123456789');

    custom.strings = { 'dial.label': 'Joindre {number}', 'connection.notFramed': 'Hors du bureau' };
    await custom.updateComplete;
    await waitFor(() => statusLine(custom) === 'Hors du bureau', 'the overridden status');
    expect(dialLabel(custom)).to.equal('Joindre +33123456789');
    expect(dialLabel(plain)).to.equal('Appeler le +33123456789');
    expect(statusLine(plain)).to.equal(french.terms['connection.notFramed']);

    custom.strings = { 'dial.label': ({ number }) => `Appeler le numéro finissant par ${String(number).slice(-4)}` };
    await custom.updateComplete;
    expect(dialLabel(custom)).to.equal('Appeler le numéro finissant par 6789');
    expect(statusLine(custom)).to.equal(french.terms['connection.notFramed']);
  });
});
