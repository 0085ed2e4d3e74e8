/**
 * The session recorder: loaded only when a page turns recording on (`record`), so the core never
 * carries it. The connection's tap hands it every message it posts and every valid message it
 * accepts; it keeps them in a ring bounded by count and by bytes, and exports a Recording,
 * redacted unless the page said `record: { redact: false }`.
 */
import { RECORDING_FORMAT, RECORDING_VERSION, type RecordedKind, type RecordedMessage, type Recording } from '../protocol/recording.js';
import { redactMessages } from './redact.js';
import type { RecordOptions } from './types.js';

export const DEFAULT_MAX_MESSAGES = 5_000;
export const DEFAULT_MAX_BYTES = 4_000_000;

/** A message as the tap saw it: direction, the time it crossed, and the envelope. */
export type Tapped = readonly ['in' | 'out', number, Record<string, unknown>];

interface Held {
  message: RecordedMessage;
  at: number;
  bytes: number;
}

function classify(direction: 'in' | 'out', envelope: Record<string, unknown>): { kind: RecordedKind; name?: string } {
  if (typeof envelope.text === 'string' && Object.keys(envelope).length === 1) return { kind: 'text' };
  if (direction === 'out') {
    if (typeof envelope.request === 'string') return { kind: 'request', name: envelope.request };
    if (envelope.event === 'subscribe' || envelope.event === 'unsubscribe') return { kind: envelope.event };
    return { kind: 'other' };
  }
  if (typeof envelope.event === 'string') return { kind: 'event', name: envelope.event };
  if (envelope.referenceId !== undefined) return { kind: typeof envelope.errorMessage === 'string' ? 'failure' : 'response' };
  if (envelope.frameId !== undefined) return { kind: 'frame-id' };
  return { kind: 'other' };
}

export class Recorder {
  readonly #ring: Held[] = [];
  readonly #maxMessages: number;
  readonly #maxBytes: number;
  readonly #redact: boolean;
  #bytes = 0;
  #dropped = 0;
  /** The page's requests by referenceId, so an answer is named after its request. */
  readonly #names = new Map<string, string>();

  constructor(options: RecordOptions, early: readonly Tapped[] = []) {
    this.#maxMessages = options.maxMessages ?? DEFAULT_MAX_MESSAGES;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.#redact = options.redact !== false;
    for (const [direction, at, envelope] of early) this.tap(direction, envelope, at);
  }

  readonly tap = (direction: 'in' | 'out', envelope: Record<string, unknown>, at = Date.now()): void => {
    let copy: Record<string, unknown>;
    let text: string;
    try {
      text = JSON.stringify(envelope);
      copy = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Not JSON (a value structured clone carries but JSON does not): kept as a note, not dropped silently.
      copy = { unrecordable: true };
      text = '{}';
    }
    const { kind, name: own } = classify(direction, copy);
    const reference = copy.referenceId === undefined ? undefined : String(copy.referenceId);
    let name = own;
    if (kind === 'request' && reference !== undefined && name !== undefined) {
      this.#names.set(reference, name);
      // Answers that never came must not grow the table without bound.
      if (this.#names.size > this.#maxMessages) this.#names.delete(this.#names.keys().next().value!);
    } else if ((kind === 'response' || kind === 'failure') && reference !== undefined) {
      name = this.#names.get(reference);
      this.#names.delete(reference);
    }
    const frame = copy.frameId as string | number | undefined;
    const message: RecordedMessage = { t: 0, direction, kind, ...(name !== undefined ? { name } : {}), ...(frame !== undefined ? { frame } : {}), envelope: copy };
    const bytes = text.length * 2;
    this.#ring.push({ message, at, bytes });
    this.#bytes += bytes;
    while (this.#ring.length > this.#maxMessages || (this.#bytes > this.#maxBytes && this.#ring.length > 0)) {
      this.#bytes -= this.#ring.shift()!.bytes;
      this.#dropped++;
    }
  };

  /** How many messages the ring holds now. */
  get size(): number {
    return this.#ring.length;
  }

  /** The recording as it stands; redacted unless the page opted out. */
  export(): Recording {
    const start = this.#ring[0]?.at ?? Date.now();
    const messages = this.#ring.map(({ message, at }) => ({ ...message, t: Math.max(0, at - start) }));
    // Times taken from Date.now may step back (a clock change): the format promises they do not.
    for (let index = 1; index < messages.length; index++) messages[index].t = Math.max(messages[index].t, messages[index - 1].t);
    return {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      startedAt: new Date(start).toISOString(),
      redacted: this.#redact,
      dropped: this.#dropped,
      messages: this.#redact ? redactMessages(messages) : messages,
    };
  }
}

/** Saves a recording as a file (the browser's download), named after its start time. */
export function saveRecording(recording: Recording, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(recording, null, 2)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = `session-${recording.startedAt.replace(/[:.]/g, '-')}.wwe-recording.json`;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Ctrl+Alt+Shift+R saves the recording; returns what stops listening. */
export function listenForShortcut(target: Window, recording: () => Promise<Recording>): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey && event.altKey && event.shiftKey && event.code === 'KeyR')) return;
    event.preventDefault();
    recording().then((taken) => saveRecording(taken, target.document), () => undefined);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
