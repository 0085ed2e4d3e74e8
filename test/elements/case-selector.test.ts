import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/case-selector/case-selector.js';
import type { WweCaseSelector } from '../../src/elements/case-selector/case-selector.js';
import { CASES_SHOWN } from '../../src/elements/case-selector/case-selector.component.js';
import { openFloodPage, type FloodPage } from '../helpers/flood-page.js';
import { getStore } from '../../src/store/index.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const listbox = (el: WweCaseSelector) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: WweCaseSelector) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const option = (el: WweCaseSelector, caseId: string) => options(el).find((item) => item.dataset.caseId === caseId)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const activeCaseId = (el: WweCaseSelector) => el.shadowRoot!.getElementById(listbox(el).getAttribute('aria-activedescendant')!)!.dataset.caseId;

interface Desk {
  kit: KitOnDesktop;
  firstCase: string;
  secondCase: string;
}

/**
 * Two cases: a call with a chat in the same case, then a newer call (which the desktop selects).
 * The desktop says a chat's media at event level only, so the store listens before they arrive, as
 * it does on a page whose elements were there all along.
 */
async function twoCases(kit: KitOnDesktop): Promise<Desk> {
  getStore(kit.connection).subscribe(['interactions'], () => undefined);
  await waitFor(() => kit.connection.channelStatus('interaction') === 'active', 'the store listening');
  const firstCall = await kit.desktop.inboundCall({ ani: '+33298000001', callerName: 'Ada Lovelace' });
  const firstCase = (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === firstCall)!.caseId;
  await kit.desktop.call('chatArrival', { nickname: 'ada.l', caseId: firstCase });
  const secondCall = await kit.desktop.inboundCall({ ani: '+33298000002', callerName: 'Grace <img src=x> Hopper' });
  const secondCase = (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === secondCall)!.caseId;
  return { kit, firstCase, secondCase };
}

async function selector(template = html`<wwe-case-selector></wwe-case-selector>`) {
  const el = await fixture<WweCaseSelector>(template);
  await waitFor(() => options(el).length === 2 && listbox(el).getAttribute('aria-disabled') === 'false', 'the two cases');
  return el;
}

