/**
 * The element contract, checked the same way for every element of the kit (as Shoelace runs its
 * form-control base tests for every control). A spec says what one element needs to be usable and
 * how a person or the desktop makes it act; `runConformanceSuite(spec)` then checks, against the
 * simulator in a real cross-origin iframe:
 *
 * - not framed: on a top-level page it renders, says so and posts nothing;
 * - denied: when the desktop forbids its request, it says so, disables its commands and refuses
 *   (DENIED) without posting;
 * - reloaded: after the desktop reloads it works again with no page action;
 * - attribute ≡ property: every attribute of the manifest gives the same element as its property,
 *   and the reflected ones reflect (`interaction-id` everywhere it exists);
 * - wwe-error: a failing action fires `{ action, error }` with a kit code; an element that only
 *   shows fires nothing under desktop faults;
 * - its documented `wwe-*` event;
 * - keyboard: every command is reached by Tab, shows focus, is never disabled when reached, and
 *   acts on Enter / Space (or the key its role defines);
 * - axe, on a light and on a dark page;
 * - release: once removed, its listeners, host subscriptions and timers are gone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { getConnection } from '../../src/connection/index.js';
import { ELEMENT_LOADERS, type ElementTag } from '../../src/elements/registry.js';
import { en, type TermKey } from '../../src/i18n/index.js';
import type { Faults } from '../../src/simulator/engine/index.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { takeTimerCensus } from '../helpers/timer-census.js';
import { renderedStrings, statusLine } from '../i18n/rendered-text.js';
import { nextEvent } from '../profiles/page.js';
import { manifestOf } from './manifest.js';

/** What `arrange` put on the desktop for the element to work on. */
export interface DeskContext {
  interactionId?: string;
  caseIds?: string[];
}

/** Evidence that an element shows what the desktop does (for elements without a command). */
export interface DisplayProof<E extends HTMLElement> {
  /** A desktop-side change the element shows. */
  change(kit: KitOnDesktop, context: DeskContext): Promise<void>;
  shown(el: E): boolean;
}

export interface ConformanceSpec<E extends HTMLElement = HTMLElement> {
  tag: ElementTag;
  /** Puts on the desktop what the element needs (a call, a chat, user data). */
  arrange?(kit: KitOnDesktop): Promise<DeskContext>;
  /** The markup of a usable element: the attributes (a number, keys, an interaction) and children. */
  render(context: DeskContext): TemplateResult;
  /** Light DOM the element works on, for the attribute checks (which start from a bare element). */
  lightDom?: string;
  /** The desktop's state has arrived and the element can act. */
  usable(el: E): boolean;
  /** What a person operates (all enabled once `usable`). */
  commands(el: E): HTMLElement[];
  /**
   * The documented `wwe-*` event the element fires, and what makes it fire: a person's action or
   * a desktop change. `cause` may return part of the expected detail.
   */
  event: {
    name: string;
    cause(el: E, kit: KitOnDesktop, context: DeskContext): Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
  };
  /** For an element that shows rather than acts: a desktop change it shows. */
  display?: DisplayProof<E>;
  /**
   * The request the element's command depends on, and the desktop API filter that allows what the
   * element reads but not that request. Absent for elements with no request of their own.
   */
  denial?: { request: string; services: string };
  /** Runs the command from code (`el.dial()`, …); resolves truthy when the desktop accepted. */
  invoke?(el: E, context: DeskContext): Promise<unknown>;
  /** The command works on what the page gives alone, so outside a desktop it refuses with NOT_FRAMED. */
  actsWithoutDesktopData?: boolean;
  /**
   * A desktop fault that makes the element's action fail, the action its `wwe-error` names, and
   * what triggers the action (default: `event.cause`).
   */
  failure?: { faults: Faults; action: string; cause?(el: E, kit: KitOnDesktop, context: DeskContext): Promise<void> | void };
  /**
   * Keys that act on the command `target` once it has focus (default: Enter), and what shows they
   * acted (default: the element fires `event.name`).
   */
  keyboard?: { target(el: E): HTMLElement; presses?: Parameters<typeof sendKeys>[0][]; done?(el: E): boolean };
  /** Per manifest attribute: the attribute text and the property value that mean the same thing. */
  samples(kit: KitOnDesktop, context: DeskContext): Record<string, [text: string, value: unknown]>;
}

