/**
 * Seeds a desktop profile from a recording: the shapes a real desktop sent become the profile's.
 * What a recording cannot show (a rate limit) is left at the plain desktop's value. The engine
 * plays the definition (`engine.setProfile(definition)`).
 */
import { isPlainRecord } from '../../protocol/parse.js';
import { readRecording, recordedExchanges } from '../../protocol/recording.js';
import { PROFILES, type ProfileDefinition, type ProfileName, type SimulatorEngine } from '../engine/index.js';

/** A profile definition the engine plays, plus the built-in profile that has the same shapes. */
export interface SeededProfile extends ProfileDefinition {
  /** The built-in profile with these shapes, if one has them (the engine ignores this field). */
  readonly closest: ProfileName | undefined;
}

/** Fields every whole interaction carries; an update without them was sent partial. */
const WHOLE = ['state', 'parties', 'userData'];

const PROBE_WORDS = { answer: 'answered', ignore: 'dropped', refuse: 'refused' } as const;

/** The shapes in a few words, so a profile picker tells two seeded profiles apart. */
function describe(shapes: Pick<ProfileDefinition, 'eventTypeKey' | 'partialEvents' | 'probe' | 'legacyUserData'>): string {
  const words = [`events say "${shapes.eventTypeKey}"`, shapes.partialEvents ? 'partial updates' : 'whole updates', `probe ${PROBE_WORDS[shapes.probe]}`];
  if (shapes.legacyUserData) words.push('8.5 user-data names served');
  return words.join(', ');
}

export function profileFromRecording(input: unknown, name = 'recorded'): SeededProfile {
  const recording = readRecording(input);
  const events = recording.messages.filter((message) => message.kind === 'event' && isPlainRecord(message.envelope.data)).map((message) => message.envelope.data as Record<string, unknown>);
  const saysType = events.length > 0 && events.every((data) => data.eventType === undefined && typeof data.type === 'string');
  const partialEvents = events.some((data) => {
    const type = data.eventType ?? data.type;
    const interaction = data.interaction;
    return type !== 'ADDED' && type !== 'REMOVED' && isPlainRecord(interaction) && WHOLE.some((key) => !(key in interaction));
  });
  const exchanges = recordedExchanges(recording);
  const probes = exchanges.filter((exchange) => exchange.name === 'system.getAllowedServices');
  const probe: ProfileDefinition['probe'] = probes.some((exchange) => exchange.answer?.ok) ? 'answer' : probes.some((exchange) => exchange.answer && !exchange.answer.ok) ? 'refuse' : probes.length > 0 ? 'ignore' : 'answer';
  const legacyUserData = exchanges.some((exchange) => (exchange.name === 'interaction.attachUserData' || exchange.name === 'interaction.updateUserData') && exchange.answer?.ok === true);
  const shapes = { eventTypeKey: saysType ? 'type' : 'eventType', partialEvents, probe, legacyUserData } as const;
  const closest = PROFILES.find((profile) => profile.rateLimit === undefined && (Object.keys(shapes) as (keyof typeof shapes)[]).every((key) => profile[key] === shapes[key]))?.name;
  return { name, description: `Seeded from a recording started ${recording.startedAt}: ${describe(shapes)}`, ...shapes, closest };
}

/**
 * Seeds a profile from `recording` and plays it on `engine` from its next message on. Throws the
 * reader's RecordingError for a file it cannot read, or the engine's coded SimulatorError for a
 * name it refuses (a built-in profile's): in both cases the desktop keeps its profile.
 */
export function seedProfile(engine: SimulatorEngine, recording: unknown, name?: string): SeededProfile {
  const seeded = profileFromRecording(recording, name);
  engine.setProfile(seeded);
  return seeded;
}
