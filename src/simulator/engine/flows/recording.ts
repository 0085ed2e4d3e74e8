import type { RecordingState } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import { requireVoice, setRecording } from './voice.js';

export type RecordingAction = 'start' | 'stop' | 'pause' | 'resume';

/** From which recording states each action may go, and where it leads. */
const RULES: Record<RecordingAction, { from: readonly RecordingState[]; to: RecordingState }> = {
  start: { from: ['STOPPED'], to: 'RECORDING' },
  stop: { from: ['RECORDING', 'PAUSED'], to: 'STOPPED' },
  pause: { from: ['RECORDING'], to: 'PAUSED' },
  resume: { from: ['PAUSED'], to: 'RECORDING' },
};

/** Only a connected call can be recorded; stopping is allowed for as long as the call exists. */
const CALL_STATES_FOR: Record<RecordingAction, readonly string[]> = {
  start: ['ESTABLISHED', 'HELD'],
  stop: ['ESTABLISHED', 'HELD', 'RELEASED'],
  pause: ['ESTABLISHED', 'HELD'],
  resume: ['ESTABLISHED', 'HELD'],
};

export function changeRecording(desk: Desktop, interactionId: string, action: RecordingAction): void {
  const interaction = requireVoice(desk, interactionId);
  if (!CALL_STATES_FOR[action].includes(interaction.state)) {
    throw new SimulatorError(`Cannot ${action} recording: call '${interactionId}' is ${interaction.state}`);
  }
  const current = interaction.recordingState ?? 'STOPPED';
  const rule = RULES[action];
  if (!rule.from.includes(current)) {
    throw new SimulatorError(`Cannot ${action} recording: recording of call '${interactionId}' is ${current}`);
  }
  setRecording(desk, interaction, rule.to);
}
