import type { AgentMediaState, Interaction } from '../../protocol/index.js';
import type { RejectReason } from '../engine/index.js';

/** Badge tone of an interaction state: what needs the agent, what is live, what is over. */
export function stateTone(state: string): 'ringing' | 'live' | 'held' | 'ended' {
  if (state === 'RINGING' || state === 'INVITED' || state === 'DIALING') return 'ringing';
  if (state === 'HELD') return 'held';
  if (state === 'ESTABLISHED' || state === 'ACCEPTED' || state === 'COMPOSING' || state === 'CREATED') return 'live';
  return 'ended';
}

export function stateLabel(state: string): string {
  const words = state.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `mm:ss`, or `h:mm:ss` past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
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
};
