import { isRequestName, requestNames } from '../../../protocol/index.js';
import type { ProfileDefinition } from '../profiles.js';
import { agentHandlers, mediaHandlers } from './agent-media.js';
import type { HandlerTable, RequestHandler } from './call.js';
import { interactionHandlers, LEGACY_USER_DATA_HANDLERS } from './interaction.js';
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

/** The handler a desktop of `profile` has for `request`, if it serves it. */
export function handlerFor(request: string, profile: ProfileDefinition): RequestHandler | undefined {
  if (isRequestName(request)) return REQUEST_HANDLERS[request];
  if (profile.legacyUserData && Object.hasOwn(LEGACY_USER_DATA_HANDLERS, request)) return LEGACY_USER_DATA_HANDLERS[request];
  return undefined;
}

/** Every request a desktop of `profile` serves. */
export function servedRequests(profile: ProfileDefinition): string[] {
  return [...requestNames(), ...(profile.legacyUserData ? Object.keys(LEGACY_USER_DATA_HANDLERS) : [])];
}

export type { RequestCall, HandlerTable, RequestHandler } from './call.js';
