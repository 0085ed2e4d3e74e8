import type { DesktopSnapshot } from '../../engine/index.js';

/**
 * Which interaction the work area shows after the desktop changed. The agent's pick stays while
 * it exists and the selected case did not move; when the desktop selects another case (a new
 * call, a page calling selectCaseByCaseId), the focus follows it to that case's main interaction.
 */
export function pickFocus(snapshot: DesktopSnapshot, focused: string | undefined, previousCase: string | undefined): string | undefined {
  const current = snapshot.interactions.find((interaction) => interaction.interactionId === focused);
  if (current && snapshot.selectedCaseId === previousCase) return focused;
  if (current && current.caseId === snapshot.selectedCaseId) return focused;
  const selected = snapshot.cases.find((entry) => entry.caseId === snapshot.selectedCaseId);
  if (selected) return selected.mainInteractionId ?? selected.interactionIds[0];
  return current ? focused : snapshot.interactions[0]?.interactionId;
}
