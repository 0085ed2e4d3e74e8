import type { LogEntry } from '../../engine/index.js';

export type KindFilter = 'all' | 'requests' | 'events' | 'problems';

/** What the inspector shows: every field narrows the list; empty/`all` means no narrowing. */
export interface InspectorFilter {
  text: string;
  direction: 'all' | 'in' | 'out';
  /** A frameId as text, or `all`. */
  frame: string;
  kind: KindFilter;
}

export const NO_FILTER: InspectorFilter = { text: '', direction: 'all', frame: 'all', kind: 'all' };

/** A message the desktop refused, ignored, or answered with an error. */
export function isProblem(entry: LogEntry): boolean {
  return entry.kind === 'rejected' || entry.kind === 'ignored' || entry.kind === 'failure';
}

const REQUEST_KINDS: ReadonlySet<string> = new Set(['request', 'subscribe', 'unsubscribe', 'response', 'failure']);

function matchesKind(entry: LogEntry, kind: KindFilter): boolean {
  if (kind === 'requests') return REQUEST_KINDS.has(entry.kind);
  if (kind === 'events') return entry.kind === 'event' || entry.kind === 'frame-id';
  if (kind === 'problems') return isProblem(entry);
  return true;
}

function searchableText(entry: LogEntry): string {
  return [entry.name, entry.kind, entry.referenceId, entry.errorMessage, entry.reason, entry.detail, entry.origin]
    .filter((part) => part !== undefined)
    .join(' ')
    .toLowerCase();
}

export function applyFilter(entries: readonly LogEntry[], filter: InspectorFilter): LogEntry[] {
  const text = filter.text.trim().toLowerCase();
  return entries.filter(
    (entry) =>
      (filter.direction === 'all' || entry.direction === filter.direction) &&
      (filter.frame === 'all' || String(entry.frameId ?? '') === filter.frame) &&
      matchesKind(entry, filter.kind) &&
      (text === '' || searchableText(entry).includes(text)),
  );
}
