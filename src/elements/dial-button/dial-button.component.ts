import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { UserData } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { hasSlottedContent, renderActionButton } from '../shared/action-button.js';
import { InvalidJson, jsonObjectAttribute } from '../shared/attributes.js';
import { normalisePhoneNumber } from '../shared/phone.js';
import { dialButtonStyles } from './dial-button.styles.js';
import { dialTerms } from '../../i18n/en/dial.js';

const PHONE_ICON = 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z';

/**
 * A button that dials a number through Agent Desktop (`voice.dial`, or `voice.dialEx` when
 * extensions are given). It validates and normalises the number, shows a busy state while the
 * desktop works, and explains why it can't dial (not connected, not allowed, failed).
 *
 * @summary Click-to-dial button.
 * @tag wwe-dial-button
 *
 * @slot - The label. Default: "Call {number}", localized.
 *
 * @fires {{ number: string; userData?: Record<string, unknown>; extensions?: Record<string, string> }} wwe-dial - The desktop accepted the dial.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - Dialing failed or the input is invalid; `error` is a WweError.
 *
 * @csspart button - The native button.
 * @csspart icon - The phone icon.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-accent-color=#1f6feb] - Background of the button.
 * @cssprop [--wwe-accent-contrast-color=#ffffff] - Text colour of the button.
 * @cssprop [--wwe-radius=6px] - Corner radius.
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Colour of error text.
 */
export class WweDialButton extends WweElement {
  static override styles = [...WweElement.styles, dialButtonStyles];
  /** @internal */
  protected static override readonly englishTerms = dialTerms;

  /** The number to dial, as written (`+33 2 98 00 00 00`, `tel:…`); normalised before dialing. */
  @property({ reflect: true }) number = '';

  /** Attached data for the new call. Attribute: JSON object. */
  @property({ attribute: 'user-data', converter: jsonObjectAttribute<UserData>('user-data') })
  userData?: UserData;

  /** Dial extensions; when set, the button uses `voice.dialEx`. Attribute: JSON object. */
  @property({ converter: jsonObjectAttribute<Record<string, string>>('extensions') })
  extensions?: Record<string, string>;

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;


  /** The number as it will be dialed, or undefined when it is not a phone number. */
  get normalizedNumber(): string | undefined {
    return normalisePhoneNumber(this.number);
  }

  private get request(): 'voice.dial' | 'voice.dialEx' {
    return this.extensions ? 'voice.dialEx' : 'voice.dial';
  }

  /** Dials now. Resolves true when the desktop accepted, false otherwise (the element shows why). */
  async dial(): Promise<boolean> {
    const request = this.request;
    const number = this.normalizedNumber;
    const invalid = this.inputProblem();
    if (invalid || number === undefined) {
      this.actions.fail(request, new WweError('INVALID_ARGUMENT', request, invalid ?? this.localize.term('dial.invalidNumber')));
      return false;
    }
    const userData = this.userData as UserData | undefined;
    const extensions = this.extensions as Record<string, string> | undefined;
    this.actions.announce(this.localize.term('dial.dialing', { number }));
    const outcome = await this.actions.run(request, () =>
      extensions ? this.desktop.connection.request('voice.dialEx', [number, userData ?? {}, extensions]) : this.desktop.connection.request('voice.dial', userData ? [number, userData] : [number]),
    );
    if (!outcome.ok) return false;
    this.actions.announce(this.localize.term('dial.dialed', { number }));
    emit(this, 'wwe-dial', { number, ...(userData ? { userData } : {}), ...(extensions ? { extensions } : {}) });
    return true;
  }

  /** What is wrong with the inputs, in words, or undefined. */
  private inputProblem(): string | undefined {
    for (const value of [this.userData, this.extensions]) {
      if (value instanceof InvalidJson) return `The ${value.attribute} attribute is not valid JSON (${value.reason}).`;
    }
    return this.normalizedNumber === undefined ? this.localize.term('dial.invalidNumber') : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New inputs make an old validation error moot.
    if ((changed.has('number') || changed.has('userData') || changed.has('extensions')) && this.actions.error?.error.code === 'INVALID_ARGUMENT') {
      this.actions.clearError();
    }
  }

  protected override render() {
    const number = this.normalizedNumber;
    const busy = this.actions.isBusy();
    const unusable = this.disabled || number === undefined || !this.desktop.canRequest(this.request);
    const label = this.localize.term('dial.label', { number: this.localize.isolate(number ?? this.number) });
    return html`${renderActionButton({
        label,
        iconPath: PHONE_ICON,
        busy,
        unusable,
        slotted: hasSlottedContent(this),
        onActivate: () => void this.dial(),
        onSlotChange: () => this.requestUpdate(),
      })}
      ${this.renderStatus(this.request)}
      ${this.renderLiveRegion()}`;
  }

}
