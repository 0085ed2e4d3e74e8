/**
 * Right-to-left (issue 7): every element lays out, points its icons and orders phone numbers by
 * the page's `dir`, with no physical left/right left in its styles. Each element is mounted twice,
 * in `<div dir="ltr">` and `<div dir="rtl" lang="ar">`, connected to a simulated desktop
 * with a call and a chat, and the two renderings are compared box by box.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../../src/elements/all.js';
import { ELEMENT_TAGS, type ElementTag } from '../../src/elements/registry.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { getStore } from '../../src/store/index.js';
import { waitFor } from '../helpers/frames.js';

type KitElement = HTMLElement & { updateComplete: Promise<boolean> };

const CALLER = '+15550100142';
/** An Arabic name, so the number shows beside it (in `.ani`). */
const CALLER_NAME = 'ليلى حداد';

/** Attributes that make each element show most of what it can. */
function attributesOf(tag: ElementTag, chatId: string): Record<string, string> {
  const attributes: Partial<Record<ElementTag, Record<string, string>>> = {
    'wwe-dial-button': { number: '+1 555 010 0199' },
    'wwe-email-button': { address: 'customer@example.com' },
    'wwe-userdata-editor': { keys: 'Notes,Reason' },
    'wwe-markdone-guard': { 'required-keys': 'Disposition' },
    'wwe-toast-trigger': { 'toast-title': 'Follow-up', message: 'Call back' },
    'wwe-interaction-info': { 'interaction-id': chatId },
  };
  return attributes[tag] ?? {};
}

/**
 * The same element in both directions, side by side, rendered. Both sides say `lang="ar"`, so they
 * use the same fonts: text widths, and so auto margins, are then equal, and only `dir` differs.
 */
async function mountBoth(tag: ElementTag, chatId: string): Promise<{ ltr: KitElement; rtl: KitElement }> {
  const name = unsafeStatic(tag);
  const element = staticHtml`<${name}>${tag === 'wwe-tel-links' ? `Call ${CALLER}` : ''}</${name}>`;
  const root = await fixture<HTMLDivElement>(html`<div>
    <div dir="ltr" lang="ar">${element}</div>
    <div dir="rtl" lang="ar">${element}</div>
  </div>`);
  const [ltr, rtl] = [...root.querySelectorAll<KitElement>(tag)] as [KitElement, KitElement];
  for (const [attribute, value] of Object.entries(attributesOf(tag, chatId))) {
    ltr.setAttribute(attribute, value);
    rtl.setAttribute(attribute, value);
  }
  await Promise.all([ltr.updateComplete, rtl.updateComplete]);
  return { ltr, rtl };
}

const shadowElements = (host: Element) => [...host.shadowRoot!.querySelectorAll('*')].filter((element) => element.localName !== 'style');

/** The boxes' physical sides, which mirror when the element uses logical properties only. */
const SIDES = ['margin', 'padding', 'border'].map((box) => (box === 'border' ? ['border-left-width', 'border-right-width'] : [`${box}-left`, `${box}-right`]));

function expectMirrored(ltr: Element, rtl: Element, label: string): void {
  const left = getComputedStyle(ltr);
  const right = getComputedStyle(rtl);
  for (const [start, end] of SIDES as [string, string][]) {
    expect(right.getPropertyValue(start), `${label} ${start}`).to.equal(left.getPropertyValue(end));
    expect(right.getPropertyValue(end), `${label} ${end}`).to.equal(left.getPropertyValue(start));
  }
  const physical: Record<string, string> = { left: 'right', right: 'left' };
  const align = left.textAlign;
  expect(right.textAlign, `${label} text-align`).to.equal(physical[align] ?? align);
}

/** Content that reads left to right in every language: phone numbers and JSON. */
const LTR_ISLANDS = ['.ani', 'pre'];

