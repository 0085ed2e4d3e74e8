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
import { DEV } from './dev.js';

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

/**
 * What a parameter should be, for development warnings only: nothing is refused at run time for
 * its kind (the official client posts whatever it is given). `id` is a non-empty string or a
 * finite number, as legacy pages pass ids and numbers both ways.
 */
export type ParamKind = 'string' | 'id' | 'record' | 'number' | 'boolean' | 'target' | 'array' | 'patterns' | 'any';

/** The coarse shape of a result (the envelope's `data`); `any` where the kit never reads it. */
export type ResultShape = 'any' | 'boolean' | 'string' | 'array' | 'object' | 'object-or-null';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
}

/** One request of the protocol: its parameters in order (their count is the wrapper's arity) and its result. */
export interface RequestDescriptor {
  readonly name: RequestName;
  readonly namespace: Namespace;
  readonly method: string;
  /** How many parameters Genesys's wrapper posts. */
  readonly arity: number;
  /** The parameters' names and kinds, for development warnings: empty in production builds. */
  readonly params: readonly ParamSpec[];
  readonly result: ResultShape;
  /** Named by the docs or the sample page, but absent from Genesys's client library. */
  readonly extra: boolean;
}

/**
 * THE request table: one entry per request, `'code params'`. The code is the arity (how many
 * parameters Genesys's wrapper posts), the result shape's letter (see RESULT_SHAPES; none: not
 * checked) and `+` for a request only the docs or the sample name. The parameters,
 * `name:kind name?:kind`, only development reads (warnings): `DEV ? … : code` drops their text
 * from production builds. The typed client's and the compat facade's methods, the development
 * parameter warnings, the result checks and the simulator's request list all derive from it.
 * Order: Genesys's namespace order.
 */
