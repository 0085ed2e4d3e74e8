import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { WweError } from '../../connection/index.js';
import { SerialQueue } from '../../controllers/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { jsonArrayAttribute, jsonObjectAttribute } from '../shared/attributes.js';
import { contentChanges, toastContent, type ToastContent } from './toast-params.js';
import { followedToast, toastNews, type FollowedToast } from './toast-news.js';
import { toastTriggerStyles } from './toast-trigger.styles.js';
import { toastTerms } from '../../i18n/en/toast.js';

const POPUP = 'system.popupToast';
const UPDATE = 'system.updateToast';
const CLOSE = 'system.closeToast';
const CONTENT_PROPERTIES = ['toastTitle', 'subject', 'message', 'iconUrl', 'buttons', 'keyValues', 'autoClose'] as const;

/**
 * Pops a toast on Agent Desktop (`system.popupToast`), keeps it in step with the element's
 * attributes while it is open (`system.updateToast`, at most one per task), and closes it
 * (`system.closeToast`). The agent's button clicks come back as events. Toast text is sent as data
 * and never interpreted as HTML by the kit.
 *
 * @summary Desktop toast (notification) trigger.
 * @tag wwe-toast-trigger
 *
 * @slot - The label of the trigger button. Default: "Show notification", localized.
 *
 * @fires {{ toastId: string }} wwe-toast-open - The desktop showed the toast.
 * @fires {{ toastId: string; button: string }} wwe-toast-button-click - The agent clicked a button of the toast.
 * @fires {{ toastId: string; reason: 'element' | 'desktop' }} wwe-toast-close - The toast closed.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - Showing, updating or closing failed, or an attribute is invalid.
 *
 * @csspart button - The trigger button.
 * @csspart close - The button that closes the open toast.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-accent-color=#1f6feb] - Background of the trigger button.
 * @cssprop [--wwe-accent-contrast-color=#ffffff] - Text colour of the trigger button.
 * @cssprop [--wwe-radius=6px] - Corner radius.
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Colour of error text.
 */
export class WweToastTrigger extends WweElement {
  static override styles = [...WweElement.styles, toastTriggerStyles];
  /** @internal */
  protected static override readonly englishTerms = toastTerms;

  constructor() {
    super();
    this.desktop.watch(['toasts']);
    this.desktop.select(
      () => this.followed(),
      (next, previous) => this.toastChanged(next, previous),
    );
  }

  /** Title of the toast. (`title` would be the element's own tooltip.) */
  @property({ attribute: 'toast-title' }) toastTitle?: string;

  /** Subject line of the toast. */
  @property() subject?: string;

  /** Text of the toast; `\n` breaks lines. */
  @property() message?: string;

  /** Address of the toast's icon. */
  @property({ attribute: 'icon-url' }) iconUrl?: string;

  /** Button labels. Attribute: JSON array, e.g. `buttons='["Accept","Decline"]'`. */
  @property({ converter: jsonArrayAttribute<string>('buttons') }) buttons?: string[];

  /** Key/value lines shown in the toast. Attribute: JSON object of texts. */
  @property({ attribute: 'key-values', converter: jsonObjectAttribute<Record<string, string>>('key-values') })
  keyValues?: Record<string, string>;

  /** Milliseconds before the desktop closes the toast by itself; 0 or absent keeps it open. */
  @property({ attribute: 'auto-close', type: Number }) autoClose?: number;

  /** Renders no button, only the status line and live region: the page drives the toast from code. */
  @property({ type: Boolean, reflect: true }) headless = false;

  /** The id of the open toast (e.g. `wweCustomToast0`); absent while none is open. */
  @property({ attribute: 'toast-id', reflect: true }) toastId?: string;

  private readonly queue = new SerialQueue(this);
  /** What the desktop's toast shows: its opening parameters merged with every update sent. */
  private sent: ToastContent = {};
  /** The toast this element is closing; the store's record of it closing is not a desktop close. */
  private closingId: string | undefined;

  /** Whether the toast is open, as far as the page knows (the desktop does not report a dismissal). */
  get isOpen(): boolean {
    return this.toastId !== undefined && this.desktop.state.toasts.get(this.toastId)?.open !== false;
  }

  /**
   * Shows the toast with the current attributes; when it is already open, brings it up to date.
   * Resolves with the toast id, or undefined when that failed (the element shows why).
   */
  show(): Promise<string | undefined> {
    return this.queue.run(async () => (this.isOpen ? ((await this.sendChanges()) ? this.toastId : undefined) : this.popup()));
  }

  /**
   * Applies `changes` to the element (`title` sets `toastTitle`, `autoCloseTimeout` sets `autoClose`)
   * and sends them to the open toast. Resolves true when the desktop took them, false when no toast
   * is open (the changes still apply to the next `show()`) or the update failed (the element shows why).
   */
  updateToast(changes: Partial<ToastContent> = {}): Promise<boolean> {
    if ('title' in changes) this.toastTitle = changes.title;
    if ('subject' in changes) this.subject = changes.subject;
    if ('message' in changes) this.message = changes.message;
    if ('iconUrl' in changes) this.iconUrl = changes.iconUrl;
    if ('buttons' in changes) this.buttons = changes.buttons;
    if ('keyValues' in changes) this.keyValues = changes.keyValues;
    if ('autoCloseTimeout' in changes) this.autoClose = changes.autoCloseTimeout;
    return this.queue.run(() => this.sendChanges());
  }