describe('right-to-left', () => {
  let kit: KitOnDesktop;
  let chatId: string;
  let callId: string;

  let stopWatching: () => void;

  before(async () => {
    kit = await connectKit();
    // The store listens before the chat arrives: a vendor desktop says a chat is a chat only in its
    // events (`data.media`), never in the interaction list.
    const store = getStore();
    stopWatching = store.subscribe(['interactions'], () => undefined);
    await waitFor(() => kit.connection.channelStatus('interaction') === 'active', 'the interaction subscription');
    callId = await kit.desktop.inboundCall({ ani: CALLER, callerName: CALLER_NAME });
    chatId = await kit.desktop.call('chatArrival', { nickname: 'ada.l' });
    await waitFor(() => store.getState().interactions.get(chatId)?.media === 'chat', 'the chat in the store');
  });
  after(() => {
    stopWatching();
    kit.teardown();
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}> mirrors its layout under dir="rtl"`, async () => {
      const { ltr, rtl } = await mountBoth(tag, chatId);
      if (tag === 'wwe-event-log') await waitFor(() => shadowElements(ltr).length === shadowElements(rtl).length, 'both logs to show the same events');
      expect(getComputedStyle(rtl).direction).to.equal('rtl');
      expect(getComputedStyle(ltr).direction).to.equal('ltr');

      const [left, right] = [shadowElements(ltr), shadowElements(rtl)];
      expect(right.map((element) => element.localName), 'the same rendering in both directions').to.deep.equal(left.map((element) => element.localName));
      expect(right.length, 'something rendered').to.be.greaterThan(0);
      right.forEach((element, index) => {
        const label = `<${tag}> ${element.localName}.${[...element.classList].join('.')}`;
        const island = LTR_ISLANDS.some((selector) => element.matches(selector));
        expect(getComputedStyle(element).direction, `${label} direction`).to.equal(island ? 'ltr' : 'rtl');
        if (!island) expectMirrored(left[index]!, element, label);
      });
    });
  }

  it('puts the dial button\'s icon at the inline start: left of the label in ltr, right of it in rtl', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <div dir="ltr"><wwe-dial-button number="+1 555 010 0199">Call</wwe-dial-button></div>
      <div dir="rtl" lang="ar"><wwe-dial-button number="+1 555 010 0199">Call</wwe-dial-button></div>
    </div>`);
    const [ltr, rtl] = [...root.querySelectorAll<KitElement>('wwe-dial-button')] as [KitElement, KitElement];
    await Promise.all([ltr.updateComplete, rtl.updateComplete]);
    const box = (element: Element) => element.getBoundingClientRect();
    const labelBox = (host: Element) => {
      const range = document.createRange();
      range.selectNodeContents(host);
      return range.getBoundingClientRect();
    };
    const icon = (host: KitElement) => box(host.shadowRoot!.querySelector('.icon')!);
    expect(icon(ltr).right).to.be.at.most(labelBox(ltr).left);
    expect(icon(rtl).left).to.be.at.least(labelBox(rtl).right);
  });

  it("isolates the number in the dial button's label in rtl, so it keeps its own order, and only there", async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <div dir="ltr"><wwe-dial-button number="+1 555 010 0199"></wwe-dial-button></div>
      <div dir="rtl" lang="ar"><wwe-dial-button number="+1 555 010 0199"></wwe-dial-button></div>
    </div>`);
    const [ltr, rtl] = [...root.querySelectorAll<KitElement>('wwe-dial-button')] as [KitElement, KitElement];
    await Promise.all([ltr.updateComplete, rtl.updateComplete]);
    const label = (host: KitElement) => host.shadowRoot!.querySelector('button')!.getAttribute('aria-label');
    expect(label(ltr)).to.equal('Call +15550100199');
    expect(label(rtl)).to.equal('Call \u2068+15550100199\u2069');
  });

  it('mirrors icons that point (the chat bubble), not the others, and follows a dir change at run time', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="ltr"><wwe-interaction-info interaction-id=${chatId}></wwe-interaction-info><wwe-case-selector></wwe-case-selector></div>`);
    const info = wrapper.querySelector<KitElement>('wwe-interaction-info')!;
    const selector = wrapper.querySelector<KitElement>('wwe-case-selector')!;
    const icons = () => [info, selector].flatMap((host) => [...host.shadowRoot!.querySelectorAll('svg.icon')]);
    await waitFor(() => selector.shadowRoot!.querySelectorAll('svg.icon').length >= 2 && info.shadowRoot!.querySelector('svg.icon') !== null, 'the media icons');
    const mirroredNow = () => icons().map((icon) => getComputedStyle(icon).transform === 'matrix(-1, 0, 0, 1, 0, 0)');
    const isChat = icons().map((icon) => icon.classList.contains('icon--mirrored'));
    expect(isChat.filter(Boolean).length, 'chat icons in both elements').to.equal(2);
    expect(isChat.includes(false), 'a voice icon too').to.equal(true);
    expect(mirroredNow().every((mirrored) => !mirrored)).to.equal(true);

    wrapper.dir = 'rtl';
    expect(mirroredNow()).to.deep.equal(isChat);
    wrapper.dir = 'ltr';
    expect(mirroredNow().every((mirrored) => !mirrored)).to.equal(true);
  });

  it('keeps a phone number in reading order inside an rtl line: the "+" stays at its left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><wwe-interaction-info interaction-id=${callId}></wwe-interaction-info></div>`);
    const info = wrapper.querySelector<KitElement>('wwe-interaction-info')!;
    await waitFor(() => info.shadowRoot!.querySelector('.ani') !== null, 'the caller number');
    const number = document.createTreeWalker(info.shadowRoot!.querySelector('.ani')!, NodeFilter.SHOW_TEXT).nextNode() as Text;
    expect(number.data).to.equal(CALLER);
    const charBox = (offset: number) => {
      const range = document.createRange();
      range.setStart(number, offset);
      range.setEnd(number, offset + 1);
      return range.getBoundingClientRect();
    };
    expect(charBox(0).left).to.be.lessThan(charBox(CALLER.length - 1).left);
    expect(charBox(0).left).to.be.lessThan(charBox(1).left);
  });
});
