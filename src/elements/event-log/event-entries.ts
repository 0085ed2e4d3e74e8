import { eventTypeOf, type Channel } from '../../protocol/index.js';
import type { ComplexAttributeConverter } from 'lit';

/** One received desktop event, as the log shows it. */
export interface EventLogEntry {
  /** Increasing per element: the key that keeps an expanded entry expanded as others arrive. */
  readonly id: number;
  /** When it arrived, in milliseconds since the epoch. */
  readonly time: number;
  readonly channel: Channel;
  /** The payload's `eventType`, or `?` when it has none. */
  readonly eventType: string;
  /** The payload as indented JSON, made once on arrival. */
  readonly json: string;
}

export const DEFAULT_LIMIT = 200;
/** The longest JSON text kept for one entry; a longer payload is cut with a marker. */
export const MAX_ENTRY_TEXT = 16 * 1024;
/** The JSON text the whole log keeps, over all entries: it caps bytes as well as entries. */
export const MAX_LOG_TEXT = 1024 * 1024;

/** `limit` as a usable count: a whole number of at least 1, else the default. */
export function effectiveLimit(limit: unknown): number {
  return typeof limit === 'number' && Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : DEFAULT_LIMIT;
}

/** The entry for a payload; the payload was sanitized by the connection, yet a failure still yields text. */
export function toEntry(id: number, channel: Channel, payload: unknown): EventLogEntry {
  const eventType = eventTypeOf(payload);
  let json: string;
  try {
    json = JSON.stringify(payload, null, 2) ?? String(payload);
  } catch (error) {
    json = `(not serialisable: ${(error as Error).message})`;
  }
  if (json.length > MAX_ENTRY_TEXT) json = `${json.slice(0, MAX_ENTRY_TEXT)}\n… (${json.length - MAX_ENTRY_TEXT} more characters not kept)`;
  return { id, time: Date.now(), channel, eventType: typeof eventType === 'string' ? eventType : '?', json };
}

/** `newer` (newest first) in front of `older`, cut to `limit` entries and {@link MAX_LOG_TEXT} of text. */
export function prepend(newer: readonly EventLogEntry[], older: readonly EventLogEntry[], limit: number): EventLogEntry[] {
  const kept: EventLogEntry[] = [];
  let text = 0;
  for (const entry of [...newer, ...older]) {
    if (kept.length >= limit || (kept.length > 0 && text + entry.json.length > MAX_LOG_TEXT)) break;
    kept.push(entry);
    text += entry.json.length;
  }
  return kept;
}

/** Channel lists as attributes: `channels="agent, interaction messenger:crm"`. */
export const channelListAttribute: ComplexAttributeConverter<readonly string[]> = {
  fromAttribute(value: string | null) {
    return (value ?? '').split(/[\s,]+/).filter((name) => name !== '');
  },
  toAttribute(value: readonly string[]) {
    return value.join(',');
  },
};
