/**
 * The recording format: one session on the wire between a page and its desktop, as the kit's
 * recorder exports it and the simulator replays it. Both ends read this one definition; the JSON
 * schema in docs/RECORDING.md describes the same shape.
 */

/**
 * A plain object. Local, not parse.ts's: the recorder loads this module lazily, and a module shared
 * with the eager graph would be wrapped for lazy start-up by single-file bundlers (esbuild),
 * which breaks the eager code that imports it.
 */
const isPlainRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const RECORDING_FORMAT = 'wwe-components.recording';
/** Grows when a reader of the previous version would misread a recording. */
export const RECORDING_VERSION = 1;

/** Who sent the message: `out` the page (requests, subscriptions), `in` the desktop. */
export type RecordedDirection = 'in' | 'out';

/** What a message is, read from its envelope when it was recorded. */
export type RecordedKind = 'request' | 'subscribe' | 'unsubscribe' | 'response' | 'failure' | 'event' | 'frame-id' | 'text' | 'other';

export interface RecordedMessage {
  /** Milliseconds since the first recorded message. */
  t: number;
  direction: RecordedDirection;
  kind: RecordedKind;
  /** The request name (on a request and on its answer), or the channel of an event. */
  name?: string;
  /** The frameId the message carried, if any. */
  frame?: string | number;
  /** The message as it was on the wire (a bare text is `{ text }`). */
  envelope: Record<string, unknown>;
}

export interface Recording {
  format: typeof RECORDING_FORMAT;
  version: typeof RECORDING_VERSION;
  /** ISO 8601 time of the first recorded message. */
  startedAt: string;
  /** Whether values were replaced by pseudonyms when it was exported. */
  redacted: boolean;
  /** Messages the bounded ring let go, oldest first, before the ones here. */
  dropped: number;
  messages: RecordedMessage[];
}

/** Why a recording cannot be read. */
/** What redaction replaced a value with; the pseudonym keeps the value's kind. */
export type PseudonymKind = 'email' | 'phone' | 'party' | 'value' | 'text';

/** The `n`th pseudonym of a kind in one recording (docs/RECORDING.md, "Redaction"). */
export function pseudonym(kind: PseudonymKind, n: number): string {
  switch (kind) {
    case 'email':
      return `person-${n}@example.invalid`;
    case 'phone':
      return `+1-555-0100-${n}`;
    case 'party':
      return `party-${n}`;
    case 'value':
      return `value-${n}`;
    default:
      return `text-${n}`;
  }
}

const PSEUDONYM = /^(?:person-\d+@example\.invalid|\+1-555-0100-\d+|party-\d+|value-\d+|text-\d+)$/;

/** Whether a string of a redacted recording stands for a value redaction replaced (any value of its kind). */
export function isPseudonym(text: string): boolean {
  return PSEUDONYM.test(text);
}

export type RecordingErrorCode = 'RECORDING_NOT_JSON' | 'RECORDING_FORMAT' | 'RECORDING_VERSION' | 'RECORDING_SHAPE';

export class RecordingError extends Error {
  constructor(
    readonly code: RecordingErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RecordingError';
  }
}

const DIRECTIONS: readonly string[] = ['in', 'out'];
const KINDS: readonly string[] = ['request', 'subscribe', 'unsubscribe', 'response', 'failure', 'event', 'frame-id', 'text', 'other'];

