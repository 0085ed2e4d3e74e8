import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { configure, isWweError, OPTION_ATTRIBUTES, parseConnectionOptions, recordRequested, WweError, type ChannelStatus, type ConnectionState, type ConnectionStateChange, type WweConnection } from '../../connection/index.js';
import { emit } from '../../events/index.js';
import { DEV } from '../../protocol/dev.js';
import { connectionStateText } from '../shared/status.js';
import { WweElement } from '../shared/wwe-element.js';
import { asWritten, changedOptions, type AttributeOptions } from './connection-options.js';
import { connectionStatusStyles } from './connection-status.styles.js';
import { connectionElementTerms } from '../../i18n/en/connection-element.js';

const CONFIGURE = 'configure';
const RECONNECT = 'connection.reconnect';
const WRITTEN_ATTRIBUTES = new Set(Object.values(OPTION_ATTRIBUTES));

/**
 * Configures the page's one connection to Agent Desktop from attributes, and shows its state with a
 * Reconnect button. For no-code pages: place `<wwe-connection desktop-origin="https://wwe.example.com">`
 * (or `desktop-origins="https://*.example.com"`) before the other elements. Attribute changes apply at once (the connection handshakes again); an
 * invalid value is shown as a coded error and leaves the connection as it was. Attributes never
 * set leave configuration done in code alone; removing one returns that option to its default.
 *
 * @summary Connection settings and status.
 * @tag wwe-connection
 *
 * @fires {{ state: 'idle' | 'connecting' | 'ready' | 'unavailable' | 'error'; previous: 'idle' | 'connecting' | 'ready' | 'unavailable' | 'error'; error?: Error & { code: string; request: string } }} wwe-connection-change - The connection changed state.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - A setting is invalid, or a reconnection failed.
 *
 * @csspart connection - The row with the indicator, the state and the button.
 * @csspart indicator - The coloured dot.
 * @csspart state - The state, in words.
 * @csspart reason - Why the connection is unavailable or in error.
 * @csspart channels - Which channels' events are not arriving while their subscription is retried.
 * @csspart reconnect - The Reconnect button.
 * @csspart status - The line that shows an invalid setting.
 *
 * @cssprop [--wwe-success-color=light-dark(#1b7f3b, #56d364)] - Dot when connected.
 * @cssprop [--wwe-warning-color=light-dark(#9a6700, #e3b341)] - Dot while connecting.
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Dot when unavailable or in error, and error text.
 * @cssprop [--wwe-radius=6px] - Corner radius of the button.
 */
export class WweConnectionStatus extends WweElement {
  static override styles = [...WweElement.styles, connectionStatusStyles];
  /** @internal */
  protected static override readonly englishTerms = connectionElementTerms;

  /** The desktop's origin, e.g. `https://wwe.example.com`: requests go only there and answers are accepted only from there. */
  @property({ attribute: 'desktop-origin' }) desktopOrigin?: string;

  /**
   * The desktops this page may be in, when `desktop-origin` is not set: origins or wildcards as the
   * whole leftmost label, separated by spaces or commas (`https://wwe.example.com https://*.example.com`).
   * A desktop whose origin matches none is refused (`ORIGIN_UNTRUSTED`): nothing is sent to it.
   * Without it, only a desktop on this machine (`localhost`, `127.0.0.1`) is trusted.
   */
  @property({ attribute: 'desktop-origins' }) desktopOrigins?: string | readonly string[];

  /**
   * Trusts whatever desktop origin the page finds (the page that frames or opens it), with a console
   * warning. Unsafe: any site that frames this page becomes its desktop. Prefer `desktop-origins`.
   */
  @property({ attribute: 'allow-derived-origin', type: Boolean }) allowDerivedOrigin = false;

  /** Default timeout of a request, in milliseconds (the connection's default: 10 000). */
  @property({ type: Number }) timeout?: number;

  /** Timeout of the handshake, in milliseconds (default: `timeout`). */
  @property({ attribute: 'handshake-timeout', type: Number }) handshakeTimeout?: number;

  /** Posts to any origin and trusts any origin of the desktop window. Unsafe: development only. */
  @property({ attribute: 'allow-any-origin', type: Boolean }) allowAnyOrigin = false;

  /** Records the session, redacted, for a bug report (docs/RECORDING.md); `<wwe-event-log>` offers the download. */
  @property({ type: Boolean }) record = false;

  /** What this element last asked of `appliedTo`, so only real changes reconfigure it. */
  private applied: AttributeOptions = {};
  private appliedTo: WweConnection | undefined;
  /** The problem with the attributes last reported as wwe-error. */
  private reported: string | undefined;
  /** Channels whose host subscription failed and waits for its retry. */
  private failing = new Set<string>();

  constructor() {
    super();
    // Applied on change after an update (connecting applies them at once: see connectedCallback).
    this.desktop.select(
      () => [this.desktopOrigin, this.desktopOrigins, this.allowDerivedOrigin, this.timeout, this.handshakeTimeout, this.allowAnyOrigin, this.record, ...[...WRITTEN_ATTRIBUTES].map((name) => this.getAttribute(name))],
      () => () => this.applyOptions(),
    );
    this.desktop.listen((connection) => {
      this.failing = new Set();
      const stopState = connection.onStateChange((change) => this.onStateChange(change));
      const stopChannels = connection.onChannelStatus(({ channel, status }) => this.onChannelStatus(channel, status));
      return () => {
        stopState();
        stopChannels();
      };
    });
  }

  /** The connection's state now. */
  get state(): ConnectionState {
    return this.desktop.connection.state;
  }

  /** Why the connection is `unavailable` or in `error`. */
  get error(): WweError | undefined {
    return this.desktop.connection.error;
  }

