import type { Interaction, InteractionEventType, MediaState } from '../../src/protocol/index.js';
import { createInitialState, reduceDesktop, type DesktopAction, type DesktopState } from '../../src/store/index.js';

/** A complete, valid interaction (every required field, as the guards would produce it). */
export function makeInteraction(overrides: Partial<Interaction> & { interactionId: string }): Interaction {
  return {
    caseId: `case-${overrides.interactionId}`,
    media: 'voice',
    userData: {},
    state: 'ESTABLISHED',
    parties: [],
    isConsultation: false,
    isMainCaseInteraction: true,
    startDate: 1_000,
    isCaseSelected: false,
    isCaseExpanded: false,
    ...overrides,
  };
}

export function interactionEvent(eventType: InteractionEventType, interaction: Interaction): DesktopAction {
  return { type: 'event', channel: 'interaction', event: { eventType, media: interaction.media, interaction } };
}

export function removed(interactionId: string): DesktopAction {
  return { type: 'event', channel: 'interaction', event: { eventType: 'REMOVED', media: 'voice', interaction: { interactionId } } };
}

export function reduceAll(actions: readonly DesktopAction[], from: DesktopState = createInitialState()): DesktopState {
  return actions.reduce(reduceDesktop, from);
}

export const READY: MediaState = { operationName: 'Ready', displayName: 'Ready', state: 'READY' };
export const NOT_READY: MediaState = { operationName: 'NotReady', displayName: 'Not Ready', state: 'NOT_READY' };
export const BREAK: MediaState = {
  operationName: 'NotReadyBreak',
  displayName: 'Not Ready - Break',
  state: 'NOT_READY_ACTION_CODE',
  reason: 'Break',
  reasonCode: '1511',
};
export const LUNCH: MediaState = {
  operationName: 'NotReadyLunch',
  displayName: 'Not Ready - Lunch',
  state: 'NOT_READY_ACTION_CODE',
  reason: 'Lunch',
  reasonCode: '1512',
};
export const STATE_LIST: readonly MediaState[] = [READY, NOT_READY, BREAK, LUNCH];
