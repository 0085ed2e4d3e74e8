import type { Interaction, RequestName, TargetQuery, TargetType } from '../../protocol/index.js';
import type { WweCallAction } from '../../events/index.js';

/** The request each call action sends. */
export const CALL_REQUEST = {
  answer: 'voice.answer',
  hold: 'voice.hold',
  resume: 'voice.resume',
  hangUp: 'voice.hangUp',
  markdone: 'interaction.markdone',
  consult: 'interaction.consult',
  transfer: 'interaction.singleStepTransfer',
  conference: 'interaction.singleStepConference',
  completeTransfer: 'interaction.completeTransfer',
  completeConference: 'interaction.completeConference',
} as const satisfies Record<WweCallAction, RequestName>;

/** Actions that take the target typed by the agent. */
export type TargetedAction = 'consult' | 'transfer' | 'conference';
/** Actions that finish a consultation; they name the consultation call. */
export type CompletingAction = 'completeTransfer' | 'completeConference';
/** Actions that name only the call. */
export type PlainAction = Exclude<WweCallAction, TargetedAction | CompletingAction>;

/** The call buttons that fit each call state, in the order they are shown. */
const PLAIN_ACTIONS_IN: Readonly<Record<string, readonly PlainAction[]>> = {
  RINGING: ['answer'],
  DIALING: ['hangUp'],
  ESTABLISHED: ['hold', 'hangUp'],
  HELD: ['resume', 'hangUp'],
  RELEASED: ['markdone'],
  IDLE: ['markdone'],
};

export function plainActionsFor(call: Interaction): readonly PlainAction[] {
  return Object.hasOwn(PLAIN_ACTIONS_IN, call.state) ? PLAIN_ACTIONS_IN[call.state]! : [];
}

/** Whether the agent can consult, transfer or conference from this call (a connected call, not itself a consultation). */
export function canReachOut(call: Interaction): boolean {
  return !call.isConsultation && (call.state === 'ESTABLISHED' || call.state === 'HELD');
}

/** The desktop conferences a connected call only, not one on hold. */
export function isEnabledTargeted(action: TargetedAction, call: Interaction): boolean {
  return action === 'conference' ? call.state === 'ESTABLISHED' : true;
}

const CONSULTATION_LIVE_STATES: ReadonlySet<string> = new Set(['DIALING', 'ESTABLISHED']);

const isLiveConsultation = (candidate: Interaction) =>
  candidate.isConsultation && candidate.parentInteractionId !== undefined && CONSULTATION_LIVE_STATES.has(candidate.state);

/**
 * The newest live consultation of each parent call, built once per interaction map: every render
 * asks, and a scan of every interaction per render would grow with the interactions the desktop holds.
 */
const consultationsOf = new WeakMap<ReadonlyMap<string, Interaction>, Map<string, Interaction>>();

function consultationsByParent(interactions: ReadonlyMap<string, Interaction>): Map<string, Interaction> {
  let byParent = consultationsOf.get(interactions);
  if (byParent) return byParent;
  byParent = new Map();
  for (const candidate of interactions.values()) {
    if (!isLiveConsultation(candidate)) continue;
    const parent = candidate.parentInteractionId!;
    const newest = byParent.get(parent);
    if (!newest || candidate.startDate >= newest.startDate) byParent.set(parent, candidate);
  }
  consultationsOf.set(interactions, byParent);
  return byParent;
}

/**
 * The consultation a transfer or conference would complete: the call itself when it is a live
 * consultation, else the newest live consultation whose parent is this call.
 */
export function consultationOf(call: Interaction, interactions: ReadonlyMap<string, Interaction>): Interaction | undefined {
  if (isLiveConsultation(call)) return call;
  return consultationsByParent(interactions).get(call.interactionId);
}

/**
 * The target as the desktop takes it: a custom contact (a phone number) is a plain string; any
 * other type is an object. The docs name its type field `target` and the official sample `type`,
 * so both are sent. A consultation also says its media, as the sample does.
 */
export function targetQueryOf(destination: string, type: TargetType, action: TargetedAction): TargetQuery {
  if (type === 'CUSTOM_CONTACT') return destination;
  return { type, target: type, destination, ...(action === 'consult' ? { media: 'voice' } : {}) };
}
