import type { Interaction, RecordingState, UserData } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import { callUuid } from '../ids.js';
import { addInteraction } from './lifecycle.js';

export interface InboundCallSpec {
  /** Caller number. */
  ani: string;
  /** Number the caller dialled. Default: the agent's extension. */
  dnis?: string;
  userData?: UserData;
  /** Join an existing case instead of opening a new one. */
  caseId?: string;
  /** Caller's display name. Default: the ANI. */
  callerName?: string;
}

const LIVE_VOICE_STATES = ['RINGING', 'DIALING', 'ESTABLISHED', 'HELD'] as const;

/**
 * Internal extensions are short; anything longer leaves the switch. Spelled as in the overview's
 * example event (`"callType": "Internal"`), not as the upper-case values of the type table.
 */
function callTypeOf(destination: string): 'Internal' | 'Outbound' {
  return /^\d{3,5}$/.test(destination) ? 'Internal' : 'Outbound';
}

export function inboundCall(desk: Desktop, spec: InboundCallSpec): Interaction {
  const dnis = spec.dnis ?? desk.model.agent.employeeId;
  return addInteraction(desk, {
    media: 'voice',
    state: 'RINGING',
    parties: [{ name: spec.callerName ?? spec.ani, address: spec.ani, role: 'CUSTOMER' }],
    userData: spec.userData,
    caseId: spec.caseId,
    extra: { callUuid: callUuid(), direction: 'IN', callType: 'Inbound', ani: spec.ani, dnis, recordingState: 'STOPPED' },
  });
}

/**
 * Places an outbound call: ADDED and DIALING now, then after `dialDelay` the dial result —
 * ESTABLISHED, or RELEASED for a busy / no-answer outcome.
 */
export function dial(desk: Desktop, destination: string, userData: UserData = {}, parent?: Interaction): Interaction {
  if (destination.trim() === '') throw new SimulatorError('The destination is empty');
  const interaction = addInteraction(desk, {
    media: 'voice',
    state: 'DIALING',
    parties: [{ name: destination, address: destination, role: parent ? 'AGENT' : 'CUSTOMER' }],
    userData,
    parent,
    extra: {
      callUuid: callUuid(),
      direction: 'OUT',
      callType: parent ? 'Consult' : callTypeOf(destination),
      ani: desk.model.agent.employeeId,
      dnis: destination,
      recordingState: 'STOPPED',
    },
  });
  // A consultation target always picks up; the outcome setting models the customer's line.
  const outcome = parent ? 'answer' : desk.settings.dialOutcome;
  desk.timers.schedule(desk.settings.dialDelay, () => {
    if (desk.model.interaction(interaction.interactionId)?.state !== 'DIALING') return;
    desk.transition(interaction, outcome === 'answer' ? 'ESTABLISHED' : 'RELEASED');
  });
  return interaction;
}

export function requireVoice(desk: Desktop, interactionId: string): Interaction {
  const interaction = desk.require(interactionId);
  if (interaction.media !== 'voice') {
    throw new SimulatorError(`Interaction '${interactionId}' is ${interaction.media}, not voice`);
  }
  return interaction;
}

export function answer(desk: Desktop, interactionId: string): void {
  const interaction = requireVoice(desk, interactionId);
  desk.requireState(interaction, 'answer', ['RINGING']);
  desk.transition(interaction, 'ESTABLISHED');
}

export function hold(desk: Desktop, interactionId: string): void {
  const interaction = requireVoice(desk, interactionId);
  desk.requireState(interaction, 'hold', ['ESTABLISHED']);
  desk.transition(interaction, 'HELD');
}

export function resume(desk: Desktop, interactionId: string): void {
  const interaction = requireVoice(desk, interactionId);
  desk.requireState(interaction, 'resume', ['HELD']);
  desk.transition(interaction, 'ESTABLISHED');
}

/** Releases the call; a recording in progress stops with it. */
export function hangUp(desk: Desktop, interactionId: string): void {
  const interaction = requireVoice(desk, interactionId);
  desk.requireState(interaction, 'hang up', LIVE_VOICE_STATES);
  releaseCall(desk, interaction);
}

export function releaseCall(desk: Desktop, interaction: Interaction): void {
  if (interaction.recordingState !== undefined && interaction.recordingState !== 'STOPPED') {
    setRecording(desk, interaction, 'STOPPED');
  }
  desk.transition(interaction, 'RELEASED');
}

export function isLiveCall(interaction: Interaction): boolean {
  return interaction.media === 'voice' && (LIVE_VOICE_STATES as readonly string[]).includes(interaction.state);
}

export function setRecording(desk: Desktop, interaction: Interaction, state: RecordingState): void {
  interaction.recordingState = state;
  desk.emitInteraction('CALL_RECORDING_STATE_CHANGED', interaction);
}