/** Every code of the kit's WweError, read from the explanations the status line shows for them. */
const KIT_CODES = Object.keys(en)
  .filter((key) => key.startsWith('error.'))
  .map((key) => key.slice('error.'.length));
const term = (key: TermKey) => en[key] as string;

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const isDisabled = (node: Element) => node.matches(':disabled') || node.getAttribute('aria-disabled') === 'true';
/** Cannot be used to act: disabled, or a field that is read-only (it stays focusable, to be read). */
const isInoperable = (node: Element) => isDisabled(node) || node.matches(':read-only:is(input, textarea)');

function showsFocus(node: Element): boolean {
  const style = getComputedStyle(node);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return outline || style.boxShadow !== 'none';
}

/**
 * What an element shows, as text: each element's name, part, state and ARIA attributes, and its
 * text. Ids (unique per instance) and running clocks (they tick between two elements) are left out.
 */
function renderingOf(root: ShadowRoot | Element): string[] {
  const out: string[] = [];
  for (const node of root.children) {
    // Announcements tell what just happened, not what the element is.
    if (node.localName === 'style' || node.getAttribute('role') === 'timer' || node.hasAttribute('aria-live')) continue;
    const states = [...node.attributes]
      .filter(({ name }) => name === 'part' || name === 'disabled' || name === 'readonly' || name === 'hidden' || (name.startsWith('aria-') && !/labelledby|describedby|controls|activedescendant/.test(name)))
      .map(({ name, value }) => `${name}=${value}`);
    const text = [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => child.textContent!.trim()).join(' ').trim();
    out.push(`<${node.localName} ${states.join(' ')}>${text}`, ...renderingOf(node));
    if (node.shadowRoot) out.push(...renderingOf(node.shadowRoot));
  }
  return out;
}

/** Counts what this page posts to itself: a top-level page's `parent`, where a framed page would send. */
function countPosts(): { count(): number; restore(): void } {
  const original = window.postMessage;
  let posts = 0;
  window.postMessage = function (this: Window, ...args: Parameters<Window['postMessage']>) {
    posts++;
    return original.apply(this, args as [message: unknown, options?: WindowPostMessageOptions]);
  } as Window['postMessage'];
  return { count: () => posts, restore: () => void (window.postMessage = original) };
}

