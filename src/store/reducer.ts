import { eventTypeOf, isPlainRecord, type Media, type MediaState } from '../protocol/index.js';
import type { DesktopAction, StoreChannel } from './actions.js';
import { toAgent, toAgentMediaState, toMedia, toMediaState, toMediaStates } from './guards.js';
import { applyInteractionEvent, applyInteractionEvents, applyInteractionList } from './interactions.js';
import {
  AGENT_STATE_KEY,
  closeWindow,
  keepIfSame,
  markWindowFailed,
  mediaKey,
  mergeSnapshot,
  noteEvent,
  openWindow,
  touchedSince,
  type ConnectionSlice,
  type DesktopState,
} from './state.js';
import { toastButtonClicked, toastClosed, toastOpened, toastUpdated } from './toasts.js';

/**
 * The entry of the state list an agent `STATE_CHANGED` event means, when the event carries no
 * `state`: same `mediaState` and, for a reason, same `reasonCode`. Without a match the entry is
 * built from the event so the agent still sees the right coarse state and reason.
 */
function stateFromAgentEvent(payload: Record<string, unknown>, stateList: readonly MediaState[]): MediaState | undefined {
  const carried = toMediaState(payload.state);
  if (carried) return carried;
  const mediaState = toAgentMediaState(payload.mediaState);
  if (!mediaState) return undefined;
  const reasonCode = typeof payload.reasonCode === 'string' ? payload.reasonCode : undefined;
  const reason = typeof payload.reason === 'string' ? payload.reason : undefined;
  const sameState = stateList.filter((entry) => entry.state === mediaState);
  const match =
    reasonCode !== undefined
      ? sameState.find((entry) => entry.reasonCode === reasonCode)
      : (sameState.find((entry) => entry.reasonCode === undefined) ?? sameState[0]);
  if (match) return match;
  return {
    operationName: mediaState,
    displayName: reason ?? mediaState,
    state: mediaState,
    ...(reason !== undefined ? { reason } : {}),
    ...(reasonCode !== undefined ? { reasonCode } : {}),
  };
}

/** `state` with `changes` applied, or `state` itself when every changed value is identical. */
function patch(state: DesktopState, changes: Partial<DesktopState>): DesktopState {
  const keys = Object.keys(changes) as (keyof DesktopState)[];
  return keys.some((key) => changes[key] !== state[key]) ? { ...state, ...changes } : state;
}

function applyAgentEvent(state: DesktopState, payload: Record<string, unknown>): DesktopState {
  if (eventTypeOf(payload) !== 'STATE_CHANGED') return state;
  const next = stateFromAgentEvent(payload, state.stateList);
  if (!next) return state;
  const sync = noteEvent(state.sync, AGENT_STATE_KEY);
  return patch(state, { agentState: keepIfSame(state.agentState, next), sync });
}

function applyMediaEvent(state: DesktopState, payload: Record<string, unknown>): DesktopState {
  const media = eventTypeOf(payload) === 'STATE_CHANGED' ? toMedia(payload.media) : undefined;
  if (!media) return state;
  const sync = noteEvent(state.sync, mediaKey(media.media));
  const current = state.media.get(media.media);
  const kept = current ? keepIfSame(current, media) : media;
  if (kept === current) return patch(state, { sync });
  const next = new Map(state.media);
  next.set(media.media, kept);
  return patch(state, { media: next, sync });
}

/**
 * A desktop event, as the parser's one sanitized copy (protocol/parse.ts): plain data, no getters,
 * no prototypes, so it is read, never copied again.
 */
function applyEvent(state: DesktopState, channel: StoreChannel, payload: unknown): DesktopState {
  if (!isPlainRecord(payload)) return state;
  switch (channel) {
    case 'interaction':
      return applyInteractionEvent(state, payload);
    case 'agent':
      return applyAgentEvent(state, payload);
    case 'media':
      return applyMediaEvent(state, payload);
    case 'system': {
      if (eventTypeOf(payload) !== 'CUSTOM_TOAST_BUTTON_CLICK') return state;
      return patch(state, { toasts: toastButtonClicked(state.toasts, payload) });
    }
    default:
      return state;
  }
}

