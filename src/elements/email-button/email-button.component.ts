import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { UserData } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { hasSlottedContent, renderActionButton } from '../shared/action-button.js';
import { InvalidJson, jsonObjectAttribute } from '../shared/attributes.js';
import { normaliseEmailAddress } from '../shared/phone.js';
import { emailButtonStyles } from './email-button.styles.js';
import { emailTerms } from '../../i18n/en/email.js';

const REQUEST = 'email.create';

const MAIL_ICON = 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.2V17h16V7.2l-8 5.3zM5.3 7 12 11.4 18.7 7z';

/**
 * A button that opens a new outbound e-mail in Agent Desktop (`email.create`). It validates the
 * address (a `mailto:` link works too), shows a busy state while the desktop works, and explains
 * why it can't act (not connected, not allowed, failed).
 *
 * @summary Click-to-e-mail button.
 * @tag wwe-email-button
 *
 * @slot - The label. Default: "E-mail {address}", localized.
 *
 * @fires {{ address: string; userData?: Record<string, unknown> }} wwe-email - The desktop opened the new e-mail.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - Creating the e-mail failed or the input is invalid.
 *
 * @csspart button - The native button.
 * @csspart icon - The envelope icon.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-accent-color=#1f6feb] - Background of the button.
 * @cssprop [--wwe-accent-contrast-color=#ffffff] - Text colour of the button.
 * @cssprop [--wwe-radius=6px] - Corner radius.
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Colour of error text.
 */
export class WweEmailButton extends WweElement {
  static override styles = [...WweElement.styles, emailButtonStyles];
  /** @internal */
  protected static override readonly englishTerms = emailTerms;

  /** The recipient, as written (`ana@example.com`, `mailto:ana@example.com`); checked before sending. */
  @property({ reflect: true }) address = '';

  /** Attached data for the new e-mail interaction. Attribute: JSON object. */
  @property({ attribute: 'user-data', converter: jsonObjectAttribute<UserData>('user-data') })
  userData?: UserData;

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;


  /** The address as it will be sent, or undefined when it is not an e-mail address. */
  get normalizedAddress(): string | undefined {
    return normaliseEmailAddress(this.address);
  }

  /** Opens the e-mail now. Resolves true when the desktop accepted, false otherwise (the element shows why). */
  async create(): Promise<boolean> {
    const address = this.normalizedAddress;
    const invalid = this.inputProblem();
    if (invalid || address === undefined) {
      this.actions.fail(REQUEST, new WweError('INVALID_ARGUMENT', REQUEST, invalid ?? this.localize.term('email.invalidAddress')));
      return false;
    }
    const userData = this.userData as UserData | undefined;
    const outcome = await this.actions.run(REQUEST, () => this.desktop.connection.request(REQUEST, userData ? [address, userData] : [address]));
    if (!outcome.ok) return false;
    this.actions.announce(this.localize.term('email.created', { address }));
    emit(this, 'wwe-email', { address, ...(userData ? { userData } : {}) });
    return true;
  }

  /** What is wrong with the inputs, in words, or undefined. */
  private inputProblem(): string | undefined {
    if (this.userData instanceof InvalidJson) return `The user-data attribute is not valid JSON (${this.userData.reason}).`;
    return this.normalizedAddress === undefined ? this.localize.term('email.invalidAddress') : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // New inputs make an old validation error moot.
    if ((changed.has('address') || changed.has('userData')) && this.actions.error?.error.code === 'INVALID_ARGUMENT') {
      this.actions.clearError();
    }
  }

  protected override render() {
    const address = this.normalizedAddress;
    const busy = this.actions.isBusy();
    const unusable = this.disabled || address === undefined || !this.desktop.canRequest(REQUEST);
    const label = this.localize.term('email.label', { address: this.localize.isolate(address ?? this.address) });
    return html`${renderActionButton({
        label,
        iconPath: MAIL_ICON,
        busy,
        unusable,
        slotted: hasSlottedContent(this),
        onActivate: () => void this.create(),
        onSlotChange: () => this.requestUpdate(),
      })}
      ${this.renderStatus(REQUEST)}
      ${this.renderLiveRegion()}`;
  }

}
