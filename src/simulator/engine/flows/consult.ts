import type { Interaction, Party, TargetQuery, UserData } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import { dial, releaseCall, requireVoice } from './voice.js';

/** The party a target query reaches; a string is a custom contact (a phone number). */
export function partyOf(target: TargetQuery): Party {
  if (typeof target === 'string') {
    if (target.trim() === '') throw new SimulatorError('The target destination is empty');
    return { name: target, address: target, role: 'OTHER' };
  }
  const type = target.type ?? target.target ?? 'CUSTOM_CONTACT';
  if (typeof target.destination !== 'string' || target.destination.trim() === '') {
    throw new SimulatorError('The target has no destination');
  }
  return { name: target.destination, address: target.destination, role: type === 'AGENT' ? 'AGENT' : 'OTHER' };
}

/** Starts a consultation: the customer is put on hold and a consult call dials the target. */
export function consult(desk: Desktop, interactionId: string, target: TargetQuery, userData?: UserData): Interaction {
  const parent = requireVoice(desk, interactionId);
  desk.requireState(parent, 'consult from', ['ESTABLISHED', 'HELD']);
  const party = partyOf(target);
  if (parent.state === 'ESTABLISHED') desk.transition(parent, 'HELD');
  return dial(desk, party.address ?? party.name, { ...parent.userData, ...userData }, parent);
}

function requireConsult(desk: Desktop, consultInteractionId: string): { consultCall: Interaction; parent: Interaction } {
  const consultCall = requireVoice(desk, consultInteractionId);
  const parent = consultCall.parentInteractionId ? desk.model.interaction(consultCall.parentInteractionId) : undefined;
  if (!consultCall.isConsultation || !parent) {
    throw new SimulatorError(`Interaction '${consultInteractionId}' is not a consultation of a live call`);
  }
  desk.requireState(consultCall, 'complete', ['DIALING', 'ESTABLISHED']);
  return { consultCall, parent };
}

function addParty(desk: Desktop, interaction: Interaction, party: Party): void {
  interaction.parties = [...interaction.parties, party];
  desk.emitInteraction('PARTY_CHANGED', interaction);
}

/** The customer goes to the consulted party; the agent leaves both calls. */
export function completeTransfer(desk: Desktop, consultInteractionId: string): void {
  const { consultCall, parent } = requireConsult(desk, consultInteractionId);
  addParty(desk, parent, consultCall.parties[0]);
  releaseCall(desk, consultCall);
  releaseCall(desk, parent);
}

/** The consulted party joins the customer's call, which resumes; the consult call ends. */
export function completeConference(desk: Desktop, consultInteractionId: string): void {
  const { consultCall, parent } = requireConsult(desk, consultInteractionId);
  releaseCall(desk, consultCall);
  addParty(desk, parent, consultCall.parties[0]);
  if (parent.state === 'HELD') desk.transition(parent, 'ESTABLISHED');
}

export function singleStepTransfer(desk: Desktop, interactionId: string, target: TargetQuery): void {
  const interaction = requireVoice(desk, interactionId);
  desk.requireState(interaction, 'transfer', ['ESTABLISHED', 'HELD']);
  addParty(desk, interaction, partyOf(target));
  releaseCall(desk, interaction);
}

export function singleStepConference(desk: Desktop, interactionId: string, target: TargetQuery): void {
  const interaction = requireVoice(desk, interactionId);
  desk.requireState(interaction, 'conference', ['ESTABLISHED']);
  addParty(desk, interaction, partyOf(target));
}
