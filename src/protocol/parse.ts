/**
 * The one parser for untrusted messages, both directions of the wire.
 *
 * Every function here takes `unknown`, never throws, and answers either a typed, sanitized
 * message or a rejection reason. Callers count rejections in a {@link RejectionCounts}.
 */
import { DESKTOP_USER_AGENT_MARK, type FrameId, type SubscriptionId } from './envelope.js';
import { isChannel, type Channel } from './events.js';
import { isPlainRecord, sanitize, type SanitizeFailure } from './sanitize.js';

export type RejectionReason =
  /** `event.source` is not the desktop window (or, for the desktop, not a hosted frame). */
  | 'foreign-source'
  /** `event.origin` is not the pinned / accepted origin. */
  | 'foreign-origin'
  /** No `userAgent` containing "WWE". Other libraries' messages land here. */
  | 'not-wwe'
  /** WWE-marked, but the envelope is not one the protocol defines. */
  | 'malformed'
  | 'unknown-channel'
  | SanitizeFailure;

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: RejectionReason };

export type EventData = { eventType: string } & Record<string, unknown>;

/** What the desktop can say to a page. */
export type DesktopMessage =
  | { kind: 'response'; referenceId: string; data: unknown; subscriptionId?: SubscriptionId; envelope: Record<string, unknown> }
  | { kind: 'failure'; referenceId: string; errorMessage: string; envelope: Record<string, unknown> }
  | { kind: 'event'; channel: Channel; data: EventData; envelope: Record<string, unknown> }
  | { kind: 'frame-id'; frameId: FrameId }
  /** A bare string starting with "wwe", which the official client hands to `onMessage`. */
  | { kind: 'text'; text: string };

/**
 * What a page can say to the desktop. `referenceId` stays as sent, string or number: the page
 * matches answers with `===`, so the desktop must echo it unchanged.
 */
export type ClientMessage =
  | { kind: 'request'; request: string; parameters: unknown[]; referenceId?: string | number; frameId?: FrameId; envelope: Record<string, unknown> }
  | { kind: 'subscribe'; channels: Channel[]; referenceId?: string | number; frameId?: FrameId }
  | { kind: 'unsubscribe'; subscriptionId: SubscriptionId; referenceId?: string | number; frameId?: FrameId };

const MAX_TEXT = 64 * 1024;

/** Counts rejected messages by reason, for diagnostics and tests. */
export class RejectionCounts {
  private readonly counts = new Map<RejectionReason, number>();
  total = 0;

  add(reason: RejectionReason): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    this.total++;
  }

  get(reason: RejectionReason): number {
    return this.counts.get(reason) ?? 0;
  }

  toJSON(): Partial<Record<RejectionReason, number>> {
    return Object.fromEntries(this.counts);
  }
}

function isWweMarked(record: Record<string, unknown>): boolean {
  const agent = record.userAgent;
  return typeof agent === 'string' && agent.includes(DESKTOP_USER_AGENT_MARK);
}

function isScalarId(value: unknown): value is string | number {
  return (typeof value === 'string' && value.length > 0 && value.length <= 256) || (typeof value === 'number' && Number.isFinite(value));
}

/** Sanitizes and checks the common frame of an envelope. */
function openEnvelope(data: unknown): Parsed<Record<string, unknown>> {
  if (!isPlainRecord(data)) return { ok: false, reason: 'not-wwe' };
  // Read userAgent before the full copy so foreign traffic costs one property read.
  let marked: boolean;
  try {
    marked = isWweMarked(data);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!marked) return { ok: false, reason: 'not-wwe' };
  const copy = sanitize(data);
  if (!copy.ok) return { ok: false, reason: copy.reason };
  return { ok: true, message: copy.value as Record<string, unknown> };
}

