/**
 * Guards that turn untrusted desktop data into the protocol's types, or reject it.
 *
 * Every function takes a value already copied by {@link toPlain} (the reducer's one copy), so
 * reading a property can never run a getter or reach a prototype, and none of them copies again.
 * What a field's type does not allow is dropped or defaulted; what cannot be identified (no id,
 * no name) is rejected as a whole.
 */
import {
  isPlainRecord,
  sanitize,
  type Agent,
  type AgentMediaState,
  type CallType,
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

/** A non-empty string: an empty id, state or media name says nothing. */
function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Like {@link oneOf}, in any letter case: the vendor's own example sends `callType: "Internal"`. */
function oneOfAnyCase<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' ? oneOf(value.toUpperCase(), allowed) : undefined;
}

/**
 * The event type of a payload on any channel. Older desktops name it `type`; a payload with
 * neither is no event at all.
 */
export { eventTypeOf } from '../protocol/index.js';

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
const CALL_TYPES: readonly CallType[] = ['INTERNAL', 'INBOUND', 'OUTBOUND', 'CONSULT', 'UNKNOWN'];
const PARTY_ROLES: readonly NonNullable<Party['role']>[] = ['CUSTOMER', 'AGENT', 'OTHER'];

export function toAgentMediaState(value: unknown): AgentMediaState | undefined {
  return oneOf(value, AGENT_MEDIA_STATES);
}

/** Epoch milliseconds from a number or a date string; undefined when neither, or not after 1970. */
function toEpoch(value: unknown): number | undefined {
  const epoch = typeof value === 'string' ? Date.parse(value) : value;
  return typeof epoch === 'number' && Number.isFinite(epoch) && epoch > 0 ? epoch : undefined;
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

function toParties(value: readonly unknown[]): Party[] {
  const parties: Party[] = [];
  for (const item of value) {
    const party = toParty(item);
    if (party) parties.push(party);
  }
  return parties;
}

const INTERACTION_TEXTS = ['caseId', 'parentInteractionId', 'bundleId', 'previousState', 'callUuid', 'ani', 'dnis', 'subject'] as const;
const INTERACTION_FLAGS = ['isConsultation', 'isMainCaseInteraction', 'isCaseSelected', 'isCaseExpanded', 'isMarkdoneBlocked'] as const;

/**
 * What one event or list item says about an interaction: its id and the fields it carries. A field
 * present with the value `undefined` was sent as `null`: the desktop says it is gone.
 */
export type InteractionPatch = Partial<Interaction> & Pick<Interaction, 'interactionId'>;

/** The fields a `null` clears (every one but the id, and the media, which has its own rule). */
const CLEARABLE: readonly (keyof Interaction)[] = [
  ...INTERACTION_TEXTS,
  ...INTERACTION_FLAGS,
  'state',
  'startDate',
  'userData',
  'parties',
  'callType',
  'direction',
  'recordingState',
];

/**
 * The fields of `value` that carry a usable value, typed; undefined when `value` has no non-empty
 * `interactionId`. A field that is absent or does not fit its type is left out, so it cannot
 * erase what is known (see `mergeInteraction`). So is a `startDate` of 0 (the desktop's "unknown")
 * and a media of `unknown`. A `null` is kept as a clearing `undefined`. Fields the protocol does
 * not know are not kept.
 */
export function toInteractionPatch(value: unknown): InteractionPatch | undefined {
  if (!isPlainRecord(value)) return undefined;
  const interactionId = nonEmptyText(value.interactionId);
  if (interactionId === undefined) return undefined;
  const patch: InteractionPatch = { interactionId, ...optionalTexts(value, INTERACTION_TEXTS) };
  for (const flag of INTERACTION_FLAGS) {
    const flagValue = value[flag];
    if (typeof flagValue === 'boolean') patch[flag] = flagValue;
  }
  const media = mediaName(value.media);
  if (media !== undefined) patch.media = media;
  const state = nonEmptyText(value.state);
  if (state !== undefined) patch.state = state;
  const startDate = toEpoch(value.startDate);
  if (startDate !== undefined) patch.startDate = startDate;
  // Already a plain JSON copy (toPlain), so it is kept as is.
  if (isPlainRecord(value.userData)) patch.userData = value.userData as UserData;
  if (Array.isArray(value.parties)) patch.parties = toParties(value.parties);
  const callType = typeof value.callType === 'string' ? (oneOfAnyCase(value.callType, CALL_TYPES) ?? value.callType) : undefined;
  if (callType) patch.callType = callType;
  const direction = oneOfAnyCase(value.direction, DIRECTIONS);
  if (direction) patch.direction = direction;
  const recordingState = oneOfAnyCase(value.recordingState, RECORDING_STATES);
  if (recordingState) patch.recordingState = recordingState;
  const cleared: Partial<Interaction> = patch;
  for (const field of CLEARABLE) if (value[field] === null) cleared[field] = undefined;
  return patch;
}

/** A media name that says something: `unknown` is the store's own "nobody said", not a media. */
export function mediaName(value: unknown): string | undefined {
  const media = nonEmptyText(value);
  return media === 'unknown' ? undefined : media;
}
