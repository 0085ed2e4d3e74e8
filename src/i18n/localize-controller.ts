import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clockDuration } from '../format/index.js';
import { type TermKey } from './en.js';
import { addEnglish, formatTerm, loadTranslation, onTranslationsChange, translationChain, type Term } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Intl formatters are costly to build and an element may format on every render (a log of 200
 * entries): one per language and options, shared by every element.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

const formatterKey = (kind: 'number' | 'date' | 'list', lang: string, options: object | undefined) => `${kind}|${lang}|${JSON.stringify(options ?? {})}`;

function formatter<T extends Formatter>(kind: 'number' | 'date' | 'list', lang: string, options: object | undefined, make: () => T): T {
  const key = formatterKey(kind, lang, options);
  let cached = formatters.get(key) as T | undefined;
  if (!cached) {
    cached = make();
    formatters.set(key, cached);
  }
  return cached;
}

const TWO_DIGITS: Intl.NumberFormatOptions = { minimumIntegerDigits: 2, useGrouping: false };

/**
 * The first Intl formatter a fresh frame builds costs tens of milliseconds (ICU loads: 35–45 ms
 * in the startup bench, on the render that first shows a call). So a language's clock is drawn
 * with plain digits until its formatters are built, in a task after the next frame, and the hosts
 * that drew one then render again in the language's digits (issue #12: Intl off the first render).
 * Languages written in Latin digits look the same either way.
 */
const clockWaiting = new Map<string, Set<Host>>();

/** Whether `lang`'s clock formatters are built (by a clock or by `number()`); if not, `host` renders again once they are. */
function clockReady(lang: string, host: Host): boolean {
  if (formatters.has(formatterKey('number', lang, undefined)) && formatters.has(formatterKey('number', lang, TWO_DIGITS))) return true;
  const waiting = clockWaiting.get(lang);
  if (waiting) {
    waiting.add(host);
    return false;
  }
  const hosts = new Set([host]);
  clockWaiting.set(lang, hosts);
  const build = () => {
    if (clockWaiting.get(lang) !== hosts) return;
    clockWaiting.delete(lang);
    formatter('number', lang, undefined, () => new Intl.NumberFormat(lang));
    formatter('number', lang, TWO_DIGITS, () => new Intl.NumberFormat(lang, TWO_DIGITS));
    for (const waitingHost of hosts) waitingHost.requestUpdate();
  };
  // After the next frame; a hidden frame may get no frame, so a timer too.
  requestAnimationFrame(() => setTimeout(build));
  setTimeout(build, 250);
  return false;
}

/** Hosts to refresh when any `lang` or `dir` attribute changes anywhere in the document. */
const connectedHosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connectedHosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Gives an element its language: the `lang` of its nearest ancestor (or its own), else the
 * document's, following changes at run time. Terms come from the registry, with per-element
 * overrides (`strings`) first.
 */
export class LocalizeController implements ReactiveController {
  private currentLang = 'en';
  private currentDir: 'ltr' | 'rtl' = 'ltr';
  private stopRegistry?: () => void;

  constructor(
    private readonly host: Host,
    /** Per-element overrides, read at each lookup. */
    private readonly overrides: () => Partial<Record<TermKey, Term>> | undefined = () => undefined,
    /**
     * The English of the terms this host uses beyond the shared ones (connection, status, error),
     * e.g. `dialTerms`, or `en` for all: English is the last fallback of every language, and each
     * element brings its own rather than all of them.
     */
    english?: Partial<Record<TermKey, Term>>,
  ) {
    if (english) addEnglish(english);
    host.addController(this);
  }

  get lang(): string {
    return this.currentLang;
  }

  /** The direction of the nearest `dir`, for arrow keys and icons. */
  get dir(): 'ltr' | 'rtl' {
    return this.currentDir;
  }

  hostConnected(): void {
    connectedHosts.add(this);
    watchDocument();
    this.stopRegistry = onTranslationsChange(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this);
    this.stopRegistry?.();
  }

  /** Re-reads lang and dir; re-renders the host when either changed. */
  refresh(): void {
    const langSource = this.host.closest<HTMLElement>('[lang]');
    const lang = langSource?.lang || document.documentElement.lang || 'en';
    const dirSource = this.host.closest<HTMLElement>('[dir]');
    const dir = (dirSource?.dir || document.documentElement.dir) === 'rtl' ? 'rtl' : 'ltr';
    if (lang !== this.currentLang || dir !== this.currentDir) {
      this.currentLang = lang;
      this.currentDir = dir;
      this.host.requestUpdate();
      // Shipped languages load on first use; the registry's change notice re-renders the host.
      void loadTranslation(lang);
    }
  }

  term(key: TermKey, params: Record<string, string | number> = {}): string {
    const override = this.overrides()?.[key];
    if (override !== undefined) return formatTerm(override, params);
    for (const translation of translationChain(this.currentLang)) {
      const term = translation.terms[key];
      if (term !== undefined) return formatTerm(term, params);
    }
    return key;
  }

  /**
   * `text` isolated from the surrounding direction (FSI … PDI) when the element is right to left:
   * a phone number or an address inside an Arabic or Hebrew sentence keeps its own order.
   */
  isolate(text: string): string {
    return this.currentDir === 'rtl' ? `\u2068${text}\u2069` : text;
  }

  /**
   * The term of a key built from a desktop value (`info.state.${state}`), or `fallback` (the value
   * as sent) for values the kit has no term for.
   */
  termOr(key: string, fallback: string): string {
    const text = this.term(key as TermKey);
    return text === key ? fallback : text;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const lang = this.currentLang;
    return formatter('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
  }

  /** A duration as a clock, `m:ss` or `h:mm:ss`, with the language's digits (the shell's format). */
  duration(milliseconds: number): string {
    if (!clockReady(this.currentLang, this.host)) return clockDuration(milliseconds, (value, twoDigits) => String(value).padStart(twoDigits ? 2 : 1, '0'));
    return clockDuration(milliseconds, (value, twoDigits) => this.number(value, twoDigits ? TWO_DIGITS : undefined));
  }

  /** Items joined as the language joins a list ("agent, interaction and media"). */
  list(items: readonly string[]): string {
    const lang = this.currentLang;
    return formatter('list', lang, undefined, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);
  }

  dateTime(value: number | Date, options: Intl.DateTimeFormatOptions = { timeStyle: 'medium' }): string {
    const lang = this.currentLang;
    return formatter('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(value);
  }
}
