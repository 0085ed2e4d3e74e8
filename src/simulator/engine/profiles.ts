import type { Interaction } from '../../protocol/index.js';
import { SimulatorError } from './errors.js';

/**
 * Desktop profiles: which shapes the desktop sends and a few behaviours, so a page can be tried
 * against the desktops it will meet, not only against the one the vendor documents.
 */
export type ProfileName = 'vendor' | 'partial-events' | 'probe-filtered' | 'probe-refused' | 'rate-limited' | 'legacy-8.5';

export interface DesktopProfile {
  readonly name: ProfileName;
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

const PLAIN = { eventTypeKey: 'eventType', partialEvents: false, probe: 'answer', legacyUserData: false } as const;

/** Every profile; the Record type proves each name has one. */
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

/** The profile called `name`; an unknown name is refused with the list of valid ones. */
export function profileNamed(name: unknown): DesktopProfile {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (!profile) throw new SimulatorError(`Unknown desktop profile '${String(name)}': use one of ${PROFILES.map((item) => item.name).join(', ')}`);
  return profile;
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
  private current: DesktopProfile;
  /**
   * The interaction copy last sent in an event, per interaction: what a partial event is diffed
   * against. The user-data read ACL is desktop-wide, so every frame was sent the same copy.
   */
  private readonly lastSent = new Map<string, WireRecord>();

  constructor(name: unknown = DEFAULT_PROFILE) {
    this.current = profileNamed(name);
  }

  get profile(): DesktopProfile {
    return this.current;
  }

  set(name: unknown): DesktopProfile {
    this.current = profileNamed(name);
    return this.current;
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
