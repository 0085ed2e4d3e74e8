import { expect, fixture, html } from '@open-wc/testing';
// Only this element: its English comes with it, no other element's does (issue #12).
import '../../src/elements/dial-button/dial-button.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import { translationChain } from '../../src/i18n/registry.js';

const english = () => translationChain('en').find((translation) => translation.code === 'en')!.terms;

describe('per-element English terms', () => {
  it('a page with one element holds its English and the shared terms, not every element’s', async () => {
    const before = Object.keys(english());
    expect(before, 'the shared terms, before any element exists').to.include.members(['connection.ready', 'status.busy', 'error.TIMEOUT']);
    expect(before.some((key) => key.startsWith('dial.')), 'no element English before an element exists').to.equal(false);

    const button = await fixture<WweDialButton>(html`<div lang="en"><wwe-dial-button number="+1 415 555 0142"></wwe-dial-button></div>`).then((wrapper) => wrapper.querySelector<WweDialButton>('wwe-dial-button')!);
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-label') ?? button.shadowRoot!.textContent).to.contain('Call +14155550142');

    const keys = Object.keys(english());
    expect(keys).to.include('dial.label');
    for (const other of ['userdata.', 'recording.', 'eventLog.', 'cases.', 'info.']) {
      expect(keys.some((key) => key.startsWith(other)), `${other}* not in a page with only a dial button`).to.equal(false);
    }
  });
});
