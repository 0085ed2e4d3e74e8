import type { MediaState } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';

function requireState(desk: Desktop, operationName: string): MediaState {
  const state = desk.model.stateByOperation(operationName);
  if (!state) throw new SimulatorError(`Unknown agent state operation '${operationName}'`);
  return state;
}

/** The agent's global state; every media follows it, and Logout logs them all off. */
export function setAgentState(desk: Desktop, operationName: string): void {
  const state = requireState(desk, operationName);
  desk.model.agentState = { ...state };
  desk.emitAgent({
    eventType: 'STATE_CHANGED',
    mediaState: state.state,
    ...(state.reason !== undefined ? { reason: state.reason, reasonCode: state.reasonCode } : {}),
    state: { ...state },
  });
  for (const media of desk.model.media) {
    media.state = { ...state };
    media.loggedIn = state.state !== 'LOGOUT';
    desk.emitMedia(media);
  }
}

/** One media's state (`media.setState`); the agent's global state stays. */
export function setMediaState(desk: Desktop, mediaName: string, operationName: string): void {
  const media = desk.model.media.find((item) => item.media === mediaName);
  if (!media) throw new SimulatorError(`Unknown media '${mediaName}'`);
  const state = requireState(desk, operationName);
  media.state = { ...state };
  media.loggedIn = state.state !== 'LOGOUT';
  desk.emitMedia(media);
}