/** The connection slice with `changes`, keeping the old object when nothing differs. */
function nextConnection(current: ConnectionSlice, changes: Partial<ConnectionSlice>): ConnectionSlice {
  const { state, error, lastError } = { ...current, ...changes };
  if (state === current.state && error === current.error && lastError === current.lastError) return current;
  return { state, ...(error ? { error } : {}), ...(lastError ? { lastError } : {}) };
}

function applyMediaList(state: DesktopState, list: unknown, fetchId: number | undefined): DesktopState {
  if (!Array.isArray(list)) return state;
  const incoming = new Map<string, Media>();
  for (const item of list) {
    const media = toMedia(item);
    if (media) incoming.set(media.media, media);
  }
  const media = mergeSnapshot(state.media, incoming, (name) => touchedSince(state.sync, mediaKey(name), fetchId));
  return patch(state, { media });
}

/**
 * The store's one reducer: `(state, action) → state`. Pure and total: it never throws, never
 * mutates its inputs, and returns `state` itself when the action changes nothing (a desktop event
 * always advances the `sync` counter). Every slice whose content did not change keeps its
 * identity, so `changedSlices()` is exact.
 */
export function reduceDesktop(state: DesktopState, action: DesktopAction): DesktopState {
  const { connection } = state;
  switch (action.type) {
    case 'connection-changed': {
      const next = nextConnection(connection, { state: action.state, error: action.error });
      const allowedServices = action.allowedServices && keepIfSame(state.allowedServices, [...action.allowedServices]);
      return patch(state, { connection: next, allowedServices });
    }
    case 'fetch-started':
      return patch(state, { sync: openWindow(state.sync, action.fetchId) });
    case 'fetch-failed':
      return patch(state, {
        connection: nextConnection(connection, { lastError: action.error }),
        sync: markWindowFailed(state.sync, action.fetchId),
      });
    case 'fetch-finished': {
      const window = state.sync.windows.get(action.fetchId);
      if (!window) return state;
      const sync = closeWindow(state.sync, action.fetchId);
      return patch(state, { connection: window.failed ? connection : nextConnection(connection, { lastError: undefined }), sync });
    }
    case 'agent-fetched': {
      const agent = toAgent(action.agent);
      return agent ? patch(state, { agent: keepIfSame(state.agent, agent) }) : state;
    }
    case 'state-list-fetched': {
      const stateList = toMediaStates(action.stateList);
      return stateList ? patch(state, { stateList: keepIfSame(state.stateList, stateList) }) : state;
    }
    case 'agent-state-fetched': {
      if (touchedSince(state.sync, AGENT_STATE_KEY, action.fetchId)) return state;
      const agentState = toMediaState(action.agentState);
      return agentState ? patch(state, { agentState: keepIfSame(state.agentState, agentState) }) : state;
    }
    case 'media-fetched':
      return applyMediaList(state, action.media, action.fetchId);
    case 'interactions-fetched':
      return applyInteractionList(state, action.interactions, action.fetchId);
    case 'event':
      return applyEvent(state, action.channel, action.event);
    case 'toast-opened':
      return patch(state, { toasts: toastOpened(state.toasts, action.id, action.params) });
    case 'toast-updated':
      return patch(state, { toasts: toastUpdated(state.toasts, action.id, action.params) });
    case 'toast-closed':
      return patch(state, { toasts: toastClosed(state.toasts, action.id) });
    default:
      return state;
  }
}

/**
 * `actions` reduced in order: the same state as folding {@link reduceDesktop} over them, but a run
 * of consecutive interaction events is applied as one batch (see `applyInteractionEvents`).
 */
export function reduceDesktopAll(state: DesktopState, actions: readonly DesktopAction[]): DesktopState {
  let next = state;
  let run: Record<string, unknown>[] = [];
  const applyRun = () => {
    if (run.length > 0) next = applyInteractionEvents(next, run);
    run = [];
  };
  for (const action of actions) {
    if (action.type === 'event' && action.channel === 'interaction') {
      if (isPlainRecord(action.event)) run.push(action.event);
      continue;
    }
    applyRun();
    next = reduceDesktop(next, action);
  }
  applyRun();
  return next;
}
