import type { RequestName } from './requests.js';

/**
 * The coarse shape each request's result must have. A success envelope whose `data` does not fit
 * is a BAD_RESPONSE rather than a typed value that lies. `any` covers requests whose result the
 * desktop does not document and the kit never reads.
 */
export type ResultShape = 'any' | 'boolean' | 'string' | 'array' | 'object' | 'object-or-null';

const SHAPES: Partial<Record<RequestName, ResultShape>> = {
  'agent.get': 'object',
  'agent.getState': 'object',
  'agent.getStateList': 'array',
  'configuration.getOption': 'object',
  'interaction.getInteractions': 'array',
  'interaction.getByInteractionId': 'object-or-null',
  'interaction.getByBundleId': 'array',
  'interaction.getByCaseId': 'array',
  'interaction.consult': 'object',
  'media.getMediaList': 'array',
  'media.getMediaByName': 'object-or-null',
  'sipEndpoint.isMicrophoneMute': 'boolean',
  'sipEndpoint.isSpeakerMute': 'boolean',
  'system.getAllowedServices': 'array',
  'system.popupToast': 'string',
  'system.openDialog': 'string',
  'system.amIVisible': 'boolean',
  'system.isFrameLeading': 'boolean',
  'system.isFrameFollowing': 'boolean',
  'system.isFrameNegotiating': 'boolean',
  'system.isFrameLeadingOrNegotiating': 'boolean',
  'system.isLastActiveFrame': 'boolean',
  'outbound.getCampaigns': 'array',
  'outbound.getPreviewRecord': 'object-or-null',
  'outbound.getChainedRecords': 'array',
  'outbound.getRecordFields': 'object',
  'outbound.getListOfCallResults': 'array',
  'outbound.getCallResult': 'object-or-null',
  'auth.getJwtToken': 'string',
  'auth.getPureCloudToken': 'string',
};

export function resultShapeOf(request: string): ResultShape {
  return SHAPES[request as RequestName] ?? 'any';
}

/** Whether `data` has the shape the request's result must have. */
export function fitsResultShape(request: string, data: unknown): boolean {
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  switch (resultShapeOf(request)) {
    case 'any':
      return true;
    case 'boolean':
      return typeof data === 'boolean';
    case 'string':
      return typeof data === 'string';
    case 'array':
      return Array.isArray(data);
    case 'object':
      return isObject;
    case 'object-or-null':
      return data === null || isObject;
  }
}
