import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Interaction, RecordingState } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { TargetController, Ticker, FocusKeeper } from '../../controllers/index.js';
import { emit } from '../../events/index.js';
import type { TermKey } from '../../i18n/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { renderCommandButton } from '../shared/action-button.js';
import { RecordingElapsed } from './recording-elapsed.js';
import { recordingControlStyles } from './recording-control.styles.js';
import { recordingTerms } from '../../i18n/en/recording.js';

/** A recording command of the element. */
export type RecordingAction = 'start' | 'stop' | 'pause' | 'resume';

const REQUEST_OF = {
  start: 'voice.startCallRecording',
  stop: 'voice.stopCallRecording',
  pause: 'voice.pauseCallRecording',
  resume: 'voice.resumeCallRecording',
} as const satisfies Record<RecordingAction, string>;

/** The commands that make sense in each recording state, in the order they are shown. */
const ACTIONS_IN: Record<RecordingState, readonly RecordingAction[]> = {
  STOPPED: ['start'],
  RECORDING: ['pause', 'stop'],
  PAUSED: ['resume', 'stop'],
};

/** A call can be recorded only while it is connected. */
const RECORDABLE_CALL_STATES: ReadonlySet<string> = new Set(['ESTABLISHED', 'HELD']);

function announcementOf(previous: RecordingState, next: RecordingState): TermKey | undefined {
  if (previous === next) return undefined;
  if (next === 'RECORDING') return previous === 'PAUSED' ? 'recording.resumed' : 'recording.started';
  return next === 'PAUSED' ? 'recording.paused' : 'recording.stopped';
}

/**
 * Starts, pauses, resumes and stops the recording of a call (`voice.startCallRecording` and
 * friends). It shows only the commands that fit the current `recordingState`, a recording
 * indicator with the time recorded so far, and follows the desktop: a recording started or
 * stopped in Agent Desktop shows here at once.
 *
 * The call is the one named by `interaction-id`, else the kit's target interaction (the selected
 * case, else the newest live call). Without a voice call it says so and offers no command.
 *
 * @summary Call recording control.
 * @tag wwe-recording-control
 *
 * @fires {{ interactionId: string; recordingState: 'STOPPED' | 'RECORDING' | 'PAUSED'; previous: 'STOPPED' | 'RECORDING' | 'PAUSED' | undefined }} wwe-recording-change - The recording state of the call changed (through the element or the desktop).
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - A recording command failed.
 *
 * @csspart indicator - The recording indicator: dot, state and elapsed time.
 * @csspart dot - The dot of the indicator; it pulses while recording.
 * @csspart elapsed - The time recorded so far.
 * @csspart actions - The group of command buttons.
 * @csspart button - Each command button.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-recording-color=var(--wwe-danger-color, light-dark(#c62828, #ff8a80))] - Colour of the recording dot.
 * @cssprop [--wwe-muted-color=color-mix(in srgb, currentColor 65%, transparent)] - Colour of the elapsed time and idle dot.
 * @cssprop [--wwe-spacing=0.5rem] - Gap between the indicator and the buttons.
 * @cssprop [--wwe-radius=6px] - Corner radius of the buttons.
 */
export class WweRecordingControl extends WweElement {
  static override styles = [...WweElement.styles, recordingControlStyles];
  /** @internal */
  protected static override readonly englishTerms = recordingTerms;

  /** The call to control; when absent, the kit's target interaction. */
  @property({ attribute: 'interaction-id', reflect: true }) interactionId?: string;

  /** Disables every command. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly target = new TargetController(this, this.desktop, { interactionId: () => this.interactionId, media: 'voice' });
  private readonly ticker = new Ticker(this);
  private readonly elapsed = new RecordingElapsed();
  private call: Interaction | undefined;
  private state: RecordingState | undefined;
  // Start becomes Pause + Stop: keep keyboard focus on the control when its buttons change.
  protected readonly focusKeeper = new FocusKeeper(this);

  constructor() {
    super();
    this.desktop.select(() => this.observed(), (next, previous) => this.recordingChanged(next, previous));
  }

  /**
   * The recording state of the call as the desktop reports it (`STOPPED`, `RECORDING`, `PAUSED`),
   * reflected to the `recording-state` attribute for styling; undefined without a voice call.
   */
  get recordingState(): RecordingState | undefined {
    return this.state;
  }

