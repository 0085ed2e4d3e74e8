import type { Interaction, Party, UserData } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import { addInteraction, removeInteraction } from './lifecycle.js';
import { answer, releaseCall } from './voice.js';

export interface ChatArrivalSpec {
  /** Customer's chat nickname. */
  nickname: string;
  /** Customer's e-mail, if the chat form asked for it. */
  address?: string;
  subject?: string;
  userData?: UserData;
  caseId?: string;
}

export interface EmailArrivalSpec {
  from: string;
  subject: string;
  userData?: UserData;
  caseId?: string;
}

/** A customer's chat or e-mail, offered to the agent: INVITED, inbound, in its own case or the given one. */
function inboundInvitation(
  desk: Desktop,
  media: 'chat' | 'email',
  customer: Pick<Party, 'name' | 'address'>,
  subject: string,
  spec: { userData?: UserData; caseId?: string },
): Interaction {
  return addInteraction(desk, {
    media,
    state: 'INVITED',
    parties: [{ ...customer, role: 'CUSTOMER' }],
    userData: spec.userData,
    caseId: spec.caseId,
    extra: { direction: 'IN', subject },
  });
}

export function chatArrival(desk: Desktop, spec: ChatArrivalSpec): Interaction {
  return inboundInvitation(desk, 'chat', { name: spec.nickname, address: spec.address }, spec.subject ?? `Chat with ${spec.nickname}`, spec);
}

export function emailArrival(desk: Desktop, spec: EmailArrivalSpec): Interaction {
  return inboundInvitation(desk, 'email', { name: spec.from, address: spec.from }, spec.subject, spec);
}

/** `email.create`: a new outbound e-mail, CREATED and then open for COMPOSING. */
export function createEmail(desk: Desktop, destination: string, userData?: UserData): Interaction {
  const interaction = addInteraction(desk, {
    media: 'email',
    state: 'CREATED',
    parties: [{ name: destination, address: destination, role: 'CUSTOMER' }],
    userData,
    extra: { direction: 'OUT', subject: '' },
  });
  desk.transition(interaction, 'COMPOSING');
  return interaction;
}

/** Accepts an invitation; a ringing call is answered, as the desktop's Accept button does. */
export function accept(desk: Desktop, interactionId: string): void {
  const interaction = desk.require(interactionId);
  if (interaction.media === 'voice') {
    answer(desk, interactionId);
    return;
  }
  desk.requireState(interaction, 'accept', ['INVITED']);
  desk.transition(interaction, 'ACCEPTED');
}

/** Rejects an invitation: a ringing call is released, an open-media invitation goes back to routing. */
export function reject(desk: Desktop, interactionId: string): void {
  const interaction = desk.require(interactionId);
  if (interaction.media === 'voice') {
    desk.requireState(interaction, 'reject', ['RINGING']);
    releaseCall(desk, interaction);
    return;
  }
  desk.requireState(interaction, 'reject', ['INVITED']);
  desk.transition(interaction, 'REVOKED');
  removeInteraction(desk, interaction);
}

export function endChat(desk: Desktop, interactionId: string): void {
  const interaction = desk.require(interactionId);
  if (interaction.media !== 'chat') throw new SimulatorError(`Interaction '${interactionId}' is not a chat`);
  desk.requireState(interaction, 'end', ['ACCEPTED']);
  desk.transition(interaction, 'ENDED');
}
