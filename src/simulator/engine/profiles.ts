import type { Interaction } from '../../protocol/index.js';
import { SimulatorError } from './errors.js';

/**
 * Desktop profiles: which shapes the desktop sends and a few behaviours, so a page can be tried
 * against the desktops it will meet, not only against the one the vendor documents.
 */
export type ProfileName = 'vendor' | 'partial-events' | 'probe-filtered' | 'probe-refused' | 'rate-limited' | 'legacy-8.5';

/**
 * A profile the engine can play: a built-in one (DesktopProfile), or one defined by its user, such
 * as a profile seeded from a recording (`profileFromRecording`). Plain JSON, so it crosses frames.
 */
export interface ProfileDefinition {
  /** A built-in profile's name, or a name of its own (which must not be a built-in's). */
  readonly name: string;
  /** One line for a UI. */
  readonly description: string;
  /** The key an event's type travels under: `eventType`, or `type` on an 8.5-era desktop. */
  readonly eventTypeKey: 'eventType' | 'type';
  /** After ADDED, interaction events carry only `interactionId` and the fields that changed. */
  readonly partialEvents: boolean;
  /** What the desktop does with `system.getAllowedServices`: answer it, drop it, or refuse it. */
  readonly probe: 'answer' | 'ignore' | 'refuse';
  /** `service-client-api.rate-limit` and its quarantine, when the options set no limit. */
  readonly rateLimit?: { readonly perMinute: number; readonly quarantineSeconds: number };
  /** Also serves the 8.5 names `interaction.attachUserData` / `interaction.updateUserData`. */
  readonly legacyUserData: boolean;
}

/** A built-in profile. */
export interface DesktopProfile extends ProfileDefinition {
  readonly name: ProfileName;
}

const PLAIN = { eventTypeKey: 'eventType', partialEvents: false, probe: 'answer', legacyUserData: false } as const;

/** Every built-in profile; the Record type proves each name has one. */
const DEFINITIONS: { readonly [N in ProfileName]: Omit<DesktopProfile, 'name'> } = {
  vendor: { ...PLAIN, description: 'As the vendor documents show it: media at event level, frameId once (default)' },
  'partial-events': { ...PLAIN, partialEvents: true, description: 'After ADDED, interaction events carry only the fields that changed' },
  'probe-filtered': { ...PLAIN, probe: 'ignore', description: 'An API filter drops system.getAllowedServices: it is never answered' },
  'probe-refused': { ...PLAIN, probe: 'refuse', description: 'An API filter refuses system.getAllowedServices with an errorMessage' },
  'rate-limited': { ...PLAIN, rateLimit: { perMinute: 10, quarantineSeconds: 30 }, description: 'rate-limit 10 requests per minute per frame, then 30 s ignored' },
  'legacy-8.5': { ...PLAIN, eventTypeKey: 'type', legacyUserData: true, description: '8.5 era: events say "type"; attachUserData and updateUserData served' },
};

export const PROFILES: readonly DesktopProfile[] = Object.entries(DEFINITIONS).map(([name, definition]) => ({ name: name as ProfileName, ...definition }));

export const DEFAULT_PROFILE: ProfileName = 'vendor';

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && Object.hasOwn(DEFINITIONS, value);
}

/** The built-in profile called `name`; an unknown name is refused with the list of valid ones. */
export function profileNamed(name: unknown): DesktopProfile {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (!profile) throw unknownProfile(name, PROFILES);
  return profile;
}

function unknownProfile(name: unknown, known: readonly ProfileDefinition[]): SimulatorError {
  return new SimulatorError(`Unknown desktop profile '${String(name)}': use one of ${known.map((item) => item.name).join(', ')}`, undefined, 'PROFILE_UNKNOWN');
}

const NAME_LENGTH = 80;

/** A refused value in a few words: a definition may be large or hold things JSON cannot write. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function invalid(field: string, expected: string, value: unknown): SimulatorError {
  const got = value === undefined ? 'it is missing' : `got ${shown(value)}`;
  return new SimulatorError(`Invalid desktop profile definition: '${field}' must be ${expected}; ${got}`, undefined, 'PROFILE_INVALID');
}

function oneOf<T extends string>(definition: Record<string, unknown>, field: string, values: readonly T[]): T {
  const value = definition[field];
  if (!values.includes(value as T)) throw invalid(field, `one of ${values.map((item) => `'${item}'`).join(', ')}`, value);
  return value as T;
}

function flag(definition: Record<string, unknown>, field: string): boolean {
  const value = definition[field];
  if (typeof value !== 'boolean') throw invalid(field, 'true or false', value);
  return value;
}

function count(limits: Record<string, unknown>, field: string, least: number): number {
  const value = limits[field];
  if (!Number.isInteger(value) || (value as number) < least) throw invalid(`rateLimit.${field}`, `an integer ≥ ${least}`, value);
  return value as number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one reader of a profile definition that did not come from this file (a seeded one, JSON
 * from a page or a test): a checked copy of its fields, and nothing else (a seed's `closest` is
 * left behind). Refused with PROFILE_INVALID naming the field, or PROFILE_NAME_TAKEN.
 */