const TABLE: { readonly [K in RequestName]: string } = {
  'agent.get': '0o',
  'agent.getState': '0o',
  'agent.getStateList': '0a',
  // The official client names it stateListIndex; the docs and sample pass an operationName.
  'agent.setState': DEV ? '1 stateListIndex:id' : '1',
  'configuration.getOption': DEV ? '1o patterns:patterns' : '1o',
  'email.create': DEV ? '2 destination:string userData?:record' : '2',
  'interaction.getInteractions': '0a',
  'interaction.getByInteractionId': DEV ? '1n interactionId:id' : '1n',
  'interaction.setUserData': DEV ? '2 interactionId:id keyValues:record' : '2',
  'interaction.deleteUserData': DEV ? '2 interactionId:id key:string' : '2',
  'interaction.selectCaseByCaseId': DEV ? '1 caseId:id' : '1',
  'interaction.markdone': DEV ? '1 interactionId:id' : '1',
  'interaction.blockMarkdone': DEV ? '2 interactionId:id warningMessage:string' : '2',
  'interaction.unblockMarkdone': DEV ? '1 interactionId:id' : '1',
  'interaction.accept': DEV ? '1 interactionId:id' : '1',
  'interaction.reject': DEV ? '1 interactionId:id' : '1',
  'interaction.consult': DEV ? '4o interactionId:id targetQuery:target userData?:record extensions?:record' : '4o',
  'interaction.singleStepTransfer': DEV ? '4 interactionId:id target:target userData?:record extensions?:record' : '4',
  'interaction.singleStepConference': DEV ? '4 interactionId:id target:target userData?:record extensions?:record' : '4',
  'interaction.completeTransfer': DEV ? '1 consultInteractionId:id' : '1',
  'interaction.completeConference': DEV ? '1 consultInteractionId:id' : '1',
  'media.getMediaList': '0a',
  'media.getMediaByName': DEV ? '1n name:string' : '1n',
  'media.setState': DEV ? '2 mediaName:string stateListIndex:id' : '2',
  'voice.dial': DEV ? '2 destination:id userData?:record' : '2',
  'voice.dialEx': DEV ? '3 destination:id userData:record extensions:record' : '3',
  'voice.answer': DEV ? '1 interactionId:id' : '1',
  'voice.hold': DEV ? '1 interactionId:id' : '1',
  'voice.resume': DEV ? '1 interactionId:id' : '1',
  'voice.hangUp': DEV ? '1 interactionId:id' : '1',
  'voice.startCallRecording': DEV ? '1 interactionId:id' : '1',
  'voice.stopCallRecording': DEV ? '1 interactionId:id' : '1',
  'voice.pauseCallRecording': DEV ? '1 interactionId:id' : '1',
  'voice.resumeCallRecording': DEV ? '1 interactionId:id' : '1',
  'sipEndpoint.muteMicrophone': '0',
  'sipEndpoint.unmuteMicrophone': '0',
  'sipEndpoint.muteSpeaker': '0',
  'sipEndpoint.unmuteSpeaker': '0',
  'sipEndpoint.isMicrophoneMute': '0b',
  'sipEndpoint.isSpeakerMute': '0b',
  'system.getAllowedServices': '0a',
  'system.triggerActivity': '0',
  'system.popupToast': DEV ? '1s params:record' : '1s',
  'system.updateToast': DEV ? '2 toastId:id params:record' : '2',
  'system.closeToast': DEV ? '1 toastId:id' : '1',
  'system.openDialog': DEV ? '2s url:string options?:record' : '2s',
  'system.closeDialog': DEV ? '1 dialogId:string' : '1',
  'system.updateViewInApplicationMenuBar': DEV ? '1 view:record' : '1',
  'system.closeViewInApplicationMenuBar': DEV ? '1 name:string' : '1',
  'system.amIVisible': '0b',
  'system.isFrameLeading': '0b',
  'system.isFrameFollowing': '0b',
  'system.isFrameNegotiating': '0b',
  'system.isFrameLeadingOrNegotiating': '0b',
  'system.isLastActiveFrame': '0b',
  'outbound.getCampaigns': '0a',
  'outbound.getPreviewRecord': DEV ? '1n campaignName:string' : '1n',
  'outbound.getChainedRecords': DEV ? '1a interactionId:id' : '1a',
  'outbound.getRecordFields': DEV ? '1o interactionId:id' : '1o',
  'outbound.updateRecordFields': DEV ? '2 interactionId:id recordData:record' : '2',
  'outbound.callPreviewRecord': DEV ? '2 interactionId:id recordHandle:id' : '2',
  'outbound.rejectPreviewRecord': DEV ? '1 interactionId:id' : '1',
  'outbound.cancelPreviewRecord': DEV ? '1 interactionId:id' : '1',
  'outbound.startDirectPushPreview': '0',
  'outbound.stopDirectPushPreview': '0',
  'outbound.rescheduleRecord': DEV ? '4 interactionId:id recordHandle:id rescheduleDate:string callbackType:string' : '4',
  'outbound.cancelReschedule': DEV ? '1 interactionId:id' : '1',
  'outbound.getListOfCallResults': '0a',
  'outbound.setCallResult': DEV ? '2 interactionId:id callResult:id' : '2',
  'outbound.getCallResult': DEV ? '1n interactionId:id' : '1n',
  'outbound.setDoNotCall': DEV ? '1 interactionId:id' : '1',
  'outbound.removeDoNotCall': DEV ? '1 interactionId:id' : '1',
  'messenger.broadcastMessage': DEV ? '2 channel:string message:any' : '2',
  'auth.getJwtToken': '0s',
  'interaction.getByBundleId': DEV ? '1a+ bundleId:id' : '1a+',
  'interaction.getByCaseId': DEV ? '1a+ caseId:id' : '1a+',
  'auth.getPureCloudToken': DEV ? '1s+ forceNewToken:boolean' : '1s+',
};

const RESULT_SHAPES: Readonly<Record<string, ResultShape>> = { b: 'boolean', s: 'string', a: 'array', o: 'object', n: 'object-or-null' };

function describe(name: RequestName): RequestDescriptor {
  const [code = '', spec] = TABLE[name].split(/ (.*)/);
  const [namespace, method] = name.split('.') as [Namespace, string];
  const arity = parseInt(code, 10);
  const params = spec
    ? spec.split(' ').map((entry) => {
        const [label, kind] = entry.split(':') as [string, ParamKind];
        const optional = label.endsWith('?');
        return { name: optional ? label.slice(0, -1) : label, kind, optional };
      })
    : [];
  if (DEV && params.length !== arity) throw new Error(`${name}: the table gives ${arity} parameters and names ${params.length}`);
  return { name, namespace, method, arity, params, result: RESULT_SHAPES[code.replace(/[\d+]/g, '')] ?? 'any', extra: code.endsWith('+') };
}