  /** Closes the toast. Resolves true when none is open any more, false when closing failed (the element shows why). */
  close(): Promise<boolean> {
    return this.queue.run(async () => {
      const id = this.toastId;
      if (id === undefined) return true;
      this.closingId = id;
      const outcome = await this.actions.run(CLOSE, () => this.desktop.store.closeToast(id));
      this.closingId = undefined;
      if (!outcome.ok) return false;
      if (this.toastId === id) this.forget(id, 'element');
      return true;
    });
  }

  private readonly onCloseClick = async (): Promise<void> => {
    // The close button goes away with the toast: keep keyboard users on the trigger.
    if (await this.close()) this.renderRoot.querySelector<HTMLElement>('[part="button"]')?.focus();
  };

  /** The content the attributes describe, or undefined after reporting what is wrong with it. */
  private content(action: string): ToastContent | undefined {
    const built = toastContent({
      title: this.toastTitle,
      subject: this.subject,
      message: this.message,
      iconUrl: this.iconUrl,
      buttons: this.buttons,
      keyValues: this.keyValues,
      autoCloseTimeout: this.autoClose,
    });
    if ('content' in built) return built.content;
    this.actions.fail(action, new WweError('INVALID_ARGUMENT', action, built.problem));
    return undefined;
  }

  private async popup(): Promise<string | undefined> {
    const content = this.content(POPUP);
    if (!content) return undefined;
    const outcome = await this.actions.run(POPUP, () => this.desktop.store.popupToast(content));
    if (!outcome.ok) return undefined;
    const toastId = outcome.value;
    this.toastId = toastId;
    this.sent = content;
    this.actions.announce(this.localize.term('toast.opened'));
    emit(this, 'wwe-toast-open', { toastId });
    return toastId;
  }

  private async sendChanges(): Promise<boolean> {
    const id = this.toastId;
    if (id === undefined || !this.isOpen) return false;
    const content = this.content(UPDATE);
    if (!content) return false;
    const changes = contentChanges(this.sent, content);
    if (!changes) return true;
    const outcome = await this.actions.run(UPDATE, () => this.desktop.store.updateToast(id, changes));
    // A failed update is retried with the next change or show(): `sent` still says what the desktop has.
    if (!outcome.ok) return false;
    this.sent = { ...this.sent, ...changes };
    return true;
  }

  private forget(toastId: string, reason: 'element'): void {
    this.toastId = undefined;
    this.actions.announce(this.localize.term('toast.closed'));
    emit(this, 'wwe-toast-close', { toastId, reason });
  }

  /** What the store knows of the toast this element follows. */
  private followed(): FollowedToast {
    return followedToast(this.toastId, this.desktop.state.toasts);
  }

  /** Announces what the store learnt about the toast (clicks, closing); fires it once rendered. */
  private toastChanged(next: FollowedToast, previous: FollowedToast | undefined): (() => void) | undefined {
    const id = next.id;
    const { clicked, closedByDesktop } = toastNews(next, previous, this.closingId);
    if (id === undefined || (clicked === undefined && !closedByDesktop)) return undefined;
    if (clicked !== undefined) this.actions.announce(this.localize.term('toast.clicked', { button: clicked }));
    if (closedByDesktop) {
      this.toastId = undefined;
      this.actions.announce(this.localize.term('toast.closed'));
    }
    return () => {
      if (clicked !== undefined) emit(this, 'wwe-toast-button-click', { toastId: id, button: clicked });
      if (closedByDesktop) emit(this, 'wwe-toast-close', { toastId: id, reason: 'desktop' });
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.toastId !== undefined) this.queue.runSoon(() => this.sendChanges());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const contentChanged = CONTENT_PROPERTIES.some((name) => changed.has(name));
    if (contentChanged && this.actions.error?.error.code === 'INVALID_ARGUMENT') this.actions.clearError();
    if (contentChanged && this.hasUpdated && this.isOpen) this.queue.runSoon(() => this.sendChanges());
  }

  protected override render() {
    const busy = this.actions.isBusy();
    const open = this.isOpen;
    const buttons = html`<div class="actions">
      <button
        class="button button--primary"
        part="button"
        type="button"
        aria-busy=${busy ? 'true' : 'false'}
        ?disabled=${busy || !this.desktop.canRequest(open ? UPDATE : POPUP)}
        @click=${() => void this.show()}
      >
        <slot>${this.localize.term('toast.show')}</slot>
      </button>
      ${open
        ? html`<button class="button" part="close" type="button" ?disabled=${busy || !this.desktop.canRequest(CLOSE)} @click=${this.onCloseClick}>
            ${this.localize.term('toast.close')}
          </button>`
        : nothing}
    </div>`;
    return html`${this.headless ? nothing : buttons}
      ${this.renderStatus(POPUP)}
      ${this.renderLiveRegion()}`;
  }
}
