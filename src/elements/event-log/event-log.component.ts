import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Channel } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { BurstScheduler } from '../../store/index.js';
import { ChannelController } from '../../controllers/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { channelListAttribute, DEFAULT_LIMIT, effectiveLimit, prepend, toEntry, type EventLogEntry } from './event-entries.js';
import { eventLogStyles } from './event-log.styles.js';
import { eventLogTerms } from '../../i18n/en/event-log.js';

const SUBSCRIBE = 'subscribe';
const DEFAULT_CHANNELS: readonly Channel[] = ['agent', 'interaction', 'media', 'system', 'markdone', 'outbound'];
const TIME_FORMAT: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 };

/**
 * A live list of the events Agent Desktop sends this page, for debugging an integration: newest
 * first, bounded, with pause, resume and clear. Each entry shows the time, channel and event type,
 * and expands to the payload as JSON text. It listens only while it is on the page.
 *
 * @summary Desktop event log for debugging.
 * @tag wwe-event-log
 *
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - A channel name is invalid, a subscription failed, or the recording could not be saved (action `download`; `NOT_LOADED` when the recorder did not load).
 *
 * @csspart toolbar - The title and the buttons.
 * @csspart pause - The Pause / Resume toggle button.
 * @csspart clear - The Clear button.
 * @csspart download - The Download recording button, shown only while the connection records (`record`).
 * @csspart list - The list of events.
 * @csspart entry - One event.
 * @csspart json - The payload of an event, as JSON text.
 * @csspart empty - The text shown when no event arrived yet.
 * @csspart status - The line that explains a disconnected or failed state.
 *
 * @cssprop [--wwe-event-log-max-height=24rem] - Height of the list before it scrolls.
 * @cssprop [--wwe-monospace-font=ui-monospace, monospace] - Font of the JSON.
 * @cssprop [--wwe-border-color] - Borders of the list; default: the text colour at 25 %.
 * @cssprop [--wwe-radius=6px] - Corner radius of the list and buttons.
 */
export class WweEventLog extends WweElement {
  static override styles = [...WweElement.styles, eventLogStyles];
  /** @internal */
  protected static override readonly englishTerms = eventLogTerms;

  /**
   * The channels to listen to. Attribute: names separated by commas or spaces, e.g.
   * `channels="agent, interaction, messenger:crm"`. Default: every core channel.
   */
  @property({ converter: channelListAttribute }) channels: readonly string[] = DEFAULT_CHANNELS;

  /** How many events to keep; the oldest go first. A whole number of at least 1; default 200. */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** While true, arriving events are held (up to `limit`) and shown on resume. */
  @property({ type: Boolean, reflect: true }) paused = false;

  @state() private shown: readonly EventLogEntry[] = [];
  @state() private held: readonly EventLogEntry[] = [];

  protected readonly listening = new ChannelController(this, this.desktop, {
    channels: () => this.channels,
    listener: (channel, payload) => this.record(channel, payload),
    onInvalid: (names) => this.reportInvalid(names),
    onError: (error) => this.actions.fail(SUBSCRIBE, error),
  });
  private nextId = 1;
  /** Events received since the last commit, oldest first: a flood is added (and rendered) once per frame. */
  private arrived: EventLogEntry[] = [];
  private readonly commits = new BurstScheduler(() => this.commitArrived());
  /** Each entry's time as text, for the language it was formatted in: a render formats only new entries. */
  private timeTexts = new WeakMap<EventLogEntry, string>();
  private timeLang: string | undefined;

  constructor() {
    super();
    // The Download recording button follows `record` at once, not at the log's next render.
    this.desktop.listen((connection) => connection.onRecordingChange(() => this.requestUpdate()));
  }

  /** The events shown, newest first. */
  get entries(): readonly EventLogEntry[] {
    this.commits.flush();
    return this.shown;
  }

  /** How many events arrived while paused. */
  get heldCount(): number {
    this.commits.flush();
    return this.held.length;
  }

  /** Holds arriving events instead of showing them. */
  pause(): void {
    this.paused = true;
  }

  /** Shows the held events and the ones that follow. */
  resume(): void {
    this.paused = false;
  }

