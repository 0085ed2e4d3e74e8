import type { Interaction } from '../protocol/index.js';
import type { DesktopState, Slice } from './state.js';

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
  return newestLive(voiceOnly(state.interactions.values()));
}
