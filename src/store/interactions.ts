/**
 * The interaction slice, whole: reading what the desktop says about an interaction, merging it
 * onto what is known, deriving the cases, and the one rule for which interaction an element acts
 * on. Events and lists arrive as the parser's sanitized copy; nothing here copies them again.
 */
import {
  isPlainRecord,
  eventTypeOf,
  readEpoch,
  readNonEmptyText,
  readOneOf,
  readOneOfAnyCase,
  readTexts,
  type CallType,
  type Interaction,
  type InteractionDirection,
  type Party,
  type RecordingState,
  type UserData,
} from '../protocol/index.js';
import { interactionKey, keepIfSame, mergeSnapshot, noteEvent, touchedSince, type CaseView, type DesktopState, type Slice, type SyncBookkeeping } from './state.js';

// ---- Reading: the fields of an event or list item that carry a usable value ---------------------

const DIRECTIONS: readonly InteractionDirection[] = ['IN', 'OUT', 'UNKNOWN'];
const RECORDING_STATES: readonly RecordingState[] = ['STOPPED', 'RECORDING', 'PAUSED'];
const CALL_TYPES: readonly CallType[] = ['INTERNAL', 'INBOUND', 'OUTBOUND', 'CONSULT', 'UNKNOWN'];
const PARTY_ROLES: readonly NonNullable<Party['role']>[] = ['CUSTOMER', 'AGENT', 'OTHER'];


function toParty(value: unknown): Party | undefined {
  if (!isPlainRecord(value) || typeof value.name !== 'string') return undefined;
  const role = readOneOf(value.role, PARTY_ROLES);
  return { name: value.name, ...readTexts(value, ['address'] as const), ...(role ? { role } : {}) };
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
  const interactionId = readNonEmptyText(value.interactionId);
  if (interactionId === undefined) return undefined;
  const patch: InteractionPatch = { interactionId, ...readTexts(value, INTERACTION_TEXTS) };
  for (const flag of INTERACTION_FLAGS) {
    const flagValue = value[flag];
    if (typeof flagValue === 'boolean') patch[flag] = flagValue;
  }
  const media = mediaName(value.media);
  if (media !== undefined) patch.media = media;
  const state = readNonEmptyText(value.state);
  if (state !== undefined) patch.state = state;
  const startDate = readEpoch(value.startDate);
  if (startDate !== undefined) patch.startDate = startDate;
  // The parser's plain copy: kept as is.
  if (isPlainRecord(value.userData)) patch.userData = value.userData as UserData;
  if (Array.isArray(value.parties)) patch.parties = toParties(value.parties);
  const callType = typeof value.callType === 'string' ? (readOneOfAnyCase(value.callType, CALL_TYPES) ?? value.callType) : undefined;
  if (callType) patch.callType = callType;
  const direction = readOneOfAnyCase(value.direction, DIRECTIONS);
  if (direction) patch.direction = direction;
  const recordingState = readOneOfAnyCase(value.recordingState, RECORDING_STATES);
  if (recordingState) patch.recordingState = recordingState;
  const cleared: Partial<Interaction> = patch;
  for (const field of CLEARABLE) if (value[field] === null) cleared[field] = undefined;
  return patch;
}

/** A media name that says something: `unknown` is the store's own "nobody said", not a media. */
export function mediaName(value: unknown): string | undefined {
  const media = readNonEmptyText(value);
  return media === 'unknown' ? undefined : media;
}

// ---- Merging ----------------------------------------------------------------------------------

/*
 * How what the desktop says about an interaction joins what the store knows. A real desktop sends
 * partial events (a recording change carries little more than `recordingState`) and may put
 * `media` on the event rather than on the interaction, so nothing is replaced wholesale: each
 * field the event or list item carries wins, every other field stays as it was. Only an explicit
 * `null` clears a field (as in a JSON merge patch).
 */

/** What the store shows for a field no event or list has mentioned yet. */
const NEVER_SEEN: Omit<Interaction, 'interactionId' | 'media'> = {
  caseId: '',
  userData: {},
  state: 'UNKNOWN',
  parties: [],
  isConsultation: false,
  isMainCaseInteraction: false,
  // 0 is "unknown": elements show no duration for it, and the target rule falls back to the order seen.
  startDate: 0,
  isCaseSelected: false,
  isCaseExpanded: false,
};

