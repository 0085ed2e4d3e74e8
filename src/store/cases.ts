import type { Interaction } from '../protocol/index.js';
import type { CaseView } from './state.js';

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
