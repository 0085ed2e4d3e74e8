import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en, LocalizeController } from '../../src/i18n/index.js';
import { formatCount, formatElapsed, stateLabel } from '../../src/simulator/shell/labels.js';
import { button, deepQuery, mountShell, settle } from './harness.js';
import { waitFor } from '../helpers/waits.js';

/** A bare host for the elements' formatting, in English. */
class EnglishProbe extends LitElement {
  readonly localize = new LocalizeController(this, undefined, en);
}
customElements.define('vocabulary-english-probe', EnglishProbe);

const STATE_TERM = /^info\.state\.(.+)$/;

describe('simulator shell: one vocabulary and one format with the elements', () => {
  let probe: EnglishProbe;

  beforeEach(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><vocabulary-english-probe></vocabulary-english-probe></div>`);
    probe = wrapper.querySelector<EnglishProbe>('vocabulary-english-probe')!;
  });

  it('names every interaction state with the elements’ English term', () => {
    const states = Object.keys(en).flatMap((key) => STATE_TERM.exec(key)?.[1] ?? []);
    expect(states).to.include.members(['RINGING', 'ESTABLISHED', 'HELD', 'RELEASED']);
    for (const state of states) expect(stateLabel(state), state).to.equal(en[`info.state.${state}` as keyof typeof en]);
  });

  it('writes durations as the elements’ clock', async () => {
    // The elements draw their first clock of a language before its Intl formatters are built.
    const longest = 1_234 * 3_600_000;
    await waitFor(() => probe.localize.duration(longest) === formatElapsed(longest), 'the clock in the language’s formatters');
    for (const ms of [0, 999, 14_000, 59_999, 60_000, 754_000, 3_599_000, 3_600_000, 3_723_000, 36_000_000 + 5_000, 1_234 * 3_600_000]) {
      expect(formatElapsed(ms), `${ms} ms`).to.equal(probe.localize.duration(ms));
    }
  });

  it('writes counts as the elements write numbers in English', () => {
    for (const count of [0, 7, 999, 1_000, 1_234_567]) expect(formatCount(count)).to.equal(probe.localize.number(count));
  });

  it('shows an answered call as the elements do, state and timer', async () => {
    const { shell, engine, root } = await mountShell([{ kind: 'interaction', label: 'CRM' }]);
    engine.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee' });
    await settle(shell);
    button(root, 'Answer').click();
    await settle(shell);
    const item = deepQuery(root, 'wwe-sim-interaction-list')!.shadowRoot!.querySelector('.item')!;
    expect(item.querySelector('.badge')!.textContent!.trim()).to.equal(en['info.state.ESTABLISHED']);
    const panel = deepQuery(root, 'wwe-sim-call-panel')!.shadowRoot!;
    expect(panel.querySelector('.badge')!.textContent!.trim()).to.equal(en['info.state.ESTABLISHED']);
    // The clock's shape, whatever second it is: the elements' m:ss, never a zero-padded minute.
    expect(panel.querySelector('time')!.textContent!.trim()).to.match(/^[1-9]?\d:[0-5]\d$/).and.not.match(/^0\d:/);
  });
});
