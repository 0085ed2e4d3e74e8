import type { MediaState } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';

/**
 * The state a page names. Genesys's client calls the parameter `stateListIndex` while the docs and
 * sample pass an operationName, so both are served: a number is an index into the state list, a
 * string an operationName, and a numeric string either (operationName first, as the docs say).
 */
export function resolveState(desk: Desktop, reference: unknown): MediaState {
  const { stateList } = desk.model;
  if (typeof reference === 'string') {
    const byName = desk.model.stateByOperation(reference);
    if (byName) return byName;
  }
  const index = typeof reference === 'number' ? reference : typeof reference === 'string' && /^\d+$/.test(reference.trim()) ? Number(reference) : NaN;
  if (Number.isInteger(index) && index >= 0 && index < stateList.length) return stateList[index];
  throw new SimulatorError(`Unknown agent state operation '${String(reference)}'`);
}

/** The agent's global state; every media follows it, and Logout logs them all off. */
export function setAgentState(desk: Desktop, reference: unknown): void {
  const state = resolveState(desk, reference);
  desk.model.agentState = { ...state };
  // The fields of the overview's STATE_CHANGED examples, and no others.
  desk.emitAgent({
    eventType: 'STATE_CHANGED',
    mediaState: state.state,
    ...(state.reason !== undefined ? { reason: state.reason, reasonCode: state.reasonCode } : {}),
  });
  for (const media of desk.model.media) {
    media.state = { ...state };
    media.loggedIn = state.state !== 'LOGOUT';
    desk.emitMedia(media);
  }
}

/** One media's state (`media.setState`); the agent's global state stays. */
export function setMediaState(desk: Desktop, mediaName: string, reference: unknown): void {
  const media = desk.model.media.find((item) => item.media === mediaName);
  if (!media) throw new SimulatorError(`Unknown media '${mediaName}'`);
  const state = resolveState(desk, reference);
  media.state = { ...state };
  media.loggedIn = state.state !== 'LOGOUT';
  desk.emitMedia(media);
}
