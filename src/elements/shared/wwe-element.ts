import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ActionController, DesktopController } from '../../controllers/index.js';
// Not the i18n index, which also exports every element's English (`en`).
import type { TermKey } from '../../i18n/en.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { Term } from '../../i18n/registry.js';
import { baseStyles } from './base.styles.js';
import { statusLine } from './status.js';

/**
 * What every kit element shares: its binding to the desktop (connection, store, listeners, all
 * released when it leaves), its strings (localized, overridable per element), its actions (busy,
 * errors, announcements), the status line, and an idempotent `define`. Elements add the rest:
 * `TargetController`, `ChannelController`, and `desktop.select` for transitions.
 */
export class WweElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Registers the element under `name`, unless that name is taken (a second copy or version of the
   * kit on the page): then the first definition stays and nothing throws.
   */
  static define(name: string, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(name)) registry.define(name, this);
  }

  /** Overrides of built-in strings for this element only, e.g. `{ 'dial.label': 'Appeler {number}' }`. */
  @property({ attribute: false }) strings?: Partial<Record<TermKey, Term>>;

  /** The English of this element's own terms (`en/<group>.ts`); the shared ones come with the controller. */
  protected static readonly englishTerms?: Partial<Record<TermKey, Term>>;

  protected readonly localize = new LocalizeController(this, () => this.strings, (this.constructor as typeof WweElement).englishTerms);
  protected readonly actions = new ActionController(this);
  protected readonly desktop = new DesktopController(this);

  /**
   * The line saying why the element can't act (the connection, a denial of `request` by the
   * desktop, the last error), or nothing when all is well.
   */
  protected renderStatus(request?: string): TemplateResult | typeof nothing {
    return statusLine({ desktop: this.desktop, actions: this.actions, localize: this.localize, ...(request ? { request } : {}) });
  }

  /** The polite live region each element renders once, for announcements. */
  protected renderLiveRegion(): TemplateResult {
    return html`<span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.actions.liveText}</span>`;
  }
}
