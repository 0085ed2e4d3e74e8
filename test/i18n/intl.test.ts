import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en, LocalizeController, loadTranslation } from '../../src/i18n/index.js';
import { nextFrame } from './rendered-text.js';
import { waitFor } from '../helpers/waits.js';

/** A bare host for the controller, so the test reads its formatting directly. */
class LocalizedProbe extends LitElement {
  readonly localize = new LocalizeController(this, undefined, en);
}
customElements.define('i18n-localized-probe', LocalizedProbe);

async function probeIn(lang: string): Promise<LocalizedProbe> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><i18n-localized-probe></i18n-localized-probe></div>`);
  // Shipped languages load on first use; terms read before the load ends are English.
  await loadTranslation(lang);
  return wrapper.querySelector<LocalizedProbe>('i18n-localized-probe')!;
}

// 15 January 2024, 13:05:09 UTC; formatted in UTC so the machine's time zone does not matter.
const moment = Date.UTC(2024, 0, 15, 13, 5, 9);
const longDate: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

describe('numbers, durations and dates follow the language', () => {
  it('formats numbers with the separators of the language', async () => {
    expect((await probeIn('de')).localize.number(1234.5)).to.equal('1.234,5');
    expect((await probeIn('en')).localize.number(1234.5)).to.equal('1,234.5');
    expect((await probeIn('pt-BR')).localize.number(1234.5)).to.equal('1.234,5');
    // French groups with a (narrow) no-break space.
    expect((await probeIn('fr')).localize.number(1234.5)).to.match(/^1[\u00a0\u202f]234,5$/);
  });

  it('shows durations as a clock in the digits of the language', async () => {
    const german = await probeIn('de');
    expect(german.localize.duration(65_000)).to.equal('1:05');
    expect(german.localize.duration(3_723_000)).to.equal('1:02:03');
    expect(german.localize.duration(-5)).to.equal('0:00');
    // Egyptian Arabic writes Arabic-Indic digits, once the language's formatters are built.
    const arabic = await probeIn('ar-EG');
    await waitFor(() => arabic.localize.duration(3_723_000) === '١:٠٢:٠٣', 'Arabic-Indic digits');
  });

  it('draws the first clock of a language without building an Intl formatter, then renders again in its digits', async () => {
    const probe = await probeIn('ar-SA');
    let rendered = 0;
    const update = probe.requestUpdate.bind(probe);
    probe.requestUpdate = (...args: Parameters<LitElement['requestUpdate']>) => {
      rendered++;
      update(...args);
    };
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      built++;
      return new Original(...args);
    } as unknown as typeof Intl.NumberFormat;
    let first: string;
    try {
      first = probe.localize.duration(3_723_000);
    } finally {
      Intl.NumberFormat = Original;
    }
    expect(first).to.equal('1:02:03');
    expect(built, 'formatters built while drawing').to.equal(0);
    await waitFor(() => rendered > 0, 'the host asked to render again');
    expect(probe.localize.duration(3_723_000)).to.equal('١:٠٢:٠٣');
  });

  it('writes dates in the language', async () => {
    expect((await probeIn('de')).localize.dateTime(moment, longDate)).to.equal('15. Januar 2024');
    expect((await probeIn('fr')).localize.dateTime(moment, longDate)).to.equal('15 janvier 2024');
    expect((await probeIn('ja')).localize.dateTime(moment, longDate)).to.equal('2024年1月15日');
    expect((await probeIn('nl')).localize.dateTime(moment, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })).to.equal('13:05');
  });

  it('switches formats when the language changes', async () => {
    const probe = await probeIn('en');
    expect(probe.localize.number(1234.5)).to.equal('1,234.5');
    probe.parentElement!.lang = 'de';
    await nextFrame();
    expect(probe.localize.lang).to.equal('de');
    expect(probe.localize.number(1234.5)).to.equal('1.234,5');
  });

  it('counts in the language: plural terms take the count as elements pass it', async () => {
    const french = await probeIn('fr');
    expect(french.localize.term('cases.interactions', { count: 1 })).to.equal('1 interaction');
    expect(french.localize.term('cases.interactions', { count: 3 })).to.equal('3 interactions');
    const german = await probeIn('de');
    const held = german.localize.number(1234);
    expect(german.localize.term('eventLog.held', { count: held })).to.equal('1.234 neue Ereignisse während der Pause zurückgehalten');
    expect((await probeIn('ja')).localize.term('eventLog.held', { count: 2 })).to.equal('一時停止中に 2 件の新しいイベントを保留しています');
  });
});
