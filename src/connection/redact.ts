/**
 * Redaction of a recording before it leaves the page: values become stable pseudonyms (one value,
 * one pseudonym, within one recording), keys and structure stay. Deny by default: a string is kept
 * only under a key whose values are protocol vocabulary (an event type, a state, a channel, an
 * id), and even there not when it looks like a phone number or an e-mail address; an id kept
 * there is kept wherever it appears (a request's parameters name the interaction). Everything
 * under attached data is replaced, numbers included. The answer of `system.getAllowedServices` (request
 * names) and a subscription's channel names are vocabulary too.
 */
import { pseudonym as pseudonymOf, type PseudonymKind, type RecordedMessage } from '../protocol/recording.js';

/** Keys whose string values name protocol things, not people: kept unless phone- or e-mail-shaped. */
const VOCABULARY = new Set([
  'event', 'request', 'eventType', 'type', 'state', 'previousState', 'status', 'media', 'mediaType', 'operationName',
  'channel', 'userAgent', 'protocolVersion', 'frameId', 'referenceId', 'subscriptionId', 'interactionId',
  'parentInteractionId', 'caseId', 'bundleId', 'callUuid', 'direction', 'callType', 'recordingState', 'role', 'mode',
  'reasonCode', 'target', 'actionCode',
]);
/** Keys of attached data: every value beneath is the customer's. */
const ATTACHED = new Set(['userData', 'attachedData', 'keyValues', 'fields']);
/** Keys whose values are people's names. */
const NAMES = new Set(['name', 'displayName', 'firstname', 'lastname', 'firstName', 'lastName', 'username', 'userName', 'agentName', 'contactName', 'employeeId']);

const EMAIL = /[^\s@]+@[^\s@]+/;
/** Five digits or more among phone punctuation: an ANI, a DNIS, a destination. */
const PHONE = /^(?:tel:|sip:)?\+?[\d\s().\-/]*$/;
const isPhone = (text: string) => PHONE.test(text) && (text.match(/\d/g)?.length ?? 0) >= 5;

type Kind = PseudonymKind;

export class Pseudonyms {
  readonly #assigned = new Map<string, string>();
  readonly #numbers = new Map<number, number>();
  readonly #counts: Record<Kind, number> = { email: 0, phone: 0, party: 0, value: 0, text: 0 };

  /**
   * `originals`: every string of the recording, so no pseudonym is one of them. `attached`: every
   * string found in attached data, replaced wherever else it appears too (a desktop copies ids into it).
   * `ids`: the desktop's ids (values kept under an `…Id` key), kept wherever they appear, so a
   * request's parameters still name the interaction its events name.
   */
  constructor(
    private readonly originals: ReadonlySet<string>,
    readonly attached: ReadonlySet<string> = new Set(),
    readonly ids: ReadonlySet<string> = new Set(),
  ) {}

  text(value: string, kind: Kind): string {
    const known = this.#assigned.get(value);
    if (known !== undefined) return known;
    let pseudonym: string;
    do pseudonym = pseudonymOf(kind, ++this.#counts[kind]);
    while (this.originals.has(pseudonym));
    this.#assigned.set(value, pseudonym);
    return pseudonym;
  }

  number(value: number): number {
    const known = this.#numbers.get(value);
    if (known !== undefined) return known;
    // Negative, so it can never be a count or an id the page saw; stable within the recording.
    const pseudonym = -(this.#numbers.size + 1);
    this.#numbers.set(value, pseudonym);
    return pseudonym;
  }
}

function kindOf(text: string, key: string | undefined, attached: boolean): Kind {
  if (EMAIL.test(text)) return 'email';
  if (isPhone(text)) return 'phone';
  if (attached) return 'value';
  return key !== undefined && NAMES.has(key) ? 'party' : 'text';
}

function redactValue(value: unknown, key: string | undefined, attached: boolean, vocabulary: boolean, names: Pseudonyms): unknown {
  if (typeof value === 'string') {
    // A blank value hides nothing, and its blankness is what a page acts on (a required key not filled in).
    if (value.trim() === '') return value;
    if (!attached && (vocabulary || (key !== undefined && VOCABULARY.has(key)) || names.ids.has(value)) && keptWord(value, names)) return value;
    return names.text(value, kindOf(value, key, attached));
  }
  if (typeof value === 'number') return attached ? names.number(value) : value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key, attached, vocabulary, names));
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(value)) copy[childKey] = redactValue(child, childKey, attached || ATTACHED.has(childKey), false, names);
    return copy;
  }
  return value;
}

/** Whether a string under a vocabulary key stays: not when it looks like a person's number or address, or is attached data. */
function keptWord(value: string, names: Pseudonyms): boolean {
  return !EMAIL.test(value) && !isPhone(value) && !names.attached.has(value);
}

/** Every string in a value (keys excluded), those under attached data, and those under an id key. */
function collectStrings(value: unknown, key: string | undefined, found: { all: Set<string>; attached: Set<string>; ids: Set<string> }, underAttached: boolean): void {
  if (typeof value === 'string') {
    found.all.add(value);
    if (underAttached) found.attached.add(value);
    else if (key !== undefined && key.endsWith('Id') && VOCABULARY.has(key)) found.ids.add(value);
  } else if (Array.isArray(value)) for (const item of value) collectStrings(item, key, found, underAttached);
  else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) collectStrings(item, child, found, underAttached || ATTACHED.has(child));
}

/** The messages with their values replaced; one pseudonym table for the whole recording. */
export function redactMessages(messages: readonly RecordedMessage[]): RecordedMessage[] {
  const found = { all: new Set<string>(), attached: new Set<string>(), ids: new Set<string>() };
  for (const message of messages) collectStrings(message.envelope, undefined, found, false);
  const names = new Pseudonyms(found.all, found.attached, found.ids);
  return messages.map((message) => {
    const { envelope } = message;
    // Request names and channel names are the protocol's words, wherever the protocol puts them.
    const vocabularyData = (message.kind === 'response' && message.name === 'system.getAllowedServices') || message.kind === 'subscribe' || message.kind === 'unsubscribe';
    const redacted: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(envelope)) {
      redacted[key] = redactValue(value, key, ATTACHED.has(key), key === 'data' && vocabularyData, names);
    }
    const frame = message.frame === undefined ? undefined : (redactValue(message.frame, 'frameId', false, false, names) as string | number);
    return { ...message, ...(frame !== undefined ? { frame } : {}), envelope: redacted };
  });
}
