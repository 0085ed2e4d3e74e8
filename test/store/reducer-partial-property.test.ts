/**
 * Property tests of partial events and lists: whatever a desktop leaves out, the store keeps.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createInitialState, reduceDesktop, type DesktopAction } from '../../src/store/index.js';
import { event, expectCasesConsistent, id, replacingType, safeKey } from './arbitraries.js';

/**
 * Partial events and lists: each field present with a usable value, absent, present with a value
 * of the wrong type (which must count as absent), or null (the desktop says it is gone). `usable`
 * is the test's own reading of the protocol types, so the invariant does not lean on the code
 * under test.
 */
const text = fc.string({ minLength: 1, maxLength: 4 });
const wrong = fc.oneof(fc.integer(), fc.constant(''), fc.array(fc.integer(), { maxLength: 1 }), fc.constant({}));
const PARTIAL_FIELDS = {
  caseId: fc.constantFrom('K1', 'K2'),
  media: fc.constantFrom('voice', 'chat', 'unknown'),
  userData: fc.dictionary(safeKey, fc.string({ maxLength: 3 }), { maxKeys: 2 }),
  state: fc.constantFrom('RINGING', 'DIALING', 'ESTABLISHED', 'HELD', 'RELEASED', 'WRAPPING'),
  previousState: text,
  parties: fc.array(fc.record({ name: text }), { maxLength: 2 }),
  isConsultation: fc.boolean(),
  isMainCaseInteraction: fc.boolean(),
  isCaseSelected: fc.boolean(),
  isCaseExpanded: fc.boolean(),
  startDate: fc.integer({ min: 1, max: 10_000 }),
  callUuid: text,
  callType: fc.constantFrom('Internal', 'INBOUND', 'Outbound'),
  direction: fc.constantFrom('IN', 'OUT', 'out'),
  ani: text,
  dnis: text,
  recordingState: fc.constantFrom('STOPPED', 'RECORDING', 'paused'),
} as const;
type PartialField = keyof typeof PARTIAL_FIELDS;

/** What a field sent as null reads as: its "never seen" value, or absent. */
const CLEARED: Partial<Record<PartialField, unknown>> = {
  caseId: '',
  userData: {},
  state: 'UNKNOWN',
  parties: [],
  isConsultation: false,
  isMainCaseInteraction: false,
  isCaseSelected: false,
  isCaseExpanded: false,
  startDate: 0,
};

const usable: Record<PartialField, (value: unknown) => boolean> = {
  caseId: (value) => typeof value === 'string',
  media: (value) => typeof value === 'string' && value !== '' && value !== 'unknown',
  userData: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  state: (value) => typeof value === 'string' && value !== '',
  previousState: (value) => typeof value === 'string',
  parties: Array.isArray,
  isConsultation: (value) => typeof value === 'boolean',
  isMainCaseInteraction: (value) => typeof value === 'boolean',
  isCaseSelected: (value) => typeof value === 'boolean',
  isCaseExpanded: (value) => typeof value === 'boolean',
  startDate: (value) => typeof value === 'number' && value > 0,
  callUuid: (value) => typeof value === 'string',
  callType: (value) => typeof value === 'string' && value !== '',
  direction: (value) => typeof value === 'string' && ['IN', 'OUT', 'UNKNOWN'].includes(value.toUpperCase()),
  ani: (value) => typeof value === 'string',
  dnis: (value) => typeof value === 'string',
  recordingState: (value) => typeof value === 'string' && ['STOPPED', 'RECORDING', 'PAUSED'].includes(value.toUpperCase()),
};

const partialInteraction = fc.record(
  {
    interactionId: id,
    ...Object.fromEntries(
      Object.entries(PARTIAL_FIELDS).map(([key, valid]) => [
        key,
        fc.oneof({ weight: 6, arbitrary: valid as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: wrong }, { weight: 1, arbitrary: fc.constant(null) }),
      ]),
    ),
  },
  { requiredKeys: ['interactionId'] },
) as fc.Arbitrary<Record<string, unknown> & { interactionId: string }>;