  /** Handshakes again. Resolves true when the desktop answered, false otherwise (the element shows why). */
  async reconnect(): Promise<boolean> {
    const outcome = await this.actions.run(RECONNECT, () => this.desktop.connection.reconnect());
    return outcome.ok;
  }

  override connectedCallback(): void {
    // Before the controllers connect: the first request must already use these settings.
    this.applyOptions();
    super.connectedCallback();
  }


  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Lit reads texts the options parser tells apart as one value ("false" and "" are both true,
    // "soon" and "later" both NaN), and a property that did not change renders nothing: read again.
    if (old !== value && WRITTEN_ATTRIBUTES.has(name)) this.requestUpdate();
  }

  /** What the attributes and properties ask for; a bad value keeps what was applied before. */
  private wantedOptions(): { wanted: AttributeOptions; problem: WweError | undefined } {
    const parsed = parseConnectionOptions({
      desktopOrigin: this.desktopOrigin,
      desktopOrigins: this.desktopOrigins,
      allowDerivedOrigin: this.allowDerivedOrigin ? asWritten(this, OPTION_ATTRIBUTES.allowDerivedOrigin, true) : undefined,
      timeout: asWritten(this, OPTION_ATTRIBUTES.timeout, this.timeout),
      handshakeTimeout: asWritten(this, OPTION_ATTRIBUTES.handshakeTimeout, this.handshakeTimeout),
      // Unset, the property is false: that leaves configuration done in code alone.
      allowAnyOrigin: this.allowAnyOrigin ? asWritten(this, OPTION_ATTRIBUTES.allowAnyOrigin, true) : undefined,
      record: this.record ? asWritten(this, OPTION_ATTRIBUTES.record, true) : undefined,
    });
    recordRequested('wwe-connection', parsed);
    const wanted: AttributeOptions = { ...parsed.options };
    for (const { option } of parsed.problems) (wanted as Record<string, unknown>)[option] = this.applied[option];
    const messages = parsed.problems.map(({ error }) => error.message);
    return { wanted, problem: messages.length > 0 ? new WweError('INVALID_ARGUMENT', CONFIGURE, messages.join(' ')) : undefined };
  }

  private applyOptions(): void {
    const connection = this.desktop.connection;
    if (connection !== this.appliedTo) {
      // A new connection (the old one was disposed) knows nothing of our settings.
      this.applied = {};
      this.appliedTo = connection;
    }
    const { wanted, problem } = this.wantedOptions();
    // Reported once per new problem, not at every render.
    const problemChanged = problem?.message !== this.reported;
    this.reported = problem?.message;
    if (problem && problemChanged) this.actions.fail(CONFIGURE, problem);
    const changes = changedOptions(this.applied, wanted);
    let refused = false;
    if (changes) {
      this.applied = wanted;
      try {
        configure(changes);
      } catch (error) {
        refused = true;
        this.actions.fail(CONFIGURE, isWweError(error) ? error : new WweError('INVALID_ARGUMENT', CONFIGURE, String(error), { cause: error }));
      }
    }
    if (!problem && !refused && (changes || problemChanged) && this.actions.error?.action === CONFIGURE) this.actions.clearError();
  }

  private onStateChange({ state, previous, error }: ConnectionStateChange): void {
    // A new epoch or allowed list keeps the state: nothing to announce.
    if (state === previous && !error) return this.requestUpdate();
    this.actions.announce(this.stateText(state, error));
    emit(this, 'wwe-connection-change', { state, previous, ...(error ? { error } : {}) });
    this.requestUpdate();
  }

  private onChannelStatus(channel: string, status: ChannelStatus): void {
    const was = this.failing.has(channel);
    if (status === 'failed') this.failing.add(channel);
    else if (status === 'active' || status === 'inactive') this.failing.delete(channel);
    if (was === this.failing.has(channel)) return;
    if (this.failing.size > 0) this.actions.announce(this.failingText());
    this.requestUpdate();
  }

  private failingText(): string {
    return this.localize.term('connectionElement.channelsFailing', { channels: this.localize.list([...this.failing]) });
  }

  private stateText(state: ConnectionState, error: WweError | undefined): string {
    return connectionStateText(this.localize, state, error);
  }

  protected override render() {
    const { state, error } = this;
    const busy = this.actions.isBusy(RECONNECT);
    const invalid = this.actions.error?.action === CONFIGURE ? this.actions.error.error : undefined;
    return html`<div class="connection" part="connection" role="group" aria-label=${this.localize.term('connectionElement.label')}>
        <span class="indicator indicator--${state}" part="indicator" aria-hidden="true"></span>
        <span class="state" part="state">${this.stateText(state, error)}</span>
        <button class="button" part="reconnect" type="button" aria-busy=${busy ? 'true' : 'false'} ?disabled=${busy} @click=${() => void this.reconnect()}>
          ${this.localize.term('connectionElement.reconnect')}
        </button>
        ${error
          ? html`<span class="reason" part="reason"
              >${this.localize.term(`error.${error.code}`)}${
                // Production messages are short tags ("not framed"), not sentences: the translated line says it all.
                DEV ? html` <q>${error.message}</q>` : nothing
              }</span
            >`
          : nothing}
        ${this.failing.size > 0 ? html`<span class="reason" part="channels">${this.failingText()}</span>` : nothing}
      </div>
      ${invalid
        ? html`<div class="status status--error" part="status" role="alert">
            <span>${this.localize.term(`error.${invalid.code}`)} <q>${invalid.message}</q></span>
            <button class="link-button" type="button" @click=${() => this.actions.clearError()}>${this.localize.term('status.dismiss')}</button>
          </div>`
        : nothing}
      ${this.renderLiveRegion()}`;
  }
}
