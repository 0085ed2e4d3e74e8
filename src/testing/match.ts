import type { LogEntry } from '../simulator/engine/index.js';
import type { ExpectRequestOptions } from './types.js';

/**
 * `actual` holds everything `pattern` names: objects by their keys, arrays by position, the rest
 * by Object.is; `undefined` in a pattern matches any value, so `[undefined, { Notes: 'VIP' }]`
 * checks only a request's second parameter.
 */
export function matchesPattern(actual: unknown, pattern: unknown): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern !== 'object' || pattern === null) return Object.is(actual, pattern);
  if (typeof actual !== 'object' || actual === null) return false;
  if (Array.isArray(pattern)) return Array.isArray(actual) && pattern.every((item, index) => matchesPattern(actual[index], item));
  const record = actual as Record<string, unknown>;
  return Object.entries(pattern).every(([key, value]) => key in record && matchesPattern(record[key], value));
}

/** The parameters of a logged request (none when it carried none). */
export function parametersOf(entry: LogEntry): unknown[] {
  const payload = entry.payload as { parameters?: unknown } | null;
  return typeof payload === 'object' && payload !== null && Array.isArray(payload.parameters) ? payload.parameters : [];
}

/**
 * Whether the entry is a request the page sent: served, or ignored by the desktop on arrival (a
 * quarantine, an API filter), which logs it only as ignored. Not a replay's "unanswered" line,
 * which follows the request's own entry and carries no message.
 */
export function isSentRequest(entry: LogEntry): boolean {
  if (entry.direction !== 'in' || entry.name === undefined) return false;
  if (entry.kind === 'request') return true;
  const payload = entry.payload as { request?: unknown } | null | undefined;
  return entry.kind === 'ignored' && typeof payload === 'object' && payload !== null && typeof payload.request === 'string';
}

export function matchesRequest(entry: LogEntry, name: string, params: ExpectRequestOptions['params']): boolean {
  if (!isSentRequest(entry) || entry.name !== name) return false;
  if (params === undefined) return true;
  const parameters = parametersOf(entry);
  return typeof params === 'function' ? params(parameters) : matchesPattern(parameters, params);
}

/** One line per message the app sent, for a timeout's message: what the test can compare against. */
export function describeSent(entries: readonly LogEntry[]): string {
  const sent = entries.filter((entry) => entry.direction === 'in');
  if (sent.length === 0) return 'The app sent nothing.';
  const lines = sent.map((entry) => {
    const refused = entry.reason ? ` (refused: ${entry.reason}${entry.detail ? `, ${entry.detail}` : ''})` : '';
    const parameters = isSentRequest(entry) ? ` ${JSON.stringify(parametersOf(entry))}` : '';
    return `  - ${entry.kind} ${entry.name}${parameters}${refused}`;
  });
  return `The app sent:\n${lines.join('\n')}`;
}