/** An interaction event in any of its spellings: `eventType` or `type`, media on the event or not. */
const partialEvent = fc
  .tuple(fc.constantFrom('eventType', 'type'), fc.oneof(replacingType, fc.constant('SOMETHING_NEW')), fc.option(fc.constantFrom('voice', 'chat', 'unknown'), { nil: undefined }), partialInteraction)
  .map(([typeKey, eventType, media, interaction]) => ({ [typeKey]: eventType, ...(media === undefined ? {} : { media }), interaction }));

type PartialStep =
  | { kind: 'event'; payload: { media?: string; interaction: Record<string, unknown> & { interactionId: string } } }
  | { kind: 'list'; items: (Record<string, unknown> & { interactionId: string })[] }
  | { kind: 'removed'; id: string };

const partialStep: fc.Arbitrary<PartialStep> = fc.oneof(
  { weight: 6, arbitrary: partialEvent.map((payload): PartialStep => ({ kind: 'event', payload })) },
  { weight: 1, arbitrary: fc.array(partialInteraction, { maxLength: 4 }).map((items): PartialStep => ({ kind: 'list', items })) },
  { weight: 1, arbitrary: id.map((removedId): PartialStep => ({ kind: 'removed', id: removedId })) },
);

function actionOf(change: PartialStep): DesktopAction {
  if (change.kind === 'event') return event('interaction', change.payload);
  if (change.kind === 'list') return { type: 'interactions-fetched', interactions: change.items };
  return event('interaction', { eventType: 'REMOVED', interaction: { interactionId: change.id } });
}

/** What a step says about one interaction: the raw objects carrying its id, and the event-level media. */
function mentionsOf(change: PartialStep, interactionId: string): { carried: Record<string, unknown>[]; eventMedia?: unknown } {
  if (change.kind === 'event') {
    return change.payload.interaction.interactionId === interactionId ? { carried: [change.payload.interaction], eventMedia: change.payload.media } : { carried: [] };
  }
  if (change.kind === 'list') return { carried: change.items.filter((item) => item.interactionId === interactionId) };
  return { carried: [] };
}

describe('reduceDesktop: partial events and lists (fast-check)', () => {
  it('a field once known is never erased by an event or a list that does not mention it', () => {
    fc.assert(
      fc.property(fc.array(partialStep, { maxLength: 25 }), (steps) => {
        let state = createInitialState();
        for (const change of steps) {
          const before = state;
          state = reduceDesktop(state, actionOf(change));
          expectCasesConsistent(state);
          for (const [interactionId, known] of before.interactions) {
            const now = state.interactions.get(interactionId);
            if (!now) continue;
            const { carried, eventMedia } = mentionsOf(change, interactionId);
            const says = (field: PartialField) => carried.some((raw) => Object.hasOwn(raw, field) && (raw[field] === null || usable[field](raw[field])));
            for (const field of Object.keys(PARTIAL_FIELDS) as PartialField[]) {
              if (field === 'media') continue;
              if (!says(field)) expect(now[field], `${field} of ${interactionId}`).to.deep.equal(known[field]);
              else if (change.kind === 'event' && carried[0]![field] === null) expect(now[field], `${field} cleared`).to.deep.equal(CLEARED[field]);
            }
            if (known.media !== 'unknown' && !says('media') && !usable.media(eventMedia)) {
              expect(now.media, `media of ${interactionId}`).to.equal(known.media);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("media is never 'unknown' once a voice-only field is known", () => {
    fc.assert(
      fc.property(fc.array(partialStep, { maxLength: 25 }), (steps) => {
        const state = steps.map(actionOf).reduce(reduceDesktop, createInitialState());
        for (const interaction of state.interactions.values()) {
          const voiceOnly = [interaction.callUuid, interaction.ani, interaction.dnis, interaction.callType, interaction.recordingState];
          if (voiceOnly.some((field) => field !== undefined)) expect(interaction.media).not.to.equal('unknown');
        }
      }),
      { numRuns: 200 },
    );
  });
});