function checkMessage(value: unknown, index: number): RecordedMessage {
  const where = `messages[${index}]`;
  if (!isPlainRecord(value)) throw new RecordingError('RECORDING_SHAPE', `${where} is not an object`);
  const { t, direction, kind, name, frame, envelope } = value;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) throw new RecordingError('RECORDING_SHAPE', `${where}.t is not a time in milliseconds`);
  if (typeof direction !== 'string' || !DIRECTIONS.includes(direction)) throw new RecordingError('RECORDING_SHAPE', `${where}.direction is neither "in" nor "out"`);
  if (typeof kind !== 'string' || !KINDS.includes(kind)) throw new RecordingError('RECORDING_SHAPE', `${where}.kind is not one of ${KINDS.join(', ')}`);
  if (name !== undefined && typeof name !== 'string') throw new RecordingError('RECORDING_SHAPE', `${where}.name is not text`);
  if (frame !== undefined && typeof frame !== 'string' && typeof frame !== 'number') throw new RecordingError('RECORDING_SHAPE', `${where}.frame is neither text nor a number`);
  if (!isPlainRecord(envelope)) throw new RecordingError('RECORDING_SHAPE', `${where}.envelope is not an object`);
  return value as unknown as RecordedMessage;
}

/**
 * Reads a recording, given as JSON text or as parsed data; throws a RecordingError with a code
 * (not JSON, another format, a version this kit does not read, a bad shape) naming what is wrong.
 */
export function readRecording(input: unknown): Recording {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      throw new RecordingError('RECORDING_NOT_JSON', 'the recording is not JSON text');
    }
  }
  if (!isPlainRecord(data) || data.format !== RECORDING_FORMAT) throw new RecordingError('RECORDING_FORMAT', `not a recording: "format" must be "${RECORDING_FORMAT}"`);
  if (data.version !== RECORDING_VERSION) throw new RecordingError('RECORDING_VERSION', `version ${JSON.stringify(data.version)} is not read by this kit, which reads version ${RECORDING_VERSION}`);
  if (typeof data.startedAt !== 'string') throw new RecordingError('RECORDING_SHAPE', 'startedAt is not text');
  if (typeof data.redacted !== 'boolean') throw new RecordingError('RECORDING_SHAPE', 'redacted is not true or false');
  if (typeof data.dropped !== 'number' || !(data.dropped >= 0)) throw new RecordingError('RECORDING_SHAPE', 'dropped is not a count');
  if (!Array.isArray(data.messages)) throw new RecordingError('RECORDING_SHAPE', 'messages is not an array');
  let last = 0;
  data.messages.forEach((message, index) => {
    const checked = checkMessage(message, index);
    if (checked.t < last) throw new RecordingError('RECORDING_SHAPE', `messages[${index}].t goes back in time`);
    last = checked.t;
  });
  return data as unknown as Recording;
}

/** One request the page made, in order, with the desktop's answer when the recording has it. */
export interface RecordedExchange {
  name: string;
  params: unknown[];
  /** The success envelope (`data`, `subscriptionId` …) or the failure's `errorMessage`. */
  answer?: { ok: true; envelope: Record<string, unknown> } | { ok: false; errorMessage: string };
}

/**
 * The page's requests in the order it made them, each with the answer the desktop gave (paired
 * by referenceId). What a replay serves, and what a contract test expects a page to ask.
 */
export function recordedExchanges(recording: Recording): RecordedExchange[] {
  const exchanges: RecordedExchange[] = [];
  const byReference = new Map<string, RecordedExchange>();
  for (const message of recording.messages) {
    const reference = message.envelope.referenceId;
    if (message.direction === 'out' && message.kind === 'request' && message.name !== undefined) {
      const params = Array.isArray(message.envelope.parameters) ? message.envelope.parameters : [];
      const exchange: RecordedExchange = { name: message.name, params };
      exchanges.push(exchange);
      if (reference !== undefined) byReference.set(String(reference), exchange);
    } else if (message.direction === 'in' && reference !== undefined && (message.kind === 'response' || message.kind === 'failure')) {
      const exchange = byReference.get(String(reference));
      if (!exchange) continue;
      byReference.delete(String(reference));
      const { referenceId: _reference, userAgent: _agent, ...envelope } = message.envelope;
      exchange.answer = message.kind === 'response' ? { ok: true, envelope } : { ok: false, errorMessage: String(message.envelope.errorMessage) };
    }
  }
  return exchanges;
}
