import type { Interaction } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';

/**
 * Recomputes every interaction's `isCaseSelected` / `isCaseExpanded` from the model's selected
 * case and expanded set, and sends CASE_SELECTION_CHANGED for each interaction whose flags moved.
 * `quiet` (a new interaction) is updated without an event: its ADDED carries the flags.
 */
export function applyCaseFlags(desk: Desktop, quiet?: Interaction): void {
  const { model } = desk;
  for (const interaction of model.interactions.values()) {
    const selected = interaction.caseId === model.selectedCaseId;
    const expanded = model.expandedCases.has(interaction.caseId);
    if (interaction.isCaseSelected === selected && interaction.isCaseExpanded === expanded) continue;
    interaction.isCaseSelected = selected;
    interaction.isCaseExpanded = expanded;
    if (interaction !== quiet) desk.emitInteraction('CASE_SELECTION_CHANGED', interaction);
  }
  desk.changed();
}

function requireCase(desk: Desktop, caseId: string): void {
  if (desk.model.interactionsOfCase(caseId).length === 0) throw new SimulatorError(`Unknown case '${caseId}'`);
}

/** Selects a case, as a click on it in the desktop does: it opens expanded, the others deselect. */
export function selectCase(desk: Desktop, caseId: string, quiet?: Interaction): void {
  requireCase(desk, caseId);
  desk.model.selectedCaseId = caseId;
  desk.model.expandedCases.add(caseId);
  applyCaseFlags(desk, quiet);
}

export function expandCase(desk: Desktop, caseId: string, expanded: boolean): void {
  requireCase(desk, caseId);
  if (expanded) desk.model.expandedCases.add(caseId);
  else desk.model.expandedCases.delete(caseId);
  applyCaseFlags(desk);
}

/** After the last interaction of the selected case goes, the desktop shows the newest other case. */
export function onCaseEmptied(desk: Desktop, caseId: string): void {
  const { model } = desk;
  if (model.interactionsOfCase(caseId).length > 0) return;
  model.expandedCases.delete(caseId);
  if (model.selectedCaseId !== caseId) return;
  const newest = [...model.interactions.values()].sort((a, b) => b.startDate - a.startDate)[0];
  model.selectedCaseId = newest?.caseId;
  if (newest) model.expandedCases.add(newest.caseId);
  applyCaseFlags(desk);
}