describe('<wwe-case-selector>', () => {
  let kit: KitOnDesktop;
  afterEach(() => kit?.teardown());

  describe('with two cases', () => {
    let desk: Desk;
    beforeEach(async () => {
      kit = await connectKit();
      desk = await twoCases(kit);
    });

    it('lists the cases, main interaction first, with media, parties, state and the desktop flags', async () => {
      const el = await selector();
      const first = option(el, desk.firstCase);
      const lines = [...first.querySelectorAll('[part="interaction"]')].map(text);
      // The media is read out in the page's language (the issue saw a raw "voice").
      expect(lines).to.deep.equal(['Voice Ada Lovelace Ringing', 'Chat ada.l Invited']);
      expect(text(first.querySelector('[part="flags"]'))).to.equal('2 interactions Expanded');
      expect(first.getAttribute('aria-selected')).to.equal('false');
      const second = option(el, desk.secondCase);
      expect(second.getAttribute('aria-selected')).to.equal('true');
      expect(text(second.querySelector('[part="flags"]'))).to.equal('Selected Expanded');
      // Party names are text, never markup.
      expect(text(second.querySelector('[part="parties"]'))).to.equal('Grace <img src=x> Hopper');
      expect(second.querySelector('img') === null).to.equal(true);
      expect(el.selectedCaseId).to.equal(desk.secondCase);
      expect(activeCaseId(el)).to.equal(desk.secondCase);
    });

    it('selects a case on click through selectCaseByCaseId, fires wwe-case-select and announces it', async () => {
      const el = await selector();
      setTimeout(() => option(el, desk.firstCase).click());
      const event = await oneEvent(el, 'wwe-case-select');
      expect(event.detail).to.deep.equal({ caseId: desk.firstCase });
      const [request] = await loggedRequests(kit.desktop, 'interaction.selectCaseByCaseId');
      expect((request!.payload as { parameters: unknown[] }).parameters).to.deep.equal([desk.firstCase]);
      expect((await kit.desktop.snapshot()).selectedCaseId).to.equal(desk.firstCase);
      await waitFor(() => option(el, desk.firstCase).getAttribute('aria-selected') === 'true', 'the desktop to confirm');
      expect(option(el, desk.secondCase).getAttribute('aria-selected')).to.equal('false');
      expect(text(el.shadowRoot!.querySelector('[role="status"][aria-live]'))).to.equal('Case Ada Lovelace selected');
    });

    it('is a listbox for the keyboard: Up/Down/Home/End move, Enter and Space select', async () => {
      const el = await selector();
      listbox(el).focus();
      await sendKeys({ press: 'Home' });
      expect(activeCaseId(el)).to.equal(desk.firstCase);
      await sendKeys({ press: 'ArrowUp' });
      expect(activeCaseId(el)).to.equal(desk.firstCase);
      await sendKeys({ press: 'ArrowDown' });
      expect(activeCaseId(el)).to.equal(desk.secondCase);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      expect(activeCaseId(el)).to.equal(desk.secondCase);
      await sendKeys({ press: 'Home' });
      const selected = oneEvent(el, 'wwe-case-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.caseId).to.equal(desk.firstCase);
      await sendKeys({ press: 'ArrowDown' });
      const again = oneEvent(el, 'wwe-case-select');
      await sendKeys({ press: ' ' });
      expect((await again).detail.caseId).to.equal(desk.secondCase);
    });

    it('follows selection and expansion changes made in the desktop', async () => {
      const el = await selector();
      await kit.desktop.call('selectCase', desk.firstCase);
      await waitFor(() => option(el, desk.firstCase).getAttribute('aria-selected') === 'true', 'the new selection');
      await kit.desktop.call('expandCase', desk.secondCase, false);
      await waitFor(() => !option(el, desk.secondCase).hasAttribute('data-expanded'), 'the collapse');
      expect(text(option(el, desk.secondCase).querySelector('[part="flags"]'))).to.equal('');
      expect(text(option(el, desk.firstCase).querySelector('[part="flags"]'))).to.equal('2 interactions Selected Expanded');
    });

    it('shows a refused selection and keeps the desktop selection', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'interaction.selectCaseByCaseId': 'Case is locked' } });
      const el = await selector();
      setTimeout(() => void el.select(desk.firstCase));
      const failure = await oneEvent(el, 'wwe-error');
      expect(failure.detail.action).to.equal('interaction.selectCaseByCaseId');
      expect(failure.detail.error.code).to.equal('HOST_ERROR');
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="status"]'))).to.contain('Case is locked');
      expect(option(el, desk.secondCase).getAttribute('aria-selected')).to.equal('true');
    });

    it('is the same from the disabled attribute and property: nothing is selected', async () => {
      const shown = await fixture<WweCaseSelector>(html`<wwe-case-selector disabled></wwe-case-selector>`);
      await waitFor(() => options(shown).length === 2 && kit.connection.state === 'ready', 'the two cases');
      expect(shown.disabled).to.equal(true);
      expect(listbox(shown).getAttribute('aria-disabled')).to.equal('true');
      expect(await shown.select(desk.firstCase)).to.equal(false);
      shown.disabled = false;
      await shown.updateComplete;
      expect(shown.hasAttribute('disabled')).to.equal(false);
      expect(listbox(shown).getAttribute('aria-disabled')).to.equal('false');
      expect(await loggedRequests(kit.desktop, 'interaction.selectCaseByCaseId')).to.have.length(0);
    });
  });

  it('says when there is no case, then lists the first one', async () => {
    kit = await connectKit();
    const el = await fixture<WweCaseSelector>(html`<wwe-case-selector></wwe-case-selector>`);
    await waitFor(() => kit.connection.state === 'ready' && kit.connection.stats().pendingRequests === 0, 'the case list');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No cases');
    await kit.desktop.inboundCall({ ani: '5001' });
    await waitFor(() => options(el).length === 1, 'the case');
  });
});

describe('<wwe-case-selector> with more cases than it renders', () => {
  let page: FloodPage;
  beforeEach(async () => void (page = await openFloodPage()));
  afterEach(() => page.dispose());

  it(`renders ${CASES_SHOWN} options at first, shows more on demand, and always renders the selected case`, async () => {
    const { desktop, store } = page;
    const count = CASES_SHOWN + 50;
    const total = count + 1; // and the call the desktop listed at start
    await desktop.flood({ kind: 'interactions', count });
    await waitFor(() => store.getState().cases.size === total, 'every case in the store');
    const el = document.querySelector<WweCaseSelector>('wwe-case-selector')!;
    // The element renders at most once a frame in a burst: wait for the render that saw every case.
    await waitFor(() => el.shadowRoot!.querySelector('[part="more"]') !== null && options(el)[0]?.getAttribute('aria-setsize') === String(total), 'the more button, with every case counted');
    expect(options(el)).to.have.length(CASES_SHOWN);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(text(more)).to.equal(`Show more cases (${total - CASES_SHOWN} not shown)`);

    // The desktop selects a case past the first hundred: it is rendered, with those before it.
    const late = `flood-${count - 10}`;
    await desktop.post({ event: 'interaction', data: { eventType: 'CASE_SELECTION_CHANGED', media: 'voice', interaction: { interactionId: late, isCaseSelected: true } }, userAgent: 'WWE' });
    await waitFor(() => options(el).some((item) => item.getAttribute('aria-selected') === 'true'), 'the selected case rendered');
    expect(options(el).find((item) => item.getAttribute('aria-selected') === 'true')!.dataset.caseId).to.equal(`case-${count - 10}`);

    more.click();
    await waitFor(() => options(el).length === total, 'every case rendered');
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
  });
});
