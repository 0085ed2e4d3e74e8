import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LogEntry } from '../../engine/index.js';
import { icon } from '../icons.js';
import { formatCount } from '../labels.js';
import { ShellPanel } from '../panel.js';
import { renderEntry } from './entry-row.js';
import { applyFilter, isProblem, NO_FILTER, type InspectorFilter } from './filter.js';
import { inspectorStyles } from './inspector.styles.js';

/** Rendering thousands of rows would make the shell sluggish; the filter finds older ones. */
const SHOWN_ROWS = 400;

/**
 * The protocol inspector: every message in and out, per frame, newest first, with latency,
 * result or error, and for each refusal the reason (origin, API filter, ACL, rate limit,
 * malformed). Rows expand to the message as JSON; filters narrow by text, direction, frame, kind.
 */
export class WweSimInspector extends ShellPanel {
  static override styles = [...ShellPanel.styles, inspectorStyles];

  /** While false (panel hidden) the log is not re-read on every message. */
  @property({ type: Boolean }) active = true;

  /** The current filter; settable, e.g. to open the inspector on problems only. */
  @property({ attribute: false }) filter: InspectorFilter = NO_FILTER;

  @state() private entries: LogEntry[] = [];

  private stale = true;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private follow(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.engine?.onChange((kind) => {
      if (kind !== 'log') return;
      this.stale = true;
      if (this.active) this.requestUpdate();
    });
    this.stale = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('engine') && this.isConnected) this.follow();
    if (this.stale && this.active && this.engine) {
      this.entries = this.engine.messages();
      this.stale = false;
    }
  }

  private patch(change: Partial<InspectorFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  override render() {
    const shown = applyFilter(this.entries, this.filter).reverse();
    const problems = this.entries.filter(isProblem).length;
    const frames = [...new Set(this.entries.map((entry) => entry.frameId).filter((id) => id !== undefined))].map(String);
    const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
    return html`
      <div class="toolbar">
        <input type="search" aria-label="Filter messages" placeholder="Filter: request, event, error…" .value=${this.filter.text} @input=${(e: Event) => this.patch({ text: value(e) })} />
        <button class="btn small" @click=${() => this.engine?.clearMessages()}>${icon('trash')}Clear</button>
        <div class="filters">
          <select aria-label="Kind" .value=${this.filter.kind} @change=${(e: Event) => this.patch({ kind: value(e) as InspectorFilter['kind'] })}>
            <option value="all">All kinds</option>
            <option value="requests">Requests and answers</option>
            <option value="events">Events</option>
            <option value="problems">Problems only</option>
          </select>
          <select aria-label="Direction" .value=${this.filter.direction} @change=${(e: Event) => this.patch({ direction: value(e) as InspectorFilter['direction'] })}>
            <option value="all">Both directions</option>
            <option value="in">In (page → desktop)</option>
            <option value="out">Out (desktop → page)</option>
          </select>
          <select aria-label="Frame" .value=${this.filter.frame} @change=${(e: Event) => this.patch({ frame: value(e) })}>
            <option value="all">All frames</option>
            ${frames.map((frame) => html`<option value=${frame}>${frame}</option>`)}
          </select>
        </div>
      </div>
      <div class="summary" role="status">
        ${formatCount(this.entries.length)} messages · ${formatCount(problems)} ${problems === 1 ? 'problem' : 'problems'}${shown.length > SHOWN_ROWS ? ` · newest ${formatCount(SHOWN_ROWS)} of ${formatCount(shown.length)} shown` : ''}
      </div>
      ${shown.length === 0
        ? html`<p class="empty">No messages${this.entries.length > 0 ? ' match the filter' : ' yet: hosted pages have not talked to the desktop'}.</p>`
        : html`<ol aria-label="Messages">${repeat(shown.slice(0, SHOWN_ROWS), (entry) => entry.seq, renderEntry)}</ol>`}
    `;
  }
}
