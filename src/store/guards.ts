/**
 * Guards that turn untrusted desktop data into the protocol's types, or reject it.
 *
 * Every function takes a value already copied by {@link toPlain}, so reading a property can never
 * run a getter or reach a prototype. What a field's type does not allow is dropped or defaulted;
 * what cannot be identified (no id, no name) is rejected as a whole.
 */
import {
  isPlainRecord,
  sanitize,
  type Agent,
  type AgentMediaState,
  type Interaction,
  type InteractionDirection,
  type Media,
  type MediaState,
  type Party,
  type RecordingState,
  type UserData,
} from '../protocol/index.js';

/** A plain-data deep copy of `value` (no `__proto__` keys, no getters), or undefined. */
export function toPlain(value: unknown): unknown {
  const copy = sanitize(value);
  return copy.ok ? copy.value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

const AGENT_MEDIA_STATES: readonly AgentMediaState[] = [
  'READY',
  'NOT_READY',
  'NOT_READY_ACTION_CODE',
  'NOT_READY_AFTER_CALLWORK',
  'LOGOUT',
  'UNKNOWN',
];
const DIRECTIONS: readonly InteractionDirection[] = ['IN', 'OUT', 'UNKNOWN'];
const RECORDING_STATES: readonly RecordingState[] = ['STOPPED', 'RECORDING', 'PAUSED'];
const PARTY_ROLES: readonly NonNullable<Party['role']>[] = ['CUSTOMER', 'AGENT', 'OTHER'];

export function toAgentMediaState(value: unknown): AgentMediaState | undefined {
  return oneOf(value, AGENT_MEDIA_STATES);
}

/** Epoch milliseconds from a number or a date string; 0 when neither. */
function toEpoch(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  return 0;
}

/** Copies the optional string fields that are strings; absent or mistyped ones stay absent. */
function optionalTexts<K extends string>(source: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = text(source[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function toAgent(value: unknown): Agent | undefined {
  if (!isPlainRecord(value)) return undefined;
  return {
    employeeId: text(value.employeeId) ?? '',
    firstname: text(value.firstname) ?? '',
    lastname: text(value.lastname) ?? '',
    username: text(value.username) ?? '',
  };
}

export function toMediaState(value: unknown): MediaState | undefined {
  if (!isPlainRecord(value)) return undefined;
  const operationName = text(value.operationName);
  const state = toAgentMediaState(value.state);
  if (operationName === undefined || state === undefined) return undefined;
  return {
    operationName,
    displayName: text(value.displayName) ?? operationName,
    state,
    ...optionalTexts(value, ['reason', 'reasonCode'] as const),
  };
}

export function toMediaStates(value: unknown): MediaState[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const states: MediaState[] = [];
  for (const item of value) {
    const state = toMediaState(item);
    if (state) states.push(state);
  }
  return states;
}

export function toMedia(value: unknown): Media | undefined {
  if (!isPlainRecord(value)) return undefined;
  const media = text(value.media);
  const state = toMediaState(value.state);
  if (!media || !state) return undefined;
  return { media, state, loggedIn: value.loggedIn === true };
}

function toParty(value: unknown): Party | undefined {
  if (!isPlainRecord(value) || typeof value.name !== 'string') return undefined;
  const role = oneOf(value.role, PARTY_ROLES);
  return { name: value.name, ...optionalTexts(value, ['address'] as const), ...(role ? { role } : {}) };
}

function toParties(value: unknown): Party[] {
  if (!Array.isArray(value)) return [];
  const parties: Party[] = [];
  for (const item of value) {
    const party = toParty(item);
    if (party) parties.push(party);
  }
  return parties;
}

const OPTIONAL_INTERACTION_TEXTS = [
  'parentInteractionId',
  'bundleId',
  'previousState',
  'callUuid',
  'callType',
  'ani',
  'dnis',
  'subject',
] as const;

/**
 * The interaction in `value`, with every documented field typed, or undefined when `value` has no
 * non-empty `interactionId`. Fields the type does not know are not kept. `fallbackMedia` is the
 * event's `media`, used when the interaction itself does not say.
 */
export function toInteraction(value: unknown, fallbackMedia?: unknown): Interaction | undefined {
  if (!isPlainRecord(value)) return undefined;
  const interactionId = value.interactionId;
  if (typeof interactionId !== 'string' || interactionId.length === 0) return undefined;
  const direction = oneOf(value.direction, DIRECTIONS);
  const recordingState = oneOf(value.recordingState, RECORDING_STATES);
  return {
    interactionId,
    caseId: text(value.caseId) ?? '',
    media: text(value.media) ?? text(fallbackMedia) ?? 'unknown',
    // Already a plain JSON copy (toPlain), so it can be kept as is.
    userData: isPlainRecord(value.userData) ? (value.userData as UserData) : {},
    state: text(value.state) ?? 'UNKNOWN',
    parties: toParties(value.parties),
    isConsultation: value.isConsultation === true,
    isMainCaseInteraction: value.isMainCaseInteraction === true,
    startDate: toEpoch(value.startDate),
    isCaseSelected: value.isCaseSelected === true,
    isCaseExpanded: value.isCaseExpanded === true,
    ...(typeof value.isMarkdoneBlocked === 'boolean' ? { isMarkdoneBlocked: value.isMarkdoneBlocked } : {}),
    ...optionalTexts(value, OPTIONAL_INTERACTION_TEXTS),
    ...(direction ? { direction } : {}),
    ...(recordingState ? { recordingState } : {}),
  };
}
