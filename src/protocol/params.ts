import type { RequestName } from './requests.js';

/**
 * Run-time rules for request parameters, for callers without TypeScript (plain pages, the compat
 * facade) and for the simulator, which answers the same mistakes with an errorMessage.
 * Each rule lists the positional parameters that must be present, by kind.
 */
type ParamKind = 'string' | 'record' | 'number' | 'boolean' | 'target' | 'array';

const ID: ParamKind[] = ['string'];
const RULES: Partial<Record<RequestName, ParamKind[]>> = {
  'agent.setState': ID,
  'configuration.getOption': ['array'],
  'email.create': ID,
  'interaction.getByInteractionId': ID,
  'interaction.getByBundleId': ID,
  'interaction.getByCaseId': ID,
  'interaction.setUserData': ['string', 'record'],
  'interaction.deleteUserData': ['string', 'string'],
  'interaction.selectCaseByCaseId': ID,
  'interaction.markdone': ID,
  'interaction.blockMarkdone': ['string', 'string'],
  'interaction.unblockMarkdone': ID,
  'interaction.accept': ID,
  'interaction.reject': ID,
  'interaction.consult': ['string', 'target'],
  'interaction.singleStepTransfer': ['string', 'target'],
  'interaction.singleStepConference': ['string', 'target'],
  'interaction.completeTransfer': ID,
  'interaction.completeConference': ID,
  'media.getMediaByName': ID,
  'media.setState': ['string', 'string'],
  'voice.dial': ID,
  'voice.dialEx': ['string'],
  'voice.answer': ID,
  'voice.hold': ID,
  'voice.resume': ID,
  'voice.hangUp': ID,
  'voice.startCallRecording': ID,
  'voice.stopCallRecording': ID,
  'voice.pauseCallRecording': ID,
  'voice.resumeCallRecording': ID,
  'system.popupToast': ['record'],
  'system.updateToast': ['string', 'record'],
  'system.closeToast': ID,
  'system.openDialog': ID,
  'system.closeDialog': ID,
  'system.updateViewInApplicationMenuBar': ['record'],
  'system.closeViewInApplicationMenuBar': ID,
  'outbound.getPreviewRecord': ID,
  'outbound.getChainedRecords': ID,
  'outbound.getRecordFields': ID,
  'outbound.updateRecordFields': ['string', 'record'],
  'outbound.callPreviewRecord': ['string', 'number'],
  'outbound.rejectPreviewRecord': ID,
  'outbound.cancelPreviewRecord': ID,
  'outbound.rescheduleRecord': ['string', 'number', 'string', 'string'],
  'outbound.cancelReschedule': ID,
  'outbound.setCallResult': ['string', 'number'],
  'outbound.getCallResult': ID,
  'outbound.setDoNotCall': ID,
  'outbound.removeDoNotCall': ID,
  'messenger.broadcastMessage': ['string'],
  'auth.getPureCloudToken': ['boolean'],
};

function fits(kind: ParamKind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string' && value.trim().length > 0;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'target':
      return fits('string', value) || (fits('record', value) && fits('string', (value as { destination?: unknown }).destination));
  }
}

const KIND_TEXT: Record<ParamKind, string> = {
  string: 'a non-empty string',
  number: 'a finite number',
  boolean: 'a boolean',
  array: 'an array',
  record: 'an object',
  target: 'a destination string or { type, destination }',
};

/** Describes the first parameter problem of a request, or answers undefined when they fit. */
export function checkParams(request: string, params: readonly unknown[]): string | undefined {
  const rule = RULES[request as RequestName];
  if (!rule) return undefined;
  for (let index = 0; index < rule.length; index++) {
    if (!fits(rule[index]!, params[index])) {
      return `${request}: parameter ${index + 1} must be ${KIND_TEXT[rule[index]!]}.`;
    }
  }
  return undefined;
}
