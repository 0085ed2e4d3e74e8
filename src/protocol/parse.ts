/**
 * The one parser for untrusted messages, both directions of the wire.
 *
 * Every function here takes `unknown`, never throws, and answers either a typed, sanitized
 * message or a rejection reason. Callers count rejections in a {@link RejectionCounts}.
 */
import { DESKTOP_USER_AGENT_MARK, type FrameId, type SubscriptionId } from './envelope.js';
import { isChannelName } from './events.js';

export type RejectionReason =
  /** `event.source` is not the desktop window (or, for the desktop, not a hosted frame). */
  | 'foreign-source'
  /** `event.origin` is not the pinned / accepted origin. */
  | 'foreign-origin'
  /** No `userAgent` containing "WWE". Other libraries' messages land here. */
  | 'not-wwe'
  /** WWE-marked, but the envelope is not one the protocol defines. */
  | 'malformed'
  | SanitizeFailure;

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: RejectionReason };

/**
 * An event's `data` as the desktop sent it (sanitized). Usually `{ eventType, … }`, but older
 * desktops say `type`, and a desktop may send anything: listeners get it as it came.
 */
export type EventData = { eventType: string } & Record<string, unknown>;

/** What the desktop can say to a page. */
export type DesktopMessage =
  | { kind: 'response'; referenceId: string; data: unknown; subscriptionId?: SubscriptionId; envelope: Record<string, unknown> }
  | { kind: 'failure'; referenceId: string; errorMessage: string; envelope: Record<string, unknown> }
  | { kind: 'event'; channel: string; data: EventData; envelope: Record<string, unknown> }
  | { kind: 'frame-id'; frameId: FrameId }
  /** A bare string starting with "wwe", which the official client hands to `onMessage`. */
  | { kind: 'text'; text: string };

/**
 * What a page can say to the desktop. `referenceId` stays as sent, string or number: the page
 * matches answers with `===`, so the desktop must echo it unchanged.
 */
export type ClientMessage =
  | { kind: 'request'; request: string; parameters: unknown[]; referenceId?: string | number; frameId?: FrameId; envelope: Record<string, unknown> }
  | { kind: 'subscribe'; channels: string[]; referenceId?: string | number; frameId?: FrameId }
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

/** The longest error text kept: a desktop's error is shown to people, who read a sentence. */
export const MAX_ERROR_TEXT = 1000;

