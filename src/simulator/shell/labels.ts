import { clockDuration, englishDigits, STATE_WORDS, type WordedState } from '../../format/index.js';
import type { AgentMediaState, Interaction } from '../../protocol/index.js';
import type { RejectReason } from '../engine/index.js';

/** Badge tone of an interaction state: what needs the agent, what is live, what is over. */
export function stateTone(state: string): 'ringing' | 'live' | 'held' | 'ended' {
  if (state === 'RINGING' || state === 'INVITED' || state === 'DIALING') return 'ringing';
  if (state === 'HELD') return 'held';
  if (state === 'ESTABLISHED' || state === 'ACCEPTED' || state === 'COMPOSING' || state === 'CREATED') return 'live';
  return 'ended';
}

/** The elements' word for a state (one vocabulary both sides of the frame), else the state in words. */
export function stateLabel(state: string): string {
  if (Object.hasOwn(STATE_WORDS, state)) return STATE_WORDS[state as WordedState];
  const words = state.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `m:ss`, or `h:mm:ss` past an hour: the elements' clock. */
export function formatElapsed(ms: number): string {
  return clockDuration(ms);
}

/** A count as the elements write it in English (`1,234`). */
export function formatCount(count: number): string {
  return englishDigits(count);
}

/** The name the desktop shows for an interaction: its customer, else its first party. */
export function partyName(interaction: Interaction): string {
  const customer = interaction.parties.find((party) => party.role === 'CUSTOMER') ?? interaction.parties[0];
  return customer?.name ?? interaction.ani ?? `Interaction ${interaction.interactionId}`;
}

export function partyAddress(interaction: Interaction): string | undefined {
  const customer = interaction.parties.find((party) => party.role === 'CUSTOMER') ?? interaction.parties[0];
  const address = customer?.address;
  return address && address !== customer?.name ? address : undefined;
}

export type AgentTone = 'ready' | 'not-ready' | 'acw' | 'logout';

export function agentTone(state: AgentMediaState): AgentTone {
  if (state === 'READY') return 'ready';
  if (state === 'NOT_READY_AFTER_CALLWORK') return 'acw';
  if (state === 'LOGOUT' || state === 'UNKNOWN') return 'logout';
  return 'not-ready';
}

/** The inspector's "why" line: the reason in words an integrator can act on. */
export const REJECT_REASON_TEXT: Record<RejectReason, string> = {
  'origin-not-accepted': 'Origin not accepted (accepted-web-content-origins)',
  'unknown-source': 'Sender is not a hosted frame',
  'api-filtered': 'API filtered for this origin',
  acl: 'User-data ACL (read/write-allowed keys)',
  'rate-limit': 'Rate limit: frame quarantined, request ignored',
  malformed: 'Malformed message',
  'dropped-by-fault': 'Response dropped by the "dropped responses" fault',
  'unanswered-in-recording': 'Replay: the recorded desktop never answered this request, so neither does the replay',
};
