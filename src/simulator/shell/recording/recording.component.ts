import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Interaction, RecordingState } from '../../../protocol/index.js';
import type { RecordingAction } from '../../engine/index.js';
import { icon, type IconName } from '../icons.js';
import { ShellPanel } from '../panel.js';
import { recordingStyles } from './recording.styles.js';

const STATE_TEXT: Record<RecordingState, string> = { STOPPED: 'Not recording', RECORDING: 'Recording', PAUSED: 'Recording paused' };

/** Which buttons a recording state offers, as the desktop's recording toolbar does. */
const OFFERED: Record<RecordingState, { action: RecordingAction; label: string; icon: IconName }[]> = {
  STOPPED: [{ action: 'start', label: 'Start recording', icon: 'record' }],
  RECORDING: [
    { action: 'pause', label: 'Pause', icon: 'pause' },
    { action: 'stop', label: 'Stop', icon: 'stop' },
  ],
  PAUSED: [
    { action: 'resume', label: 'Resume recording', icon: 'record' },
    { action: 'stop', label: 'Stop', icon: 'stop' },
  ],
};

/** Call-recording controls of a connected call; pages see the result as `recordingState`. */
export class WweSimRecording extends ShellPanel {
  static override styles = [...ShellPanel.styles, recordingStyles];

  /** The call whose recording this controls. */
  @property({ attribute: false }) interaction?: Interaction;

  private run(action: RecordingAction, interactionId: string): void {
    this.act((engine) => {
      if (action === 'start') engine.startRecording(interactionId);
      else if (action === 'pause') engine.pauseRecording(interactionId);
      else if (action === 'resume') engine.resumeRecording(interactionId);
      else engine.stopRecording(interactionId);
    });
  }

  override render() {
    const interaction = this.interaction;
    if (!interaction || interaction.media !== 'voice') return nothing;
    const recording = interaction.recordingState ?? 'STOPPED';
    const connected = interaction.state === 'ESTABLISHED' || interaction.state === 'HELD';
    return html`<div class="bar" role="group" aria-label="Call recording">
      <span class="state ${recording}" role="status"><span class="lamp" aria-hidden="true"></span>${STATE_TEXT[recording]}</span>
      ${OFFERED[recording].map(
        (offer) => html`<button class="btn small" ?disabled=${!connected} @click=${() => this.run(offer.action, interaction.interactionId)}>
          ${icon(offer.icon)}${offer.label}
        </button>`,
      )}
    </div>`;
  }
}
