import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SimulatorEngine, type DesktopSnapshot, type SimulatorOptions } from '../../engine/index.js';
import { acceptedOriginsFor, normalizeApps, parseApps, type HostedAppSpec } from '../apps.js';
import type { DrawerDetail, DrawerName, FocusDetail, NoticeDetail } from '../events.js';
import { icon } from '../icons.js';
import { tabStripStyles } from '../tabs.styles.js';
import { themeStyles } from '../theme.styles.js';
import { FirstContact } from '../first-contact.js';
import { desktopSimulatorStyles } from './desktop-simulator.styles.js';
import { pickFocus } from './focus.js';

const NOTICE_MS = 6000;
const WORKSPACE = 'workspace';

/**
 * A simulated Genesys Agent Desktop you can see and drive: agent state, interactions by case,
 * call and recording controls, attached data, toasts, and the hosted apps in frames (global tabs,
 * interaction-level views, popups, hidden frames), plus scenarios, faults and a protocol
 * inspector. It runs a SimulatorEngine (created from `options` unless one is given) and hosts
 * `apps` over real cross-origin postMessage.
 *
 * @summary The Agent Desktop simulator shell.
 * @cssprop --sim-accent - Accent colour; every `--sim-*` token of the theme can be overridden.
 */
export class WweDesktopSimulator extends LitElement {
  static override styles = [themeStyles, tabStripStyles, desktopSimulatorStyles];

  /** The engine to drive. When not set before connection, the shell creates (and owns) one. */
  @property({ attribute: false }) engine?: SimulatorEngine;

  /** Options of the engine the shell creates. */
  @property({ attribute: false }) options: SimulatorOptions = {};

  /** The hosted apps. Attribute: JSON array of `{ url, kind, label }`. */
  @property({ converter: { fromAttribute: parseApps } }) apps: HostedAppSpec[] = [];

  /**
   * `accepted-web-content-origins` of the created engine. Default: the apps' origins, as a
   * desktop configured for exactly those apps.
   */
  @property({ attribute: 'accepted-origins' }) acceptedOrigins?: string;

  /** The side panel shown, if any. */
  @property({ reflect: true }) drawer?: DrawerName;

  /** A warning about how the simulator was opened (a cut `?app=`), shown until dismissed. */
  @property({ attribute: false }) warning?: string;

  @state() private snapshot?: DesktopSnapshot;
  @state() private focused?: string;
  @state() private view = WORKSPACE;
  @state() private notice?: string;

  private owned = false;
  private unsubscribe?: () => void;
  private refreshQueued = false;
  private lastSelectedCase?: string;
  private noticeTimer?: ReturnType<typeof setTimeout>;
  private hosted: HostedAppSpec[] = [];
  private readonly contacts = new FirstContact();

  constructor() {
    super();
    this.addEventListener('wwe-sim-notice', (event: CustomEvent<NoticeDetail>) => this.showNotice(event.detail.message));
    this.addEventListener('wwe-sim-drawer', (event: CustomEvent<DrawerDetail>) => (this.drawer = event.detail.drawer));
    this.addEventListener('wwe-sim-focus', (event: CustomEvent<FocusDetail>) => (this.focused = event.detail.interactionId));
  }

