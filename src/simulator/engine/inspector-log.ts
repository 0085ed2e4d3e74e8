import { sanitize, type FrameId } from '../../protocol/index.js';
import type { Clock } from './clock.js';

export type LogKind =
  | 'request'
  | 'subscribe'
  | 'unsubscribe'
  | 'response'
  | 'failure'
  | 'event'
  | 'frame-id'
  | 'rejected'
  | 'ignored'
  /** A note for the person reading the inspector, e.g. a replay that had no answer for a request. */
  | 'warning';

/** Why a message was refused, ignored or failed for security reasons. */
export type RejectReason =
  | 'origin-not-accepted'
  | 'unknown-source'
  | 'api-filtered'
  | 'acl'
  | 'rate-limit'
  | 'malformed'
  | 'dropped-by-fault'
  | 'unanswered-in-recording';

/** One line of the inspector: a message that crossed the wire, or one that was refused. */
export interface LogEntry {
  seq: number;
  /** Clock time (ms since the epoch). */
  time: number;
  direction: 'in' | 'out';
  frameId?: FrameId;
  origin: string;
  kind: LogKind;
  /** Request name, channel, or `channel/eventType` for events. */
  name: string;
  referenceId?: string | number;
  /** On responses and failures: time from receipt to answer. */
  latencyMs?: number;
  result?: unknown;
  errorMessage?: string;
  reason?: RejectReason;
  /** A precise account of a refusal, e.g. the parser's verdict or the expected origin. */
  detail?: string;
  /** The message as JSON data; hostile data the sanitizer refuses is described instead. */
  payload: unknown;
}

export type LogInput = Omit<LogEntry, 'seq' | 'time' | 'payload'> & { payload?: unknown };

export const DEFAULT_LOG_CAPACITY = 5000;

/** A bounded ring buffer: the oldest entries go first, so a chatty page cannot exhaust memory. */
export class InspectorLog {
  private readonly entries: LogEntry[] = [];
  private seq = 0;

  constructor(
    private readonly clock: Clock,
    private readonly capacity = DEFAULT_LOG_CAPACITY,
    /** Lets a UI follow the log without polling. */
    private readonly onAppend: (entry: LogEntry) => void = () => {},
  ) {}

  append(input: LogInput): LogEntry {
    const copy = sanitize(input.payload);
    const entry: LogEntry = {
      ...input,
      seq: this.seq++,
      time: this.clock.now(),
      payload: copy.ok ? copy.value : `[unreadable payload: ${copy.reason}]`,
    };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    this.onAppend(entry);
    return entry;
  }

  /** A copy of the entries, oldest first. */
  list(): LogEntry[] {
    return structuredClone(this.entries);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