export function readProfileDefinition(value: unknown): ProfileDefinition {
  if (!isRecord(value)) throw invalid('the definition', 'an object', value);
  const { name, description } = value;
  if (typeof name !== 'string' || name.trim() === '' || name.length > NAME_LENGTH || /\p{Cc}/u.test(name)) {
    throw invalid('name', `a non-empty line of at most ${NAME_LENGTH} characters`, name);
  }
  if (isProfileName(name)) {
    throw new SimulatorError(`Invalid desktop profile definition: the name '${name}' is a built-in profile's; give the definition a name of its own`, undefined, 'PROFILE_NAME_TAKEN');
  }
  if (typeof description !== 'string') throw invalid('description', 'a string', description);
  let rateLimit: ProfileDefinition['rateLimit'];
  if (value.rateLimit !== undefined) {
    if (!isRecord(value.rateLimit)) throw invalid('rateLimit', 'an object { perMinute, quarantineSeconds }', value.rateLimit);
    rateLimit = { perMinute: count(value.rateLimit, 'perMinute', 1), quarantineSeconds: count(value.rateLimit, 'quarantineSeconds', 0) };
  }
  return {
    name,
    description,
    eventTypeKey: oneOf(value, 'eventTypeKey', ['eventType', 'type'] as const),
    partialEvents: flag(value, 'partialEvents'),
    probe: oneOf(value, 'probe', ['answer', 'ignore', 'refuse'] as const),
    ...(rateLimit ? { rateLimit } : {}),
    legacyUserData: flag(value, 'legacyUserData'),
  };
}

/** A message body as it goes on the wire. */
export type WireRecord = Record<string, unknown>;

/** Desktop-side event data before the profile shapes it. */
export type DeskEvent = { eventType: string } & WireRecord;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `interactionId` plus every top-level field of `next` that differs from `previous`. */
function changedFields(previous: WireRecord, next: WireRecord): WireRecord {
  const delta: WireRecord = { interactionId: next.interactionId };
  for (const key of Object.keys(next)) if (!sameValue(previous[key], next[key])) delta[key] = next[key];
  // A field that disappeared has no value to send; null says it is gone.
  for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) delta[key] = null;
  return delta;
}

/**
 * The one place the profile shapes what leaves the desktop: interactions in answers and events,
 * and every event's data. Flows and handlers never look at the profile's shapes.
 */
export class ProfileState {
  private current: ProfileDefinition;
  /** The profiles defined on this desktop, by name: one engine's, never shared with another. */
  private readonly defined = new Map<string, ProfileDefinition>();
  /**
   * The interaction copy last sent in an event, per interaction: what a partial event is diffed
   * against. The user-data read ACL is desktop-wide, so every frame was sent the same copy.
   */
  private readonly lastSent = new Map<string, WireRecord>();

  constructor(profile: unknown = DEFAULT_PROFILE) {
    this.current = this.resolve(profile);
  }

  get profile(): ProfileDefinition {
    return this.current;
  }

  /** The built-in profiles, then those defined on this desktop in the order they were first given. */
  get all(): ProfileDefinition[] {
    return [...PROFILES, ...this.defined.values()];
  }

  /**
   * Plays a profile: a built-in or defined one by name, or a definition, which is checked and then
   * kept under its name (replacing one defined before under the same name). A refusal changes nothing.
   */
  set(profile: unknown): ProfileDefinition {
    this.current = this.resolve(profile);
    return this.current;
  }

  private resolve(profile: unknown): ProfileDefinition {
    if (typeof profile !== 'object' || profile === null) {
      const found = isProfileName(profile) ? profileNamed(profile) : typeof profile === 'string' ? this.defined.get(profile) : undefined;
      if (!found) throw unknownProfile(profile, this.all);
      return found;
    }
    const definition = readProfileDefinition(profile);
    this.defined.set(definition.name, definition);
    return definition;
  }

  /** An interaction as pages read it (read ACL already applied): media is said at event level only. */
  interaction(visible: Interaction): WireRecord {
    const { media: _media, ...rest } = visible as Interaction & { media?: unknown };
    return rest;
  }

  /** The data of an interaction event: `{ eventType, media, interaction }`, whole or partial. */
  interactionEvent(eventType: string, media: string, visible: WireRecord): DeskEvent {
    const interactionId = String(visible.interactionId);
    const previous = this.lastSent.get(interactionId);
    if (eventType === 'REMOVED') this.lastSent.delete(interactionId);
    else this.lastSent.set(interactionId, visible);
    let interaction = visible;
    if (this.current.partialEvents && eventType === 'REMOVED') interaction = { interactionId: visible.interactionId };
    else if (this.current.partialEvents && eventType !== 'ADDED' && previous) interaction = changedFields(previous, visible);
    return { eventType, media, interaction };
  }

  /** An event's data with its type under the key this desktop uses. */
  eventData(data: DeskEvent): WireRecord {
    if (this.current.eventTypeKey === 'eventType') return data;
    const { eventType, ...rest } = data;
    return { type: eventType, ...rest };
  }
}