  /** The voice call the element controls now, if any. */
  get interaction(): Interaction | undefined {
    return this.target.interaction;
  }

  /** Starts recording the call. Resolves true when the desktop accepted. */
  start(): Promise<boolean> {
    return this.perform('start');
  }

  /** Stops the recording. Resolves true when the desktop accepted. */
  stop(): Promise<boolean> {
    return this.perform('stop');
  }

  /** Pauses the recording. Resolves true when the desktop accepted. */
  pause(): Promise<boolean> {
    return this.perform('pause');
  }

  /** Resumes a paused recording. Resolves true when the desktop accepted. */
  resume(): Promise<boolean> {
    return this.perform('resume');
  }

  private async perform(action: RecordingAction): Promise<boolean> {
    const request = REQUEST_OF[action];
    const call = this.interaction;
    if (!call) {
      this.actions.fail(request, new WweError('INVALID_ARGUMENT', request, this.localize.term('recording.noCall')));
      return false;
    }
    const outcome = await this.actions.run(request, () => this.desktop.connection.request(request, [call.interactionId]));
    return outcome.ok;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.call = this.interaction;
    this.state = this.call ? (this.call.recordingState ?? 'STOPPED') : undefined;
    this.elapsed.observe(this.call?.interactionId, this.state, Date.now());
  }

  private observed(): { interactionId: string | undefined; state: RecordingState | undefined } {
    return { interactionId: this.call?.interactionId, state: this.state };
  }

  /** A change of the same call's recording state is announced, then fired once rendered. */
  private recordingChanged(next: ReturnType<WweRecordingControl['observed']>, previous: ReturnType<WweRecordingControl['observed']> | undefined) {
    const { interactionId, state } = next;
    if (interactionId === undefined || state === undefined || previous?.state === undefined || previous.interactionId !== interactionId) return;
    const announcement = announcementOf(previous.state, state);
    if (announcement) this.actions.announce(this.localize.term(announcement));
    return () => emit(this, 'wwe-recording-change', { interactionId, recordingState: state, previous: previous.state });
  }

  protected override updated(): void {
    // Reflected by hand: the state is read-only, so it is no reactive property.
    if (this.state) this.setAttribute('recording-state', this.state);
    else this.removeAttribute('recording-state');
    this.ticker.run(this.state === 'RECORDING');
  }

  protected override render() {
    const call = this.call;
    const state = this.state;
    return html`<div class="control">
        ${call && state ? this.renderIndicator(state) : html`<span class="indicator" part="indicator">${this.localize.term('recording.noCall')}</span>`}
        ${call && state ? this.renderActions(call, state) : nothing}
      </div>
      ${this.renderStatus(REQUEST_OF.start)}
      ${this.renderLiveRegion()}`;
  }

  private renderIndicator(state: RecordingState) {
    const showElapsed = state !== 'STOPPED';
    const elapsed = this.localize.duration(this.elapsed.elapsed(Date.now()));
    return html`<span class="indicator" part="indicator" data-state=${state}>
      <span class="dot" part="dot" aria-hidden="true"></span>
      <span class="state">${this.localize.term(`recording.state.${state}`)}</span>
      ${showElapsed
        ? html`<span class="elapsed" part="elapsed" role="timer" aria-label=${this.localize.term('recording.elapsed', { duration: elapsed })}>${elapsed}</span>`
        : nothing}
    </span>`;
  }

  private renderActions(call: Interaction, state: RecordingState) {
    const busy = this.actions.isBusy();
    const unusable = this.disabled || busy || !this.desktop.canSend || !RECORDABLE_CALL_STATES.has(call.state);
    return html`<span class="actions" part="actions" role="group" aria-label=${this.localize.term('recording.label')}>
      ${ACTIONS_IN[state].map((action) => {
        const request = REQUEST_OF[action];
        return renderCommandButton({
          action,
          label: this.localize.term(`recording.${action}`),
          variant: action === 'stop' ? 'button--danger' : '',
          busy: this.actions.isBusy(request),
          disabled: unusable || !this.desktop.isAllowed(request),
          onActivate: () => void this.perform(action),
        });
      })}
    </span>`;
  }
}
