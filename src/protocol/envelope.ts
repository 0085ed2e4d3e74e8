import type { Channel } from './events.js';

/** `userAgent` of every message a page sends; the desktop expects it. */
export const CLIENT_USER_AGENT = 'WWE Client';
/** The desktop marks its messages with a `userAgent` containing this. */
export const DESKTOP_USER_AGENT_MARK = 'WWE';
/** Every client version since 2017 sends this. */
export const PROTOCOL_VERSION = 2;

/** The frame id the desktop assigns to each hosted page. Any JSON scalar on the wire. */
export type FrameId = string | number;
/** Returned by a subscribe request; sent back to unsubscribe. */
export type SubscriptionId = string | number;

interface ClientEnvelopeBase {
  referenceId: string;
  userAgent: string;
  protocolVersion: number;
  frameId?: FrameId;
}

/** Page → desktop: a request. `parameters` is left out when the method takes none. */
export interface RequestEnvelope extends ClientEnvelopeBase {
  request: string;
  parameters?: unknown[];
}

/** Page → desktop: subscribe to one or more channels. */
export interface SubscribeEnvelope extends ClientEnvelopeBase {
  event: 'subscribe';
  data: Channel | Channel[];
}

/** Page → desktop: drop a subscription. */
export interface UnsubscribeEnvelope extends ClientEnvelopeBase {
  event: 'unsubscribe';
  data: SubscriptionId;
}

export type ClientEnvelope = RequestEnvelope | SubscribeEnvelope | UnsubscribeEnvelope;

/** Desktop → page: the answer to a request, with the result under `data`. */
export interface SuccessEnvelope {
  referenceId: string;
  userAgent: string;
  data?: unknown;
  subscriptionId?: SubscriptionId;
}

/** Desktop → page: a failed request; the presence of `errorMessage` marks failure. */
export interface FailureEnvelope {
  referenceId: string;
  userAgent: string;
  errorMessage: string;
}

/** Desktop → page: an event on a channel. */
export interface EventEnvelope {
  event: Channel;
  data: { eventType: string } & Record<string, unknown>;
  userAgent: string;
}

/** Desktop → page: the frame id handshake. */
export interface FrameIdEnvelope {
  frameId: FrameId;
  userAgent: string;
}

export type DesktopEnvelope = SuccessEnvelope | FailureEnvelope | EventEnvelope | FrameIdEnvelope;
