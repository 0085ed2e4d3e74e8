/** Arbitraries and checks shared by the reducer's property tests. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { INTERACTION_EVENT_TYPES } from '../../src/protocol/index.js';
import type { DesktopAction, DesktopState, StoreChannel } from '../../src/store/index.js';

/** Few ids, so events collide; some are names that would hurt a plain object. */
export const id = fc.constantFrom('a', 'b', 'c', '__proto__', 'constructor', 'toString');
export const replacingType = fc.constantFrom(...INTERACTION_EVENT_TYPES.filter((type) => type !== 'REMOVED'));
export const safeKey = fc.string({ maxLength: 6 }).filter((key) => key !== '__proto__');

export const event = (channel: StoreChannel, payload: unknown): DesktopAction => ({ type: 'event', channel, event: payload });

export function expectCasesConsistent(state: DesktopState): void {
  for (const [caseId, view] of state.cases) {
    const members = [...state.interactions.values()].filter((interaction) => interaction.caseId === caseId);
    expect(view.interactions.length).to.equal(members.length);
    expect(view.interactions.every((interaction) => state.interactions.get(interaction.interactionId) === interaction)).to.equal(true);
  }
  const withCase = [...state.interactions.values()].filter((interaction) => interaction.caseId !== '');
  expect(new Set(withCase.map((interaction) => interaction.caseId)).size).to.equal(state.cases.size);
  if (state.selectedCaseId !== undefined) {
    expect(state.cases.get(state.selectedCaseId)?.interactions.some((interaction) => interaction.isCaseSelected)).to.equal(true);
  }
}