/** The media the store shows when nothing says or implies one. */
export const UNKNOWN_MEDIA = 'unknown';

/** The documented voice-only attributes: an interaction that has one is a call. */
export function inferMedia(interaction: Partial<Interaction>): string | undefined {
  const { callUuid, ani, dnis, callType, recordingState } = interaction;
  const voiceOnly = [callUuid, ani, dnis, callType, recordingState];
  return voiceOnly.some((field) => field !== undefined) ? 'voice' : undefined;
}

/**
 * `known` with every field of `patch` applied (a present `userData` or `parties` replaces the old
 * one as a whole; a field sent as null is cleared). The media is the interaction's own, else the event's (`eventMedia`), else the
 * one already known, else inferred from voice-only fields, else {@link UNKNOWN_MEDIA}; a later
 * event that knows better upgrades it. Returns `known` itself when nothing changed.
 */
export function mergeInteraction(known: Interaction | undefined, patch: InteractionPatch, eventMedia?: string): Interaction {
  const fields: Partial<Interaction> = { ...known, ...patch };
  // Sent as null: an optional field leaves the record, any other goes back to "never seen".
  for (const key of Object.keys(fields) as (keyof Interaction)[]) if (fields[key] === undefined) delete fields[key];
  const knownMedia = known?.media === UNKNOWN_MEDIA ? undefined : known?.media;
  const media = patch.media ?? eventMedia ?? knownMedia ?? inferMedia(fields) ?? UNKNOWN_MEDIA;
  const merged: Interaction = { ...NEVER_SEEN, ...fields, interactionId: patch.interactionId, media };
  return known ? keepIfSame(known, merged) : merged;
}

// ---- Cases --------------------------------------------------------------------------------------

export interface CaseSlices {
  readonly cases: ReadonlyMap<string, CaseView>;
  readonly selectedCaseId: string | undefined;
}

/** Main interaction first, then oldest first; the id breaks ties so the order never depends on luck. */
function caseOrder(a: Interaction, b: Interaction): number {
  if (a.isMainCaseInteraction !== b.isMainCaseInteraction) return a.isMainCaseInteraction ? -1 : 1;
  if (a.startDate !== b.startDate) return a.startDate - b.startDate;
  return a.interactionId < b.interactionId ? -1 : a.interactionId > b.interactionId ? 1 : 0;
}

function groupByCase(interactions: ReadonlyMap<string, Interaction>): Map<string, Interaction[]> {
  const groups = new Map<string, Interaction[]>();
  for (const interaction of interactions.values()) {
    // An interaction without a case id belongs to no case.
    if (!interaction.caseId) continue;
    const group = groups.get(interaction.caseId);
    if (group) group.push(interaction);
    else groups.set(interaction.caseId, [interaction]);
  }
  return groups;
}

function newestStart(members: readonly Interaction[]): number {
  return members.reduce((newest, interaction) => Math.max(newest, interaction.startDate), -Infinity);
}

/**
 * The selected case: the one whose interactions carry `isCaseSelected`. While the desktop moves
 * the selection, events can briefly show two selected cases; the previous choice then holds until
 * its flags clear, else the case with the newest interaction wins.
 */
function pickSelected(groups: Map<string, Interaction[]>, previous: string | undefined): string | undefined {
  let best: string | undefined;
  let bestStart = -Infinity;
  for (const [caseId, members] of groups) {
    if (!members.some((interaction) => interaction.isCaseSelected)) continue;
    if (caseId === previous) return caseId;
    const start = newestStart(members);
    if (best === undefined || start > bestStart) {
      best = caseId;
      bestStart = start;
    }
  }
  return best;
}

function sameView(view: CaseView | undefined, members: readonly Interaction[], isSelected: boolean, isExpanded: boolean): boolean {
  return (
    view !== undefined &&
    view.isSelected === isSelected &&
    view.isExpanded === isExpanded &&
    view.interactions.length === members.length &&
    view.interactions.every((interaction, index) => interaction === members[index])
  );
}

