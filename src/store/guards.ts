/**
 * Guards that turn the desktop's agent and media data (already a sanitized plain copy, made once
 * by the parser) into the protocol's types, or reject it. What a field's type does not allow is
 * dropped or defaulted; what cannot be identified (no name) is rejected as a whole. The
 * interaction's guard lives with the rest of the interaction slice (interactions.ts).
 */
import {
  isPlainRecord,
  readOneOf,
  readText,
  readTexts,
  type Agent,
  type AgentMediaState,
  type Media,
  type MediaState,
} from '../protocol/index.js';

const AGENT_MEDIA_STATES: readonly AgentMediaState[] = [
  'READY',
  'NOT_READY',
  'NOT_READY_ACTION_CODE',
  'NOT_READY_AFTER_CALLWORK',
  'LOGOUT',
  'UNKNOWN',
];
export function toAgentMediaState(value: unknown): AgentMediaState | undefined {
  return readOneOf(value, AGENT_MEDIA_STATES);
}

export function toAgent(value: unknown): Agent | undefined {
  if (!isPlainRecord(value)) return undefined;
  return {
    employeeId: readText(value.employeeId) ?? '',
    firstname: readText(value.firstname) ?? '',
    lastname: readText(value.lastname) ?? '',
    username: readText(value.username) ?? '',
  };
}

export function toMediaState(value: unknown): MediaState | undefined {
  if (!isPlainRecord(value)) return undefined;
  const operationName = readText(value.operationName);
  const state = toAgentMediaState(value.state);
  if (operationName === undefined || state === undefined) return undefined;
  return {
    operationName,
    displayName: readText(value.displayName) ?? operationName,
    state,
    ...readTexts(value, ['reason', 'reasonCode'] as const),
  };
}

export function toMediaStates(value: unknown): MediaState[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const states: MediaState[] = [];
  for (const item of value) {
    const state = toMediaState(item);
    if (state) states.push(state);
  }
  return states;
}

export function toMedia(value: unknown): Media | undefined {
  if (!isPlainRecord(value)) return undefined;
  const media = readText(value.media);
  const state = toMediaState(value.state);
  if (!media || !state) return undefined;
  return { media, state, loggedIn: value.loggedIn === true };
}
