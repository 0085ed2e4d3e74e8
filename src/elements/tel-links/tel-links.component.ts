import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { UserData } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { InvalidJson, jsonObjectAttribute } from '../shared/attributes.js';
import { normalisePhoneNumber } from '../shared/phone.js';
import { markTelLinks, telLinkOf } from './tel-link.js';
import { telLinksStyles } from './tel-links.styles.js';
import { dialTerms } from '../../i18n/en/dial.js';

const REQUEST = 'voice.dial';

/**
 * Wraps page content and makes every `tel:` link inside it (its light DOM, links added later
 * included) dial through Agent Desktop (`voice.dial`): a click, or Enter on the focused link, dials
 * the normalised number instead of following the link, and the link text stays as it is. Outside a
 * desktop (not connected, or `voice.dial` not allowed) the links keep their normal behaviour, so the
 * page's own `tel:` handler still works. Each link it dials through the desktop carries a
 * `data-wwe-dial` attribute with the number, for styling.
 *
 * @summary Turns the `tel:` links of its content into desktop dialing.
 * @tag wwe-tel-links
 *
 * @slot - The content whose `tel:` links dial through the desktop.
 *
 * @fires {{ number: string; userData?: Record<string, unknown> }} wwe-dial - The desktop accepted a dial.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - Dialing failed, or the link or the user data is invalid.
 *
 * @csspart status - The line, after the content, that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Colour of error text.
 * @cssprop [--wwe-muted-color] - Colour of the status line; default: the text colour at 65 %.
 */
export class WweTelLinks extends WweElement {
  static override styles = [...WweElement.styles, telLinksStyles];
  /** @internal */
  protected static override readonly englishTerms = dialTerms;

  /** Attached data for every call dialed from a link. Attribute: JSON object. */
  @property({ attribute: 'user-data', converter: jsonObjectAttribute<UserData>('user-data') })
  userData?: UserData;

  private observer: MutationObserver | undefined;

  /** Whether link activations go to the desktop now; otherwise links behave as plain links. */
  get dialsThroughDesktop(): boolean {
    return this.desktop.canRequest(REQUEST);
  }

  /**
   * Dials `number` (as written, or a `tel:` URI) with the element's user data. Resolves true when the
   * desktop accepted, false otherwise (the element shows why).
   */
  async dial(number: string): Promise<boolean> {
    const dialable = normalisePhoneNumber(number);
    if (this.userData instanceof InvalidJson) {
      this.actions.fail(REQUEST, new WweError('INVALID_ARGUMENT', REQUEST, `The user-data attribute is not valid JSON (${this.userData.reason}).`));
      return false;
    }
    if (dialable === undefined) {
      this.actions.fail(REQUEST, new WweError('INVALID_ARGUMENT', REQUEST, this.localize.term('dial.invalidNumber')));
      return false;
    }
    const userData = this.userData;
    this.actions.announce(this.localize.term('dial.dialing', { number: dialable }));
    const outcome = await this.actions.run(REQUEST, () => this.desktop.connection.request(REQUEST, userData ? [dialable, userData] : [dialable]));
    if (!outcome.ok) return false;
    this.actions.announce(this.localize.term('dial.dialed', { number: dialable }));
    emit(this, 'wwe-dial', { number: dialable, ...(userData ? { userData } : {}) });
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    // Links added, removed or re-pointed later get (or lose) their marker.
    this.observer = new MutationObserver(() => this.markLinks());
    this.observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
    this.markLinks();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    this.observer?.disconnect();
    this.observer = undefined;
    markTelLinks(this, () => undefined, false);
  }

  protected override updated(): void {
    // Readiness or permissions may have changed: the markers follow.
    this.markLinks();
  }

  private markLinks(): void {
    markTelLinks(this, (link) => normalisePhoneNumber(link.getAttribute('href')), this.dialsThroughDesktop);
  }

  private readonly onClick = (event: MouseEvent): void => {
    // Modified and secondary clicks (new tab, copy) keep their browser meaning.
    if (event.defaultPrevented || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = telLinkOf(event, this);
    if (!link || !this.dialsThroughDesktop) return;
    event.preventDefault();
    // A second activation while the first dial is in flight would dial twice.
    if (this.actions.isBusy(REQUEST)) return;
    void this.dial(link.getAttribute('href')!);
  };

  protected override render() {
    return html`<slot></slot>${this.renderStatus(REQUEST)}${this.renderLiveRegion()}`;
  }
}
