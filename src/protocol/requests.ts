import type {
  Agent,
  AppMenuBarView,
  CallResult,
  DialogOptions,
  Interaction,
  Media,
  MediaState,
  OutboundCampaign,
  OutboundRecord,
  TargetQuery,
  ToastParams,
  UserData,
} from './types.js';

type Request<Params extends unknown[], Result> = { params: Params; result: Result };

/**
 * Every request the desktop answers: request name → positional parameter tuple → result type
 * (the envelope's `data`). The 74 requests of Genesys's client library, plus three that only
 * its docs and sample name (`interaction.getByBundleId`, `interaction.getByCaseId`,
 * `auth.getPureCloudToken`).
 */
export interface RequestMap {
  'agent.get': Request<[], Agent>;
  'agent.getState': Request<[], MediaState>;
  'agent.getStateList': Request<[], MediaState[]>;
  'agent.setState': Request<[operationName: string], void>;

  'configuration.getOption': Request<[patterns: string[]], Record<string, string>>;

  'email.create': Request<[destination: string, userData?: UserData], void>;

  'interaction.getInteractions': Request<[], Interaction[]>;
  'interaction.getByInteractionId': Request<[interactionId: string], Interaction | null>;
  'interaction.getByBundleId': Request<[bundleId: string], Interaction[]>;
  'interaction.getByCaseId': Request<[caseId: string], Interaction[]>;
  'interaction.setUserData': Request<[interactionId: string, keyValues: UserData], void>;
  'interaction.deleteUserData': Request<[interactionId: string, key: string], void>;
  'interaction.selectCaseByCaseId': Request<[caseId: string], void>;
  'interaction.markdone': Request<[interactionId: string], void>;
  'interaction.blockMarkdone': Request<[interactionId: string, warningMessage: string], void>;
  'interaction.unblockMarkdone': Request<[interactionId: string], void>;
  'interaction.accept': Request<[interactionId: string], void>;
  'interaction.reject': Request<[interactionId: string], void>;
  'interaction.consult': Request<
    [interactionId: string, targetQuery: TargetQuery, userData?: UserData, extensions?: Record<string, string>],
    Interaction
  >;
  'interaction.singleStepTransfer': Request<
    [interactionId: string, target: TargetQuery, userData?: UserData, extensions?: Record<string, string>],
    void
  >;
  'interaction.singleStepConference': Request<
    [interactionId: string, target: TargetQuery, userData?: UserData, extensions?: Record<string, string>],
    void
  >;
  'interaction.completeTransfer': Request<[consultInteractionId: string], void>;
  'interaction.completeConference': Request<[consultInteractionId: string], void>;

  'media.getMediaList': Request<[], Media[]>;
  'media.getMediaByName': Request<[name: string], Media | null>;
  'media.setState': Request<[mediaName: string, operationName: string], void>;

  'voice.dial': Request<[destination: string, userData?: UserData], void>;
  'voice.dialEx': Request<[destination: string, userData: UserData, extensions: Record<string, string>], void>;
  'voice.answer': Request<[interactionId: string], void>;
  'voice.hold': Request<[interactionId: string], void>;
  'voice.resume': Request<[interactionId: string], void>;
  'voice.hangUp': Request<[interactionId: string], void>;
  'voice.startCallRecording': Request<[interactionId: string], void>;
  'voice.stopCallRecording': Request<[interactionId: string], void>;
  'voice.pauseCallRecording': Request<[interactionId: string], void>;
  'voice.resumeCallRecording': Request<[interactionId: string], void>;

  'sipEndpoint.muteMicrophone': Request<[], void>;
  'sipEndpoint.unmuteMicrophone': Request<[], void>;
  'sipEndpoint.muteSpeaker': Request<[], void>;
  'sipEndpoint.unmuteSpeaker': Request<[], void>;
  'sipEndpoint.isMicrophoneMute': Request<[], boolean>;
  'sipEndpoint.isSpeakerMute': Request<[], boolean>;

  'system.getAllowedServices': Request<[], string[]>;
  'system.triggerActivity': Request<[], void>;
  'system.popupToast': Request<[params: ToastParams], string>;
  'system.updateToast': Request<[toastId: string, params: ToastParams], void>;
  'system.closeToast': Request<[toastId: string], void>;
  'system.openDialog': Request<[url: string, options?: DialogOptions], string>;
  'system.closeDialog': Request<[dialogId: string], void>;
  'system.updateViewInApplicationMenuBar': Request<[view: AppMenuBarView], void>;
  'system.closeViewInApplicationMenuBar': Request<[name: string], void>;
  'system.amIVisible': Request<[], boolean>;
  'system.isFrameLeading': Request<[], boolean>;
  'system.isFrameFollowing': Request<[], boolean>;
  'system.isFrameNegotiating': Request<[], boolean>;
  'system.isFrameLeadingOrNegotiating': Request<[], boolean>;
  'system.isLastActiveFrame': Request<[], boolean>;