/** A bounded, readable text for whatever a desktop put in `errorMessage`. Never throws. */
export function errorText(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  if (text.length === 0) return 'Unknown desktop error';
  return text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT)}…` : text;
}

/**
 * A failure answer whose envelope is not plain data (a Date or Map in errorMessage, a cycle) still
 * settles its request at once: only referenceId and a text form of errorMessage are read.
 */
function salvageFailure(data: unknown): Parsed<DesktopMessage> | undefined {
  try {
    const record = data as Record<string, unknown>;
    const referenceId = record.referenceId;
    if (!isScalarId(referenceId) || record.event !== undefined || record.errorMessage === undefined) return undefined;
    const errorMessage = errorText(record.errorMessage);
    const envelope = { referenceId, errorMessage, userAgent: String(record.userAgent) };
    return { ok: true, message: { kind: 'failure', referenceId: String(referenceId), errorMessage, envelope } };
  } catch {
    return undefined;
  }
}

/** Parses a message that claims to come from the desktop. */
export function parseDesktopMessage(data: unknown): Parsed<DesktopMessage> {
  if (typeof data === 'string') {
    if (data.startsWith('wwe') && data.length <= MAX_TEXT) return { ok: true, message: { kind: 'text', text: data } };
    return { ok: false, reason: 'not-wwe' };
  }
  const opened = openEnvelope(data);
  if (!opened.ok) return (opened.reason !== 'not-wwe' && salvageFailure(data)) || opened;
  const envelope = opened.message;

  if (envelope.event !== undefined) {
    if (!isChannelName(envelope.event)) return { ok: false, reason: 'malformed' };
    // Genesys's client hands any event to its handler, with or without an eventType: so do we.
    const payload = envelope.data;
    const isMessenger = envelope.event.startsWith('messenger:');
    const data = (isMessenger && isPlainRecord(payload) && payload.eventType === undefined ? { ...payload, eventType: 'MESSAGE' } : payload) as EventData;
    return { ok: true, message: { kind: 'event', channel: envelope.event, data, envelope } };
  }

  if (envelope.referenceId !== undefined) {
    if (!isScalarId(envelope.referenceId)) return { ok: false, reason: 'malformed' };
    const referenceId = String(envelope.referenceId);
    if (envelope.errorMessage !== undefined) {
      return { ok: true, message: { kind: 'failure', referenceId, errorMessage: errorText(envelope.errorMessage), envelope } };
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
    if (names.length === 0 || !names.every(isChannelName)) return { ok: false, reason: 'malformed' };
    return { ok: true, message: { kind: 'subscribe', channels: names as string[], ...common } };
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

// ---- Sanitizing: the one copy of untrusted data -------------------------------------------------

/*
 * Copies untrusted structured-clone data into plain JSON-shaped values.
 *
 * postMessage data can hold anything structured clone allows: cycles, Dates, Maps, typed arrays,
 * millions of nodes. Everything past this module may assume plain objects, arrays and scalars.
 */
export const MAX_DEPTH = 32;
export const MAX_NODES = 100_000;
/** The longest string kept: a desktop's text is read by people; a longer one is cut with a marker. */
export const MAX_STRING = 64 * 1024;
export const TRUNCATION_MARK = '…[truncated]';
/**
 * The most keys of one object and items of one array kept; the rest are dropped. An interaction's
 * attached data or a list has far fewer; past this a message is an attack or a bug, and keeping
 * its first part beats dropping it whole.
 */
export const MAX_KEYS = 10_000;
export const MAX_ITEMS = 10_000;

export type SanitizeFailure = 'too-deep' | 'too-large' | 'not-json';

/** Keys that would reach a prototype when assigned: dropped from every copied object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__']);

class Abort {
  constructor(readonly reason: SanitizeFailure) {}
}

/**
 * Returns a deep copy of `value` made of plain objects, arrays, strings, finite-or-not numbers,
 * booleans and null, or the reason it cannot be. Never throws. Strings longer than
 * {@link MAX_STRING} are cut with {@link TRUNCATION_MARK}, and keys that long are dropped, so one
 * huge value cannot freeze every element that shows it. Objects keep their first {@link MAX_KEYS}
 * keys and arrays their first {@link MAX_ITEMS} items; a message of more than {@link MAX_NODES}
 * values in all, or deeper than {@link MAX_DEPTH}, is refused whole.
 */
export function sanitize(value: unknown): { ok: true; value: unknown } | { ok: false; reason: SanitizeFailure } {
  let nodes = 0;
  const copy = (input: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES) throw new Abort('too-large');
    if (typeof input === 'string') return input.length > MAX_STRING ? input.slice(0, MAX_STRING) + TRUNCATION_MARK : input;
    if (input === null || typeof input === 'number' || typeof input === 'boolean') return input;
    if (input === undefined) return undefined;
    if (typeof input !== 'object') throw new Abort('not-json');
    if (depth >= MAX_DEPTH) throw new Abort('too-deep');
    if (Array.isArray(input)) {
      const length = Math.min(input.length, MAX_ITEMS);
      const out: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) out[i] = copy(input[i], depth + 1);
      return out;
    }
    const proto = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) throw new Abort('not-json');
    const out: Record<string, unknown> = {};
    let kept = 0;
    for (const key of Object.keys(input)) {
      if (FORBIDDEN_KEYS.has(key) || key.length > MAX_STRING) continue;
      if (++kept > MAX_KEYS) break;
      const item = copy((input as Record<string, unknown>)[key], depth + 1);
      // defineProperty never runs a setter, whatever the key.
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  try {
    return { ok: true, value: copy(value, 0) };
  } catch (error) {
    if (error instanceof Abort) return { ok: false, reason: error.reason };
    // A getter that throws, a revoked proxy, a stack overflow: all mean the value is not plain data.
    return { ok: false, reason: 'not-json' };
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- Reading fields of sanitized data: what a type does not allow reads as undefined -------------

export function readText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string: an empty id, state or media name says nothing. */
export function readNonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function readOneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Like {@link readOneOf}, in any letter case: the vendor's own example sends `callType: "Internal"`. */
export function readOneOfAnyCase<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' ? readOneOf(value.toUpperCase(), allowed) : undefined;
}

/** Epoch milliseconds from a number or a date string; undefined when neither, or not after 1970. */
export function readEpoch(value: unknown): number | undefined {
  const epoch = typeof value === 'string' ? Date.parse(value) : value;
  return typeof epoch === 'number' && Number.isFinite(epoch) && epoch > 0 ? epoch : undefined;
}

/** Copies the optional string fields that are strings; absent or mistyped ones stay absent. */
export function readTexts<K extends string>(source: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = readText(source[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