/**
 * Derives the `cases` and `selectedCaseId` slices from the interactions. Case views and the map
 * keep their previous identity when nothing in them changed.
 */
export function deriveCases(interactions: ReadonlyMap<string, Interaction>, previous: CaseSlices): CaseSlices {
  const groups = groupByCase(interactions);
  const selectedCaseId = pickSelected(groups, previous.selectedCaseId);
  const cases = new Map<string, CaseView>();
  let unchanged = groups.size === previous.cases.size;
  const previousOrder = [...previous.cases.keys()];
  let index = 0;
  for (const [caseId, members] of groups) {
    members.sort(caseOrder);
    const isSelected = caseId === selectedCaseId;
    const isExpanded = members.some((interaction) => interaction.isCaseExpanded);
    const old = previous.cases.get(caseId);
    if (sameView(old, members, isSelected, isExpanded)) {
      cases.set(caseId, old as CaseView);
      unchanged &&= previousOrder[index] === caseId;
    } else {
      cases.set(caseId, { caseId, interactions: members, isSelected, isExpanded });
      unchanged = false;
    }
    index++;
  }
  return { cases: unchanged ? previous.cases : cases, selectedCaseId };
}

// ---- The target rule ----------------------------------------------------------------------------

/** The slices {@link resolveTargetInteraction} reads: a binding to the target watches exactly these. */
export const TARGET_SLICES: readonly Slice[] = ['interactions', 'cases', 'selectedCaseId'];

/** States after which nothing can be done to an interaction any more. */
const OVER_STATES: ReadonlySet<string> = new Set(['RELEASED', 'IDLE', 'ENDED', 'COMPLETED', 'REMOVED']);

/** Whether an interaction is still going on (not released, idle, ended, completed or removed). */
export function isLiveInteraction(interaction: Interaction): boolean {
  return !OVER_STATES.has(interaction.state);
}

/**
 * Whether `later`, seen after `earlier`, is the newer one: by `startDate` when both are known,
 * else by the order seen (a desktop may not send `startDate`; the store keeps 0 for unknown).
 */
function isNewer(later: Interaction, earlier: Interaction): boolean {
  return later.startDate === 0 || earlier.startDate === 0 || later.startDate >= earlier.startDate;
}

/** The live interaction started last; on a tie, the one seen last. */
function newestLive(interactions: Iterable<Interaction>): Interaction | undefined {
  let newest: Interaction | undefined;
  for (const interaction of interactions) {
    if (!isLiveInteraction(interaction)) continue;
    if (!newest || isNewer(interaction, newest)) newest = interaction;
  }
  return newest;
}

function* voiceOnly(interactions: Iterable<Interaction>): Iterable<Interaction> {
  for (const interaction of interactions) if (interaction.media === 'voice') yield interaction;
}

/**
 * THE rule for which interaction an element acts on; every element and controller uses it.
 *
 * 1. An explicit id (an element's `interaction-id`) wins outright: that interaction, or
 *    `undefined` when the store does not know it. It never falls back to another one, because
 *    acting on a different call than the one the page named would be worse than failing.
 *    An empty string counts as no id (an attribute present but blank).
 * 2. Otherwise the selected case: its main interaction if live, else its newest live one.
 * 3. Otherwise the newest live voice interaction.
 *
 * "Live" is {@link isLiveInteraction}; "newest" is by `startDate`, or the order seen when it is unknown.
 */
export function resolveTargetInteraction(state: DesktopState, explicitId?: string | null): Interaction | undefined {
  if (explicitId) return state.interactions.get(explicitId);
  const selected = state.selectedCaseId === undefined ? undefined : state.cases.get(state.selectedCaseId);
  if (selected) {
    const main = selected.interactions.find((interaction) => interaction.isMainCaseInteraction && isLiveInteraction(interaction));
    const chosen = main ?? newestLive(selected.interactions);
    if (chosen) return chosen;
  }
  return newestLiveVoice(state.interactions);
}

/**
 * The newest live call of an interaction map, computed once per map: every element without an
 * `interaction-id` asks for it at every update, and a scan per element per change would make a
 * page's work grow with elements × interactions.
 */
const newestLiveVoiceOf = new WeakMap<ReadonlyMap<string, Interaction>, { value: Interaction | undefined }>();

