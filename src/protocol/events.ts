import type { AgentMediaState, Interaction, Media, MediaName, MediaState } from './types.js';

/** The channels a page subscribes to; `messenger:<name>` carries `messenger.broadcastMessage`. */
export type CoreChannel = 'agent' | 'interaction' | 'media' | 'system' | 'markdone' | 'outbound';
export type MessengerChannel = `messenger:${string}`;
export type Channel = CoreChannel | MessengerChannel;

export const CORE_CHANNELS: readonly CoreChannel[] = ['agent', 'interaction', 'media', 'system', 'markdone', 'outbound'];

/** Interaction event types, as listed in the product overview. */
export const INTERACTION_EVENT_TYPES = [
  // Common to all interaction types.
  'UNKNOWN',
  'ADDED',
  'REMOVED',
  'ATTACHED_DATA_CHANGED',
  'CASE_OR_BUNDLE_ID_CHANGED',
  'NEW_MESSAGE',
  'ERROR',
  // Voice.
  'CALL_RECORDING_STATE_CHANGED',
  'DIALING',
  'ESTABLISHED',
  'HELD',
  'PARTY_CHANGED',
  'RELEASED',
  'RINGING',
  // Open media.
  'ACCEPTED',
  'COMPLETED',
  'COMPOSING',
  'CREATED',
  'INSERT_STANDARD_RESPONSE',
  'INVITED',
  'INVITED_CONFERENCE',
  'IN_QUEUE_FAILED',
  'IN_WORKBIN',
  'IN_WORKBIN_FAILED',
  'LEFT_CONFERENCE',
  'PULLED',
  'PULL_FAILED',
  'PULL_WORKBIN_FAILED',
  'REVOKED',
  'TRANSFER_COMPLETED',
  // Chat.
  'ENDED',
  'JOIN_FAILED',
  'JOIN_PENDING',
  // Outbound e-mail.
  'CANCELLED',
  'SENT',
  // Case selection (the overview documents the attributes; the event name is ours).
  'CASE_SELECTION_CHANGED',
] as const;
export type InteractionEventType = (typeof INTERACTION_EVENT_TYPES)[number];

export const AGENT_EVENT_TYPES = ['STATE_CHANGED'] as const;
export type AgentEventType = (typeof AGENT_EVENT_TYPES)[number];

export const MEDIA_EVENT_TYPES = ['STATE_CHANGED'] as const;
export type MediaEventType = (typeof MEDIA_EVENT_TYPES)[number];

export const SYSTEM_EVENT_TYPES = ['CUSTOM_TOAST_BUTTON_CLICK', 'FRAME_STATE_CHANGED'] as const;
export type SystemEventType = (typeof SYSTEM_EVENT_TYPES)[number];

export const MARKDONE_EVENT_TYPES = ['MARKDONE_BLOCKED', 'MARKDONE_UNBLOCKED', 'MARKDONE_REQUESTED'] as const;
export type MarkdoneEventType = (typeof MARKDONE_EVENT_TYPES)[number];

export const OUTBOUND_EVENT_TYPES = ['PREVIEW_RECORD_RECEIVED', 'RECORD_FIELDS_CHANGED', 'CALL_RESULT_CHANGED'] as const;
export type OutboundEventType = (typeof OUTBOUND_EVENT_TYPES)[number];

/** `agent` channel: the agent's global state changed. */
export interface AgentEvent {
  eventType: AgentEventType;
  mediaState: AgentMediaState;
  reason?: string;
  reasonCode?: string;
  /** The full state entry, so a page need not look it up in the state list. */
  state?: MediaState;
}

/** `interaction` channel: a change of one interaction, carrying its full new value. */
export interface InteractionEvent {
  eventType: InteractionEventType;
  media: MediaName;
  interaction: Interaction;
}

/** `media` channel: the state of one media changed. */
export interface MediaEvent {
  eventType: MediaEventType;
  media: Media;
}

export interface ToastButtonClickEvent {
  eventType: 'CUSTOM_TOAST_BUTTON_CLICK';
  /** Id returned by `system.popupToast`, e.g. `wweCustomToast0`. */
  toastId: string;
  /** Label of the clicked button. */
  button: string;
}

export interface FrameStateChangedEvent {
  eventType: 'FRAME_STATE_CHANGED';
  frameState: 'LEADING' | 'FOLLOWING' | 'NEGOTIATING';
  isVisible: boolean;
}

export type SystemEvent = ToastButtonClickEvent | FrameStateChangedEvent;

/** `markdone` channel: mark-done blocking and attempts. */
export interface MarkdoneEvent {
  eventType: MarkdoneEventType;
  interactionId: string;
  warningMessage?: string;
}

export interface OutboundEvent {
  eventType: OutboundEventType;
  interactionId?: string;
  campaignName?: string;
  fields?: Record<string, string>;
}

/** `messenger:<channel>`: a payload another frame broadcast. */
export interface MessengerEvent {
  eventType: 'MESSAGE';
  channel: string;
  message: unknown;
}

interface CoreEventMap {
  agent: AgentEvent;
  interaction: InteractionEvent;
  media: MediaEvent;
  system: SystemEvent;
  markdone: MarkdoneEvent;
  outbound: OutboundEvent;
}

/** Payload type of a channel's events. */
export type EventPayload<C extends Channel> = C extends CoreChannel ? CoreEventMap[C] : MessengerEvent;

const CORE_CHANNEL_SET: ReadonlySet<string> = new Set(CORE_CHANNELS);

/** Whether `value` names a channel the vendor documents (`agent` … `outbound`, `messenger:<name>`). */
export function isKnownChannel(value: unknown): value is Channel {
  if (typeof value !== 'string') return false;
  if (CORE_CHANNEL_SET.has(value)) return true;
  return value.startsWith('messenger:') && value.length > 'messenger:'.length && value.length <= 200;
}

/**
 * Whether `value` can name a channel on the wire. A desktop may have more channels than the vendor
 * documents, so any short non-empty string passes through; {@link isKnownChannel} is for warnings.
 */
export function isChannelName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/**
 * An event's type: `eventType`, or `type` as older (8.5-era) desktops send it; undefined when the
 * payload is not an object or names neither. Every reader of event types goes through here.
 */
export function eventTypeOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { eventType, type } = payload as { eventType?: unknown; type?: unknown };
  if (typeof eventType === 'string' && eventType.length > 0) return eventType;
  return typeof type === 'string' && type.length > 0 ? type : undefined;
}
