import type { Interaction, InteractionEventType, InteractionState, MediaName, Party, UserData } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { guid } from '../ids.js';
import { onCaseEmptied, selectCase } from './cases.js';

export interface NewInteraction {
  media: MediaName;
  state: InteractionState & InteractionEventType;
  parties: Party[];
  userData?: UserData;
  caseId?: string;
  parent?: Interaction;
  extra?: Partial<Interaction>;
}

/**
 * Creates an interaction the way the desktop shows one: in a new case (or its parent's case for
 * a consultation, or the given case), selected and expanded, announced by ADDED and then by the
 * event of its first state.
 */
export function addInteraction(desk: Desktop, spec: NewInteraction): Interaction {
  const interactionId = desk.newInteractionId();
  const caseId = spec.parent?.caseId ?? spec.caseId ?? guid();
  const opensCase = desk.model.interactionsOfCase(caseId).length === 0;
  const interaction: Interaction = {
    interactionId,
    caseId,
    bundleId: spec.parent?.bundleId ?? guid(),
    media: spec.media,
    userData: { ...spec.userData, IW_CaseUid: caseId },
    state: spec.state,
    previousState: 'UNKNOWN',
    parties: spec.parties,
    isConsultation: spec.parent !== undefined,
    isMainCaseInteraction: opensCase,
    startDate: desk.clock.now(),
    isCaseSelected: false,
    isCaseExpanded: false,
    isMarkdoneBlocked: false,
    ...(spec.parent ? { parentInteractionId: spec.parent.interactionId } : {}),
    ...spec.extra,
  };
  interaction.userData.IW_BundleUid = interaction.bundleId ?? '';
  desk.model.interactions.set(interactionId, interaction);
  selectCase(desk, caseId, interaction);
  desk.emitInteraction('ADDED', interaction);
  desk.emitInteraction(spec.state, interaction);
  return interaction;
}

/** Takes the interaction off the desktop: REMOVED, then the case moves on if it is now empty. */
export function removeInteraction(desk: Desktop, interaction: Interaction): void {
  desk.model.markdoneBlocks.get(interaction.interactionId)?.cancelExpiry();
  desk.model.markdoneBlocks.delete(interaction.interactionId);
  desk.model.interactions.delete(interaction.interactionId);
  desk.emitInteraction('REMOVED', interaction);
  onCaseEmptied(desk, interaction.caseId);
}