/** Records the `wwe-error` events an element fires. */
function recordErrors(el: HTMLElement): { detail: { action: string; error: { code: string; message: string } } }[] {
  const seen: { detail: { action: string; error: { code: string; message: string } } }[] = [];
  el.addEventListener('wwe-error', (event) => seen.push(event as CustomEvent));
  return seen;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The page's colours: the kit inherits them, so a dark page is light text on a dark ground. */
const SCHEMES = {
  light: 'color-scheme: light; background: #ffffff; color: #1a1a1a',
  dark: 'color-scheme: dark; background: #121212; color: #e8e8e8',
};

/** Runs axe on `el` with `page` (an ancestor) styled as a light page, then as a dark one. */
async function expectAccessibleInBothSchemes(el: HTMLElement, page: HTMLElement): Promise<void> {
  const before = page.style.cssText;
  try {
    for (const [scheme, style] of Object.entries(SCHEMES)) {
      page.style.cssText = style;
      await (el as Updating).updateComplete;
      await expect(el, `axe on a ${scheme} page`).to.be.accessible();
    }
  } finally {
    page.style.cssText = before;
  }
}

/**
 * Runs the element contract for one element. Call inside a test file; it makes one `describe` with
 * one test per check.
 */
export function runConformanceSuite<E extends HTMLElement>(spec: ConformanceSpec<E>): void {
  const { tag } = spec;

  describe(`<${tag}> conformance`, () => {
    before(() => ELEMENT_LOADERS[tag]());

    /** A usable element on a desktop that has what it needs; `wrap` puts it in surrounding markup. */
    async function mount(kit: KitOnDesktop, wrap = (element: TemplateResult) => element) {
      const context = (await spec.arrange?.(kit)) ?? {};
      const root = await fixture<HTMLElement>(wrap(spec.render(context)));
      const el = (root.localName === tag ? root : root.querySelector(tag)!) as E;
      // Settled too: an answer still on its way would land in whatever the test does next.
      await waitFor(() => spec.usable(el) && kit.connection.stats().pendingRequests === 0, `<${tag}> to be usable`);
      await (el as unknown as Updating).updateComplete;
      return { el, root, context };
    }

    /** Makes the element do its part once: show a desktop change, or fire its event. */
    async function exercise(el: E, kit: KitOnDesktop, context: DeskContext): Promise<void> {
      if (spec.display) {
        await spec.display.change(kit, context);
        await waitFor(() => spec.display!.shown(el), 'the element to show the desktop change');
      } else {
        const fired = nextEvent(el, spec.event.name);
        await spec.event.cause(el, kit, context);
        await fired;
      }
    }

    describe('outside a desktop', () => {
      afterEach(() => getConnection().dispose());

      it('renders, says it is not framed, and posts nothing', async () => {
        getConnection().dispose();
        const posts = countPosts();
        try {
          const el = await fixture<E>(spec.render({}));
          const errors = recordErrors(el);
          await waitFor(() => getConnection().state === 'unavailable' && statusLine(el) !== '', 'the not-framed status');
          expect(el.shadowRoot!.querySelector(':not(style)'), 'something rendered').to.not.equal(null);
          expect(statusLine(el)).to.equal(term('connection.notFramed'));
          if (spec.invoke && spec.actsWithoutDesktopData) {
            expect(Boolean(await spec.invoke(el, {})), 'the command from code succeeded').to.equal(false);
            expect(errors.map(({ detail }) => detail.error.code)).to.deep.equal(['NOT_FRAMED']);
          }
          expect(posts.count(), 'messages posted').to.equal(0);
          expect(getConnection().stats().pendingRequests).to.equal(0);
        } finally {
          posts.restore();
        }
      });
    });

    describe('on a desktop', () => {
      let kit: KitOnDesktop | undefined;
      afterEach(() => {
        kit?.teardown();
        kit = undefined;
      });

      if (spec.denial) {
        const { request, services } = spec.denial;
        it(`says when the desktop forbids ${request}, disables its commands and refuses without posting`, async () => {
          kit = await connectKit({ acceptedOrigins: `${location.origin} (${services})` });
          const context = (await spec.arrange?.(kit)) ?? {};
          const el = await fixture<E>(spec.render(context));
          const errors = recordErrors(el);
          await waitFor(() => statusLine(el) === term('status.denied') && kit!.connection.stats().pendingRequests === 0, 'the denial in the status line');
          await (el as unknown as Updating).updateComplete;
          expect(spec.commands(el).filter((command) => !isInoperable(command)).map((command) => command.outerHTML), 'operable commands').to.deep.equal([]);
          if (spec.invoke) {
            // Refusing may be silent (the command is disabled) or a DENIED error; never another one.
            expect(Boolean(await spec.invoke(el, context)), 'the command from code succeeded').to.equal(false);
            expect(errors.map(({ detail }) => detail.error.code).filter((code) => code !== 'DENIED'), 'errors other than DENIED').to.deep.equal([]);
          }
          expect(await loggedRequests(kit.desktop, request), `${request} posted`).to.have.length(0);
        });
      } else {
        it('forbidden every service but the system ones, claims no denial and fires no wwe-error', async () => {
          kit = await connectKit({ acceptedOrigins: `${location.origin} (system.*)` });
          const context = (await spec.arrange?.(kit)) ?? {};
          const el = await fixture<E>(spec.render(context));
          const errors = recordErrors(el);
          await waitFor(() => kit!.connection.allowedServices !== undefined && kit!.connection.stats().pendingRequests === 0, 'the allowed services');
          await (el as unknown as Updating).updateComplete;
          expect(statusLine(el)).to.not.equal(term('status.denied'));
          expect(errors).to.deep.equal([]);
        });
      }

      it('works again after the desktop reloads, with no page action', async () => {
        kit = await connectKit({ dialDelay: 10 }, 3000);
        const { el, context } = await mount(kit);
        const { connection } = kit;
        const frameBefore = connection.frameId;
        const epochBefore = connection.epoch;
        await kit.desktop.reload();
        await waitFor(() => connection.state === 'ready' && connection.frameId !== frameBefore && connection.epoch > epochBefore, 'the connection under the new frameId');
        await waitFor(() => spec.usable(el), `<${tag}> to be usable again`);
        await exercise(el, kit, context);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), 'an error shown').to.equal(null);
      });

      it('gives the same element from each attribute as from its property, and reflects the reflected ones', async () => {
        kit = await connectKit();
        const context = (await spec.arrange?.(kit)) ?? {};
        const samples = spec.samples(kit, context);
        const { attributes } = await manifestOf(tag);
        expect(
          attributes.map(({ name }) => name).filter((name) => !(name in samples)),
          'manifest attributes the spec has no sample for',
        ).to.deep.equal([]);
        const listed = attributes.map(({ name }) => name);
        expect(Object.keys(samples).filter((name) => !listed.includes(name)), 'samples for attributes the manifest does not list').to.deep.equal([]);
        for (const attribute of attributes) {
          const [text, value] = samples[attribute.name]!;
          const make = () => {
            const el = document.createElement(tag) as unknown as Updating & Record<string, unknown>;
            if (spec.lightDom) el.innerHTML = spec.lightDom;
            return el;
          };
          const fromAttribute = make();
          const fromProperty = make();
          fromAttribute.setAttribute(attribute.name, text);
          fromProperty[attribute.field] = value;
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          host.append(fromAttribute, fromProperty);
          const same = () => JSON.stringify(renderingOf(fromAttribute.shadowRoot!)) === JSON.stringify(renderingOf(fromProperty.shadowRoot!));
          await waitFor(() => kit!.connection.state === 'ready' && kit!.connection.stats().pendingRequests === 0, 'the desktop answers');
          await Promise.all([fromAttribute.updateComplete, fromProperty.updateComplete]);
          await waitFor(same, `the same rendering from ${attribute.name}`).catch(() => undefined);
          expect(fromAttribute[attribute.field], `${attribute.name}: the property the attribute sets`).to.deep.equal(fromProperty[attribute.field]);
          expect(renderingOf(fromAttribute.shadowRoot!), `${attribute.name}: rendering`).to.deep.equal(renderingOf(fromProperty.shadowRoot!));
          if (attribute.reflects) {
            const reflected = attribute.type === 'boolean' ? (fromProperty.hasAttribute(attribute.name) ? text : null) : fromProperty.getAttribute(attribute.name);
            expect(reflected, `${attribute.name} reflected`).to.equal(text);
          }
          host.remove();
        }
      });

      it('reflects interaction-id, as every element that has one does', async () => {
        const attribute = (await manifestOf(tag)).attributes.find(({ field }) => field === 'interactionId');
        if (!attribute) {
          // An element without the attribute must not have the property either: the manifest would miss it.
          expect('interactionId' in document.createElement(tag), 'an interactionId property the manifest does not list').to.equal(false);
          return;
        }
        expect({ name: attribute.name, reflects: attribute.reflects }).to.deep.equal({ name: 'interaction-id', reflects: true });
        kit = await connectKit();
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as Updating & { interactionId?: string };
        host.append(el);
        el.interactionId = 'conformance-1';
        await el.updateComplete;
        expect(el.getAttribute('interaction-id')).to.equal('conformance-1');
        el.setAttribute('interaction-id', 'conformance-2');
        expect(el.interactionId).to.equal('conformance-2');
      });

      if (spec.failure) {
        const { faults, action } = spec.failure;
        it(`fires wwe-error with a kit code when ${action} fails`, async () => {
          kit = await connectKit({ dialDelay: 10 }, 1500);
          const { el, context } = await mount(kit);
          await kit.desktop.setFaults(faults);
          const failed = nextEvent<{ action: string; error: { code: string; message: string } }>(el, 'wwe-error');
          await (spec.failure!.cause ?? spec.event.cause)(el, kit, context);
          const { detail } = await failed;
          expect(detail.action).to.equal(action);
          expect(KIT_CODES).to.include(detail.error.code);
          // The explanation of the code, and the desktop's own words, where the element says why.
          const shown = () => renderedStrings(el.shadowRoot!).join(' ');
          await waitFor(() => shown().includes(term(`error.${detail.error.code}` as TermKey)), `the explanation of ${detail.error.code}`);
          for (const message of Object.values(faults.hostErrors ?? {})) expect(shown()).to.contain(message);
          // The error is shown in the danger colour: it must read on a dark page as on a light one.
          await expectAccessibleInBothSchemes(el, el.parentElement!);
        });
      } else {
        it('fires no wwe-error while every request fails at the desktop', async () => {
          kit = await connectKit({ dialDelay: 10 });
          const { el, context } = await mount(kit);
          const errors = recordErrors(el);
          await kit.desktop.setFaults({ hostErrors: { '*': 'Refused by the conformance suite' } });
          await exercise(el, kit, context);
          expect(errors).to.deep.equal([]);
        });
      }

      it(`fires its documented ${spec.event.name} event`, async () => {
        expect((await manifestOf(tag)).events, 'the events the manifest documents').to.include(spec.event.name);
        kit = await connectKit({ dialDelay: 10 });
        const { el, context } = await mount(kit);
        const fired = nextEvent<Record<string, unknown>>(el, spec.event.name);
        const expected = await spec.event.cause(el, kit, context);
        const { detail } = await fired;
        if (expected) expect(detail).to.deep.include(expected);
      });

      it('is operable from the keyboard: Tab reaches every command, focus shows, keys act', async () => {
        kit = await connectKit({ dialDelay: 10 });
        const { el: element, root } = await mount(kit, (markup) => html`<div><button>before</button>${markup}<button>after</button></div>`);
        const [before, after] = [...root.querySelectorAll(':scope > button')] as HTMLButtonElement[];
        const reached: { node: Element; focusShown: boolean }[] = [];
        before!.focus();
        for (let presses = 0; presses < 40; presses++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActiveElement();
          if (active === after || active === null) break;
          reached.push({ node: active, focusShown: showsFocus(active) });
        }
        expect(deepActiveElement(), 'Tab leaves the element').to.equal(after);
        const nodes = reached.map(({ node }) => node);
        const unreached = spec.commands(element).filter((command) => !isDisabled(command) && !nodes.includes(command));
        expect(unreached.map((node) => node.outerHTML), 'commands Tab never reaches').to.deep.equal([]);
        expect(reached.filter(({ node }) => isDisabled(node)).map(({ node }) => node.outerHTML), 'disabled yet focusable').to.deep.equal([]);
        expect(reached.filter(({ focusShown }) => !focusShown).map(({ node }) => node.outerHTML), 'focus not shown').to.deep.equal([]);

        if (!spec.keyboard) {
          expect(spec.commands(element), 'an element without keyboard action has no command').to.deep.equal([]);
          return;
        }
        // A tel: link the element does not take would leave the page; the check must not.
        const stay = (event: Event) => event.preventDefault();
        window.addEventListener('click', stay);
        try {
          const { target, presses = [{ press: 'Enter' }], done } = spec.keyboard;
          const fired = done ? undefined : nextEvent(element, spec.event.name);
          target(element).focus();
          for (const press of presses) await sendKeys(press);
          await (fired ?? waitFor(() => done!(element), 'the keys to act'));
        } finally {
          window.removeEventListener('click', stay);
        }
      });

      it('passes axe on a light and on a dark page, before and after it acts', async () => {
        kit = await connectKit({ dialDelay: 10 });
        const { el, root, context } = await mount(kit, (markup) => html`<div>${markup}</div>`);
        await expectAccessibleInBothSchemes(el, root);
        await exercise(el, kit, context);
        await (el as unknown as Updating).updateComplete;
        await expectAccessibleInBothSchemes(el, root);
      });

      it('releases its listeners, host subscriptions and timers once removed', async () => {
        kit = await connectKit({ dialDelay: 10 });
        await waitFor(() => kit!.connection.stats().pendingRequests === 0, 'the probe to be answered');
        const baseline = kit.connection.stats();
        const census = takeTimerCensus();
        try {
          const { el, context } = await mount(kit);
          await exercise(el, kit, context);
          el.remove();
          const { connection } = kit;
          const released = () => {
            const stats = connection.stats();
            return stats.listeners === baseline.listeners && stats.hostSubscriptions === baseline.hostSubscriptions && stats.pendingRequests === 0;
          };
          await waitFor(released, 'the listeners and host subscriptions to go');
          expect(connection.stats()).to.include({ listeners: baseline.listeners, hostSubscriptions: baseline.hostSubscriptions, pendingRequests: 0 });
          expect(census.live(), 'live timers').to.equal(0);
        } finally {
          census.restore();
        }
      });
    });
  });
}