/** Parses a message that claims to come from the desktop. */
export function parseDesktopMessage(data: unknown): Parsed<DesktopMessage> {
  if (typeof data === 'string') {
    if (data.startsWith('wwe') && data.length <= MAX_TEXT) return { ok: true, message: { kind: 'text', text: data } };
    return { ok: false, reason: 'not-wwe' };
  }
  const opened = openEnvelope(data);
  if (!opened.ok) return opened;
  const envelope = opened.message;

  if (envelope.event !== undefined) {
    if (!isChannel(envelope.event)) return { ok: false, reason: 'unknown-channel' };
    const payload = envelope.data;
    if (!isPlainRecord(payload)) return { ok: false, reason: 'malformed' };
    const isMessenger = envelope.event.startsWith('messenger:');
    if (typeof payload.eventType !== 'string' && !(isMessenger && payload.eventType === undefined)) {
      return { ok: false, reason: 'malformed' };
    }
    const eventData = (isMessenger && payload.eventType === undefined ? { ...payload, eventType: 'MESSAGE' } : payload) as EventData;
    return { ok: true, message: { kind: 'event', channel: envelope.event, data: eventData, envelope } };
  }

  if (envelope.referenceId !== undefined) {
    if (!isScalarId(envelope.referenceId)) return { ok: false, reason: 'malformed' };
    const referenceId = String(envelope.referenceId);
    if (envelope.errorMessage !== undefined) {
      const errorMessage = typeof envelope.errorMessage === 'string' ? envelope.errorMessage : JSON.stringify(envelope.errorMessage);
      return { ok: true, message: { kind: 'failure', referenceId, errorMessage: errorMessage ?? 'Unknown desktop error', envelope } };
    }
    const subscriptionId = envelope.subscriptionId;
    if (subscriptionId !== undefined && !isScalarId(subscriptionId)) return { ok: false, reason: 'malformed' };
    return {
      ok: true,
      message: {
        kind: 'response',
        referenceId,
        data: envelope.data,
        ...(subscriptionId !== undefined ? { subscriptionId } : {}),
        envelope,
      },
    };
  }

  if (envelope.frameId !== undefined) {
    if (!isScalarId(envelope.frameId)) return { ok: false, reason: 'malformed' };
    return { ok: true, message: { kind: 'frame-id', frameId: envelope.frameId } };
  }
  return { ok: false, reason: 'malformed' };
}

/** Parses a message that claims to come from a hosted page. */
export function parseClientMessage(data: unknown): Parsed<ClientMessage> {
  const opened = openEnvelope(data);
  if (!opened.ok) return opened;
  const envelope = opened.message;

  const referenceId = envelope.referenceId;
  if (referenceId !== undefined && !isScalarId(referenceId)) return { ok: false, reason: 'malformed' };
  const frameId = envelope.frameId;
  if (frameId !== undefined && !isScalarId(frameId)) return { ok: false, reason: 'malformed' };
  const common = {
    ...(referenceId !== undefined ? { referenceId } : {}),
    ...(frameId !== undefined ? { frameId } : {}),
  };

  if (envelope.event === 'subscribe') {
    const names = Array.isArray(envelope.data) ? envelope.data : [envelope.data];
    if (names.length === 0 || !names.every(isChannel)) return { ok: false, reason: 'unknown-channel' };
    return { ok: true, message: { kind: 'subscribe', channels: names as Channel[], ...common } };
  }
  if (envelope.event === 'unsubscribe') {
    if (!isScalarId(envelope.data)) return { ok: false, reason: 'malformed' };
    return { ok: true, message: { kind: 'unsubscribe', subscriptionId: envelope.data, ...common } };
  }
  if (envelope.event !== undefined) return { ok: false, reason: 'malformed' };

  const request = envelope.request;
  if (typeof request !== 'string' || request.length === 0 || request.length > 200) return { ok: false, reason: 'malformed' };
  const parameters = envelope.parameters;
  if (parameters !== undefined && !Array.isArray(parameters)) return { ok: false, reason: 'malformed' };
  return { ok: true, message: { kind: 'request', request, parameters: parameters ?? [], envelope, ...common } };
}
