import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FrameId } from '../../../protocol/index.js';
import type { HostedAppSpec } from '../apps.js';
import { icon } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { appFrameStyles } from './app-frame.styles.js';
import type { FirstContact } from '../first-contact.js';
import { FrameRegistration } from './registration.js';
import { PopupWatch } from './popup-watch.js';

/**
 * One hosted page, shown the way its `kind` says: an iframe (tab, interaction view, hidden frame)
 * or a popup window the agent opens. Its window is registered with the engine when the page loads
 * or first talks (see FirstContact), whichever comes first: a page's module scripts often send
 * their first request before the `load` event, and a popup gives no load event to its opener.
 */
export class WweSimAppFrame extends ShellPanel {
  static override styles = [...ShellPanel.styles, appFrameStyles];

  /** The page to host. */
  @property({ attribute: false }) app?: HostedAppSpec;

  /** Reflects the app's kind, so a hidden frame takes no room. */
  @property({ reflect: true }) kind?: string;

  @state() private popupOpen = false;

  @query('iframe') private iframe?: HTMLIFrameElement;

  private registration?: FrameRegistration;
  private readonly popup = new PopupWatch(this, () => {
    this.registration?.remove();
    this.popupOpen = false;
  });

  /** The frameId the desktop currently gives this page. */
  get frameId(): FrameId | undefined {
    return this.registration?.currentId();
  }

  /** The hosted page's window (the iframe's, or the popup's while open). */
  get hostedWindow(): Window | null {
    return this.app?.kind === 'popup' ? this.popup.window : (this.iframe?.contentWindow ?? null);
  }

  /** The shell's first-contact hook: registers this page when it sends its first message. */
  @property({ attribute: false }) contacts?: FirstContact;

  private stopClaiming?: () => void;
  private readonly claim = (source: MessageEventSource) => {
    if (source === this.hostedWindow) this.ensureRegistered();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopClaiming = this.contacts?.add(this.claim);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopClaiming?.();
    this.stopClaiming = undefined;
    this.registration?.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('app')) this.kind = this.app?.kind;
    if (changed.has('contacts') && this.isConnected) {
      this.stopClaiming?.();
      this.stopClaiming = this.contacts?.add(this.claim);
    }
    if ((changed.has('engine') || changed.has('app')) && this.engine && this.app) {
      this.registration?.remove();
      this.registration = new FrameRegistration(this.engine, this.app);
    }
  }

  /**
   * A reload keeps the window (and its frameId): a new frameId would tell the page the desktop
   * reloaded. The reloaded page subscribes again; the frame gets one copy of each event anyway.
   */
  private ensureRegistered(): void {
    const win = this.hostedWindow;
    if (win && this.registration && !this.registration.isFor(win)) this.registration.register(win);
  }

  private onLoad(): void {
    this.ensureRegistered();
    this.requestUpdate();
  }

  private openPopup(app: HostedAppSpec): void {
    if (this.popup.focus()) return;
    const win = this.popup.open(app.url, app.label);
    if (!win) {
      this.act(() => {
        throw new Error(`The browser blocked the popup window of '${app.label}'`);
      });
      return;
    }
    this.popupOpen = true;
  }

  private reload(): void {
    if (this.iframe && this.app) this.iframe.src = this.app.url;
  }

  private renderCaption(app: HostedAppSpec) {
    const frameId = this.frameId;
    return html`<div class="caption">
      ${icon('window')}<strong>${app.label}</strong>
      <span class="url" title=${app.url}>${app.url}</span>
      ${frameId !== undefined ? html`<span class="badge" title="frameId">${frameId}</span>` : nothing}
      <button class="icon-btn" aria-label="Reload ${app.label}" @click=${this.reload}>${icon('refresh')}</button>
    </div>`;
  }

  override render() {
    const app = this.app;
    if (!app) return nothing;
    if (app.kind === 'popup') {
      const frameId = this.popupOpen ? this.frameId : undefined;
      return html`<button class="btn small" title="Opens ${app.url} in a popup window, as a desktop popup view" @click=${() => this.openPopup(app)}>
        ${icon('external')}${app.label}${frameId !== undefined ? html`<span class="badge">${frameId}</span>` : nothing}
      </button>`;
    }
    return html`${app.kind === 'hidden' ? nothing : this.renderCaption(app)}
      <iframe title=${app.label} src=${app.url} @load=${this.onLoad}></iframe>`;
  }
}
