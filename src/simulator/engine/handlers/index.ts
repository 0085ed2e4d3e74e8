import { agentHandlers, mediaHandlers } from './agent-media.js';
import type { HandlerTable } from './call.js';
import { interactionHandlers } from './interaction.js';
import { authHandlers, configurationHandlers, emailHandlers, messengerHandlers } from './misc.js';
import { outboundHandlers } from './outbound.js';
import { systemHandlers } from './system.js';
import { sipEndpointHandlers, voiceHandlers } from './voice.js';

/** One handler per request of the protocol's RequestMap; the type proves none is missing. */
export const REQUEST_HANDLERS: HandlerTable = {
  ...agentHandlers,
  ...configurationHandlers,
  ...emailHandlers,
  ...interactionHandlers,
  ...mediaHandlers,
  ...voiceHandlers,
  ...sipEndpointHandlers,
  ...systemHandlers,
  ...outboundHandlers,
  ...messengerHandlers,
  ...authHandlers,
};

export type { RequestCall, HandlerTable } from './call.js';