  /** Forgets every event shown or held. */
  clear(): void {
    this.commits.cancel();
    this.arrived = [];
    this.shown = [];
    this.held = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.commits.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('paused') && !this.paused && this.held.length > 0) {
      this.shown = prepend(this.held, this.shown, effectiveLimit(this.limit));
      this.held = [];
    }
    if (changed.has('limit')) {
      const limit = effectiveLimit(this.limit);
      if (this.shown.length > limit) this.shown = this.shown.slice(0, limit);
      if (this.held.length > limit) this.held = this.held.slice(0, limit);
    }
  }

  private reportInvalid(names: readonly string[]): void {
    if (names.length > 0) this.actions.fail(SUBSCRIBE, new WweError('INVALID_ARGUMENT', SUBSCRIBE, this.localize.term('eventLog.invalidChannels', { channels: names.join(', ') })));
    else if (this.actions.error?.action === SUBSCRIBE) this.actions.clearError();
  }

  private record(channel: Channel, payload: unknown): void {
    const limit = effectiveLimit(this.limit);
    // Past the limit the oldest would be dropped at the commit anyway: never keep more text than that.
    if (this.arrived.length >= limit) this.arrived.shift();
    this.arrived.push(toEntry(this.nextId++, channel, payload));
    this.commits.schedule();
  }

  private commitArrived(): void {
    if (this.arrived.length === 0) return;
    const newestFirst = this.arrived.reverse();
    this.arrived = [];
    const limit = effectiveLimit(this.limit);
    if (this.paused) this.held = prepend(newestFirst, this.held, limit);
    else this.shown = prepend(newestFirst, this.shown, limit);
  }

  private timeText(entry: EventLogEntry): string {
    if (this.timeLang !== this.localize.lang) {
      this.timeLang = this.localize.lang;
      this.timeTexts = new WeakMap();
    }
    let text = this.timeTexts.get(entry);
    if (text === undefined) {
      text = this.localize.dateTime(entry.time, TIME_FORMAT);
      this.timeTexts.set(entry, text);
    }
    return text;
  }

  protected override render() {
    const heldCount = this.held.length;
    return html`<div class="toolbar" part="toolbar">
        <span class="title" id="title">${this.localize.term('eventLog.label')}</span>
        ${this.paused && heldCount > 0 ? html`<span class="held">${this.localize.term('eventLog.held', { count: this.localize.number(heldCount) })}</span>` : nothing}
        <button class="button" part="pause" type="button" @click=${() => (this.paused = !this.paused)}>
          ${this.localize.term(this.paused ? 'eventLog.resume' : 'eventLog.pause')}
        </button>
        <button class="button" part="clear" type="button" ?disabled=${this.shown.length === 0 && heldCount === 0} @click=${() => this.clear()}>
          ${this.localize.term('eventLog.clear')}
        </button>
        ${this.desktop.connection.recordingOn
          ? html`<button class="button" part="download" type="button" @click=${() => void this.actions.run('download', () => this.download())}>${this.localize.term('eventLog.download')}</button>`
          : nothing}
      </div>
      ${this.shown.length === 0
        ? html`<p class="empty" part="empty">${this.localize.term('eventLog.empty')}</p>`
        : html`<ol part="list" aria-labelledby="title">
            ${repeat(this.shown, (entry) => entry.id, (entry) => guard([entry, this.localize.lang], () => this.renderEntry(entry)))}
          </ol>`}
      ${this.renderStatus()}
      ${this.renderLiveRegion()}`;
  }

  /** The recorder's module is loaded already (recording is on), so this import costs nothing more. */
  private async download(): Promise<void> {
    const [{ saveRecording }, recording] = await Promise.all([import('../../connection/recorder.js'), this.desktop.connection.recording()]);
    saveRecording(recording);
  }

  private renderEntry(entry: EventLogEntry) {
    return html`<li part="entry">
      <details>
        <summary>
          <time datetime=${new Date(entry.time).toISOString()}>${this.timeText(entry)}</time>
          <span class="channel">${entry.channel}</span>
          <span class="event-type">${entry.eventType}</span>
        </summary>
        <pre part="json" .textContent=${entry.json}></pre>
      </details>
    </li>`;
  }
}
