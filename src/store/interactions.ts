import { isPlainRecord, type Interaction } from '../protocol/index.js';
import { deriveCases } from './cases.js';
import { keepIfSame } from './equality.js';
import { toInteraction } from './guards.js';
import type { DesktopState, SyncBookkeeping } from './state.js';
import { interactionKey, mergeSnapshot, noteEvent, touchedSince } from './sync.js';

/** Installs a new interaction map and re-derives the case slices from it. */
function withInteractions(state: DesktopState, interactions: ReadonlyMap<string, Interaction>, sync: SyncBookkeeping): DesktopState {
  if (interactions === state.interactions) return sync === state.sync ? state : { ...state, sync };
  const { cases, selectedCaseId } = deriveCases(interactions, state);
  return { ...state, interactions, cases, selectedCaseId, sync };
}

/**
 * An `interaction` channel event (already a plain copy). `REMOVED` deletes the interaction; every
 * other event type carries the interaction's full new value and replaces it, adding it when the
 * id is new. An event without a usable interaction changes nothing.
 */
export function applyInteractionEvent(state: DesktopState, payload: unknown): DesktopState {
  if (!isPlainRecord(payload) || typeof payload.eventType !== 'string') return state;
  if (payload.eventType === 'REMOVED') {
    const carried = payload.interaction;
    const id = isPlainRecord(carried) ? carried.interactionId : undefined;
    if (typeof id !== 'string' || id.length === 0) return state;
    // Noted even when the id is unknown: the tombstone stops an in-flight list resurrecting it.
    const sync = noteEvent(state.sync, interactionKey(id));
    if (!state.interactions.has(id)) return withInteractions(state, state.interactions, sync);
    const interactions = new Map(state.interactions);
    interactions.delete(id);
    return withInteractions(state, interactions, sync);
  }
  const interaction = toInteraction(payload.interaction, payload.media);
  if (!interaction) return state;
  const id = interaction.interactionId;
  const sync = noteEvent(state.sync, interactionKey(id));
  const current = state.interactions.get(id);
  const next = current ? keepIfSame(current, interaction) : interaction;
  if (next === current) return withInteractions(state, state.interactions, sync);
  const interactions = new Map(state.interactions);
  interactions.set(id, next);
  return withInteractions(state, interactions, sync);
}

/** The answer of `interaction.getInteractions` (already a plain copy); anything but an array is ignored. */
export function applyInteractionList(state: DesktopState, list: unknown, fetchId: number | undefined): DesktopState {
  if (!Array.isArray(list)) return state;
  const incoming = new Map<string, Interaction>();
  for (const item of list) {
    const interaction = toInteraction(item);
    if (interaction) incoming.set(interaction.interactionId, interaction);
  }
  const interactions = mergeSnapshot(state.interactions, incoming, (id) =>
    touchedSince(state.sync, interactionKey(id), fetchId),
  );
  return withInteractions(state, interactions, state.sync);
}
