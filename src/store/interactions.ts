import type { Interaction } from '../protocol/index.js';
import { deriveCases } from './cases.js';
import { eventTypeOf, mediaName, toInteractionPatch } from './guards.js';
import { mergeInteraction } from './merge.js';
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
 * other event type, known or not, merges what it carries onto what is known (see
 * {@link mergeInteraction}), adding the interaction when the id is new. An event without an event
 * type or a usable interaction changes nothing.
 */
export function applyInteractionEvent(state: DesktopState, payload: Record<string, unknown>): DesktopState {
  const eventType = eventTypeOf(payload);
  const patch = eventType === undefined ? undefined : toInteractionPatch(payload.interaction);
  if (!patch) return state;
  const id = patch.interactionId;
  // Noted even for a REMOVED of an unknown id: the tombstone stops an in-flight list resurrecting it.
  const sync = noteEvent(state.sync, interactionKey(id));
  const current = state.interactions.get(id);
  const next = eventType === 'REMOVED' ? undefined : mergeInteraction(current, patch, mediaName(payload.media));
  if (next === current) return withInteractions(state, state.interactions, sync);
  const interactions = new Map(state.interactions);
  if (next) interactions.set(id, next);
  else interactions.delete(id);
  return withInteractions(state, interactions, sync);
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