let descriptors: ReadonlyMap<string, RequestDescriptor> | undefined;

/** Every request's descriptor by name, built on first use so an import alone costs nothing. */
export function requestDescriptors(): ReadonlyMap<string, RequestDescriptor> {
  descriptors ??= new Map((Object.keys(TABLE) as RequestName[]).map((name) => [name, describe(name)]));
  return descriptors;
}

/** The descriptor of `name`, or undefined for a request the kit does not know (it is still sent). */
export function descriptorOf(name: string): RequestDescriptor | undefined {
  return requestDescriptors().get(name);
}

/** Every request name, in table order. */
export function requestNames(): RequestName[] {
  return [...requestDescriptors().keys()] as RequestName[];
}

/** The 74 request strings of Genesys's client library (the table less the documented extras). */
export function libraryRequests(): RequestName[] {
  return [...requestDescriptors().values()].filter((descriptor) => !descriptor.extra).map((descriptor) => descriptor.name);
}

export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TABLE, value);
}

/**
 * The positional parameters an official wrapper posts for `args`: exactly one per declared
 * parameter, `undefined` where the caller gave none, extras dropped.
 */
export function positionalParams(descriptor: RequestDescriptor, args: readonly unknown[]): unknown[] {
  return Array.from({ length: descriptor.arity }, (_, index) => args[index]);
}

function fitsKind(kind: ParamKind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'id':
      return (typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value));
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'patterns':
      return typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    case 'record':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'target':
      return fitsKind('id', value) || (fitsKind('record', value) && fitsKind('id', (value as { destination?: unknown }).destination));
    case 'any':
      return true;
  }
}

/**
 * Parameter problems worth a development warning, one sentence each. Advisory only: the desktop,
 * not the kit, decides what it accepts.
 */
export function paramProblems(name: string, params: readonly unknown[]): string[] {
  const descriptor = descriptorOf(name);
  if (!descriptor) return [`${name} is not a request the kit knows.`];
  const problems: string[] = [];
  descriptor.params.forEach((param, index) => {
    const value = params[index];
    if ((value === undefined || value === null) && param.optional) return;
    if (!fitsKind(param.kind, value)) problems.push(`parameter ${index + 1} (${param.name}) is ${describeValue(value)}, expected ${KIND_TEXT[param.kind]}.`);
  });
  return problems;
}

const KIND_TEXT: Record<ParamKind, string> = {
  string: 'a string',
  id: 'a non-empty string or a number',
  number: 'a finite number',
  boolean: 'a boolean',
  array: 'an array',
  patterns: 'an array of strings',
  record: 'an object',
  target: 'a destination or { type, destination }',
  any: 'any value',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length === 0 ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `${typeof value === 'undefined' ? 'missing' : `a ${typeof value}`}`;
}

/**
 * The typed result of a request from the envelope's `data`, or not ok when its shape is wrong
 * (a BAD_RESPONSE rather than a typed value that lies). An absent "object or null" is null.
 */
export function decodeResult(name: string, data: unknown): { ok: true; value: unknown } | { ok: false } {
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  let ok: boolean;
  switch (descriptorOf(name)?.result ?? 'any') {
    case 'any':
      ok = true;
      break;
    case 'boolean':
      ok = typeof data === 'boolean';
      break;
    case 'string':
      ok = typeof data === 'string';
      break;
    case 'array':
      ok = Array.isArray(data);
      break;
    case 'object':
      ok = isObject;
      break;
    case 'object-or-null':
      return data === null || data === undefined || isObject ? { ok: true, value: data ?? null } : { ok: false };
  }
  return ok ? { ok: true, value: data } : { ok: false };
}

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

/** Whether `request` matches an API filter pattern such as `voice.dial`, `agent.*` or `*`. */
export function matchesServicePattern(request: string, pattern: string): boolean {
  const trimmed = pattern.trim();
  if (trimmed === '*') return true;
  if (trimmed.endsWith('.*')) return request.startsWith(trimmed.slice(0, -1));
  return request === trimmed;
}