  /** The accepted-origins option the desktop starts with. */
  get configuredOrigins(): string {
    return this.acceptedOrigins ?? this.options.acceptedOrigins ?? (acceptedOriginsFor(this.hosted) || '*');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the engine starts listening: see FirstContact.
    window.addEventListener('message', this.contacts.listener);
    this.hosted = normalizeApps(this.apps);
    if (!this.engine) {
      this.engine = new SimulatorEngine({ ...this.options, acceptedOrigins: this.configuredOrigins });
      this.owned = true;
    }
    this.attach(this.engine);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.contacts.listener);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.noticeTimer);
    // An engine the shell made is the shell's to end; one handed in belongs to the caller.
    if (this.owned) {
      this.engine?.dispose();
      this.engine = undefined;
      this.owned = false;
    }
  }

  private attach(engine: SimulatorEngine): void {
    this.unsubscribe?.();
    engine.start();
    this.unsubscribe = engine.onChange((kind) => kind === 'model' && this.queueRefresh());
    this.snapshot = engine.snapshot();
  }

  /** One snapshot per burst of model changes (an action emits several events). */
  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      if (this.engine) this.snapshot = this.engine.snapshot();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('engine') && this.engine && this.isConnected && !this.owned) this.attach(this.engine);
    if (changed.has('apps')) {
      this.hosted = normalizeApps(this.apps);
      if (this.owned && this.acceptedOrigins === undefined && this.options.acceptedOrigins === undefined) this.engine?.setAcceptedOrigins(this.configuredOrigins);
    }
    if (changed.has('snapshot') && this.snapshot) {
      this.focused = pickFocus(this.snapshot, this.focused, this.lastSelectedCase);
      this.lastSelectedCase = this.snapshot.selectedCaseId;
    }
  }

  private showNotice(message: string): void {
    this.notice = message;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = undefined), NOTICE_MS);
  }

  private appsOf(kind: HostedAppSpec['kind']): HostedAppSpec[] {
    return this.hosted.filter((app) => app.kind === kind);
  }

  private renderFrames(apps: HostedAppSpec[]) {
    return repeat(apps, (app) => app.label, (app) => html`<wwe-sim-app-frame .engine=${this.engine} .snapshot=${this.snapshot} .contacts=${this.contacts} .app=${app}></wwe-sim-app-frame>`);
  }

  override render() {
    const tabs = this.appsOf('tab');
    const views = [{ id: WORKSPACE, label: 'My Workspace' }, ...tabs.map((app) => ({ id: app.label, label: app.label }))];
    const view = views.some((entry) => entry.id === this.view) ? this.view : WORKSPACE;
    return html`
      <wwe-sim-top-bar .engine=${this.engine} .snapshot=${this.snapshot} .drawer=${this.drawer}></wwe-sim-top-bar>
      <div class="body">
        <wwe-sim-interaction-list .engine=${this.engine} .snapshot=${this.snapshot} .focused=${this.focused}></wwe-sim-interaction-list>
        <main>
          <nav aria-label="Views">
            <div role="tablist" aria-label="Views">
              ${views.map(
                (entry, index) => html`<button role="tab" id="view-${index}" aria-controls="viewpanel-${index}" aria-selected=${String(entry.id === view)} @click=${() => (this.view = entry.id)}>
                  ${icon(entry.id === WORKSPACE ? 'workitem' : 'window')}${entry.label}
                </button>`,
              )}
            </div>
            <div class="popups">${this.renderFrames(this.appsOf('popup'))}</div>
          </nav>
          <div role="tabpanel" id="viewpanel-0" aria-labelledby="view-0" ?hidden=${view !== WORKSPACE}>
            <wwe-sim-workspace .engine=${this.engine} .snapshot=${this.snapshot} .interactionId=${this.focused} .contacts=${this.contacts} .apps=${this.appsOf('interaction')}></wwe-sim-workspace>
          </div>
          ${repeat(
            tabs,
            (app) => app.label,
            (app, index) => html`<div role="tabpanel" class="tab-app" id="viewpanel-${index + 1}" aria-labelledby="view-${index + 1}" ?hidden=${view !== app.label}>
              <wwe-sim-app-frame .engine=${this.engine} .snapshot=${this.snapshot} .contacts=${this.contacts} .app=${app}></wwe-sim-app-frame>
            </div>`,
          )}
          ${this.renderFrames(this.appsOf('hidden'))}
        </main>
        <wwe-sim-drawer .engine=${this.engine} .snapshot=${this.snapshot} .drawer=${this.drawer ?? 'inspector'} ?open=${this.drawer !== undefined} .configuredOrigins=${this.configuredOrigins}></wwe-sim-drawer>
      </div>
      <wwe-sim-toast-area .engine=${this.engine} .snapshot=${this.snapshot}></wwe-sim-toast-area>
      ${this.warning
        ? html`<div class="warning" role="status">
            <span>${this.warning}</span>
            <button class="icon-btn" aria-label="Dismiss" @click=${() => (this.warning = undefined)}>${icon('close')}</button>
          </div>`
        : nothing}
      ${this.notice
        ? html`<div class="notice" role="alert">
            <span>${this.notice}</span>
            <button class="icon-btn" aria-label="Dismiss" @click=${() => (this.notice = undefined)}>${icon('close')}</button>
          </div>`
        : nothing}
    `;
  }
}