  'outbound.getCampaigns': Request<[], OutboundCampaign[]>;
  'outbound.getPreviewRecord': Request<[campaignName: string], OutboundRecord | null>;
  'outbound.getChainedRecords': Request<[interactionId: string], OutboundRecord[]>;
  'outbound.getRecordFields': Request<[interactionId: string], Record<string, string>>;
  'outbound.updateRecordFields': Request<[interactionId: string, recordData: Record<string, string>], void>;
  'outbound.callPreviewRecord': Request<[interactionId: string, recordHandle: number], void>;
  'outbound.rejectPreviewRecord': Request<[interactionId: string], void>;
  'outbound.cancelPreviewRecord': Request<[interactionId: string], void>;
  'outbound.startDirectPushPreview': Request<[], void>;
  'outbound.stopDirectPushPreview': Request<[], void>;
  'outbound.rescheduleRecord': Request<
    [interactionId: string, recordHandle: number, rescheduleDate: string, callbackType: string],
    void
  >;
  'outbound.cancelReschedule': Request<[interactionId: string], void>;
  'outbound.getListOfCallResults': Request<[], CallResult[]>;
  'outbound.setCallResult': Request<[interactionId: string, callResult: number], void>;
  'outbound.getCallResult': Request<[interactionId: string], CallResult | null>;
  'outbound.setDoNotCall': Request<[interactionId: string], void>;
  'outbound.removeDoNotCall': Request<[interactionId: string], void>;

  'messenger.broadcastMessage': Request<[channel: string, message: unknown], void>;

  'auth.getJwtToken': Request<[], string>;
  'auth.getPureCloudToken': Request<[forceNewToken: boolean], string>;
}

export type RequestName = keyof RequestMap;
export type RequestParams<K extends RequestName> = RequestMap[K]['params'];
export type RequestResult<K extends RequestName> = RequestMap[K]['result'];

/** The 74 request strings of Genesys's client library, in its namespace order. */
export const LIBRARY_REQUESTS = [
  'agent.get',
  'agent.getState',
  'agent.getStateList',
  'agent.setState',
  'configuration.getOption',
  'email.create',
  'interaction.getInteractions',
  'interaction.getByInteractionId',
  'interaction.setUserData',
  'interaction.deleteUserData',
  'interaction.selectCaseByCaseId',
  'interaction.markdone',
  'interaction.blockMarkdone',
  'interaction.unblockMarkdone',
  'interaction.accept',
  'interaction.reject',
  'interaction.consult',
  'interaction.singleStepTransfer',
  'interaction.singleStepConference',
  'interaction.completeTransfer',
  'interaction.completeConference',
  'media.getMediaList',
  'media.getMediaByName',
  'media.setState',
  'voice.dial',
  'voice.dialEx',
  'voice.answer',
  'voice.hold',
  'voice.resume',
  'voice.hangUp',
  'voice.startCallRecording',
  'voice.stopCallRecording',
  'voice.pauseCallRecording',
  'voice.resumeCallRecording',
  'sipEndpoint.muteMicrophone',
  'sipEndpoint.unmuteMicrophone',
  'sipEndpoint.muteSpeaker',
  'sipEndpoint.unmuteSpeaker',
  'sipEndpoint.isMicrophoneMute',
  'sipEndpoint.isSpeakerMute',
  'system.getAllowedServices',
  'system.triggerActivity',
  'system.popupToast',
  'system.updateToast',
  'system.closeToast',
  'system.openDialog',
  'system.closeDialog',
  'system.updateViewInApplicationMenuBar',
  'system.closeViewInApplicationMenuBar',
  'system.amIVisible',
  'system.isFrameLeading',
  'system.isFrameFollowing',
  'system.isFrameNegotiating',
  'system.isFrameLeadingOrNegotiating',
  'system.isLastActiveFrame',
  'outbound.getCampaigns',
  'outbound.getPreviewRecord',
  'outbound.getChainedRecords',
  'outbound.getRecordFields',
  'outbound.updateRecordFields',
  'outbound.callPreviewRecord',
  'outbound.rejectPreviewRecord',
  'outbound.cancelPreviewRecord',
  'outbound.startDirectPushPreview',
  'outbound.stopDirectPushPreview',
  'outbound.rescheduleRecord',
  'outbound.cancelReschedule',
  'outbound.getListOfCallResults',
  'outbound.setCallResult',
  'outbound.getCallResult',
  'outbound.setDoNotCall',
  'outbound.removeDoNotCall',
  'messenger.broadcastMessage',
  'auth.getJwtToken',
] as const satisfies readonly RequestName[];

/** Requests named by the docs or the sample page but absent from the client library. */
export const DOCUMENTED_EXTRA_REQUESTS = [
  'interaction.getByBundleId',
  'interaction.getByCaseId',
  'auth.getPureCloudToken',
] as const satisfies readonly RequestName[];

/** Every request name, at run time. */
export const REQUEST_NAMES: readonly RequestName[] = [...LIBRARY_REQUESTS, ...DOCUMENTED_EXTRA_REQUESTS];

// Compile-time proof that the run-time list names every request of the map.
type Unlisted = Exclude<RequestName, (typeof LIBRARY_REQUESTS)[number] | (typeof DOCUMENTED_EXTRA_REQUESTS)[number]>;
const everyRequestListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyRequestListed;

export const NAMESPACES = [
  'agent',
  'configuration',
  'email',
  'interaction',
  'media',
  'voice',
  'sipEndpoint',
  'system',
  'outbound',
  'messenger',
  'auth',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** The method names of one namespace, e.g. `'dial' | 'dialEx' | …` for `voice`. */
export type MethodOf<N extends Namespace> = RequestName extends infer K
  ? K extends `${N}.${infer M}`
    ? M
    : never
  : never;

const requestNameSet: ReadonlySet<string> = new Set(REQUEST_NAMES);

export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && requestNameSet.has(value);
}

/** Whether `request` matches an API filter pattern such as `voice.dial`, `agent.*` or `*`. */
export function matchesServicePattern(request: string, pattern: string): boolean {
  const trimmed = pattern.trim();
  if (trimmed === '*') return true;
  if (trimmed.endsWith('.*')) return request.startsWith(trimmed.slice(0, -1));
  return request === trimmed;
}
