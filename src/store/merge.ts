/**
 * How what the desktop says about an interaction joins what the store knows. A real desktop sends
 * partial events (a recording change carries little more than `recordingState`) and may put
 * `media` on the event rather than on the interaction, so nothing is replaced wholesale: each
 * field the event or list item carries wins, every other field stays as it was. Only an explicit
 * `null` clears a field (as in a JSON merge patch).
 */
import type { Interaction } from '../protocol/index.js';
import { keepIfSame } from './equality.js';
import type { InteractionPatch } from './guards.js';

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