function newestLiveVoice(interactions: ReadonlyMap<string, Interaction>): Interaction | undefined {
  let known = newestLiveVoiceOf.get(interactions);
  if (!known) {
    known = { value: newestLive(voiceOnly(interactions.values())) };
    newestLiveVoiceOf.set(interactions, known);
  }
  return known.value;
}

// ---- Applying events and lists --------------------------------------------------------------------

/** Installs a new interaction map and re-derives the case slices from it. */
function withInteractions(state: DesktopState, interactions: ReadonlyMap<string, Interaction>, sync: SyncBookkeeping): DesktopState {
  if (interactions === state.interactions) return sync === state.sync ? state : { ...state, sync };
  const { cases, selectedCaseId } = deriveCases(interactions, state);
  return { ...state, interactions, cases, selectedCaseId, sync };
}

/**
 * An `interaction` channel event (already a plain copy). `REMOVED` deletes the interaction; every
 * other event type, known or not, merges what it carries onto what is known (see
 * {@link mergeInteraction}), adding the interaction when the id is new. An event without an event
 * type or a usable interaction changes nothing.
 */
export function applyInteractionEvent(state: DesktopState, payload: Record<string, unknown>): DesktopState {
  return applyInteractionEvents(state, [payload]);
}

/**
 * Several `interaction` events in their order: the same state as applying each in turn, for the
 * cost of one: the map is copied and the cases derived once, so a flood of events on thousands of
 * interactions stays linear (the store batches the events that arrive within one frame).
 */
export function applyInteractionEvents(state: DesktopState, payloads: readonly Record<string, unknown>[]): DesktopState {
  const batched = applyAtOnce(state, payloads);
  // While the desktop briefly flags two cases as selected, the previous choice holds (`pickSelected`),
  // and which choice was "previous" depends on every step: such a batch goes one event at a time.
  if (payloads.length > 1 && casesFlaggedSelected(batched.interactions) > 1) {
    return payloads.reduce((next, payload) => applyAtOnce(next, [payload]), state);
  }
  return batched;
}

function casesFlaggedSelected(interactions: ReadonlyMap<string, Interaction>): number {
  const flagged = new Set<string>();
  for (const interaction of interactions.values()) if (interaction.isCaseSelected && interaction.caseId) flagged.add(interaction.caseId);
  return flagged.size;
}

function applyAtOnce(state: DesktopState, payloads: readonly Record<string, unknown>[]): DesktopState {
  let sync = state.sync;
  let interactions: Map<string, Interaction> | undefined;
  for (const payload of payloads) {
    const eventType = eventTypeOf(payload);
    const patch = eventType === undefined ? undefined : toInteractionPatch(payload.interaction);
    if (!patch) continue;
    const id = patch.interactionId;
    // Noted even for a REMOVED of an unknown id: the tombstone stops an in-flight list resurrecting it.
    sync = noteEvent(sync, interactionKey(id));
    const current = (interactions ?? state.interactions).get(id);
    const next = eventType === 'REMOVED' ? undefined : mergeInteraction(current, patch, mediaName(payload.media));
    if (next === current) continue;
    interactions ??= new Map(state.interactions);
    if (next) interactions.set(id, next);
    else interactions.delete(id);
  }
  return withInteractions(state, interactions ?? state.interactions, sync);
}

/**
 * The answer of `interaction.getInteractions` (already a plain copy); anything but an array is
 * ignored. The list decides which interactions exist (see `mergeSnapshot`), but each item is merged
 * onto the known record like an event, so a list that omits a field never downgrades it.
 */
export function applyInteractionList(state: DesktopState, list: unknown, fetchId: number | undefined): DesktopState {
  if (!Array.isArray(list)) return state;
  const incoming = new Map<string, Interaction>();
  for (const item of list) {
    const patch = toInteractionPatch(item);
    if (!patch) continue;
    const id = patch.interactionId;
    incoming.set(id, mergeInteraction(incoming.get(id) ?? state.interactions.get(id), patch));
  }
  const interactions = mergeSnapshot(state.interactions, incoming, (id) => touchedSince(state.sync, interactionKey(id), fetchId));
  return withInteractions(state, interactions, state.sync);
}
