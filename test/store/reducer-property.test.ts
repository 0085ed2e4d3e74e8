import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Interaction } from '../../src/protocol/index.js';
import { createInitialState, reduceDesktop, type DesktopAction, type StoreChannel } from '../../src/store/index.js';
import { reduceDesktopAll } from '../../src/store/reducer.js';
import { WweError } from '../../src/connection/index.js';
import { event, expectCasesConsistent, id, replacingType, safeKey } from './arbitraries.js';


/** An interaction exactly as the guards produce it, so the model can store it unchanged (a start of 0 would mean "unknown"). */
const validInteraction: fc.Arbitrary<Interaction> = fc.record(
  {
    interactionId: id,
    caseId: fc.constantFrom('K1', 'K2', ''),
    media: fc.constantFrom('voice', 'chat', 'email'),
    userData: fc.dictionary(safeKey, fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean()), { maxKeys: 3 }),
    state: fc.constantFrom('RINGING', 'ESTABLISHED', 'HELD', 'RELEASED', 'INVITED', 'ENDED'),
    parties: fc.array(fc.record({ name: fc.string({ maxLength: 5 }) }), { maxLength: 2 }),
    isConsultation: fc.boolean(),
    isMainCaseInteraction: fc.boolean(),
    startDate: fc.integer({ min: 1, max: 10_000 }),
    isCaseSelected: fc.boolean(),
    isCaseExpanded: fc.boolean(),
    recordingState: fc.constantFrom('STOPPED' as const, 'RECORDING' as const, 'PAUSED' as const),
  },
  { requiredKeys: ['interactionId', 'caseId', 'media', 'userData', 'state', 'parties', 'isConsultation', 'isMainCaseInteraction', 'startDate', 'isCaseSelected', 'isCaseExpanded'] },
);

/** Anything without a usable interactionId: the store must drop it. */
const notAnInteraction = fc.oneof(
  fc.anything().filter((value) => !(typeof value === 'object' && value !== null && 'interactionId' in value)),
  fc.record({ interactionId: fc.oneof(fc.integer(), fc.constant(''), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })) }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"caseId":"K1"}') as unknown),
);

const hostileJson = fc.constantFrom(
  '{"eventType":"ADDED","__proto__":{"polluted":true}}',
  '{"eventType":"ADDED","interaction":{"__proto__":{"interactionId":"a","polluted":true}}}',
  '{"eventType":"STATE_CHANGED","mediaState":"READY","state":{"__proto__":{"polluted":true}}}',
  '{"eventType":"CUSTOM_TOAST_BUTTON_CLICK","toastId":"__proto__","button":"x"}',
).map((text) => JSON.parse(text) as unknown);

type Step = { action: DesktopAction; model: (model: Map<string, Interaction>) => void };

const keep = () => undefined;
/** The model's merge: every field the complete interaction carries wins, an absent optional one stays. */
const merged = (known: Interaction | undefined, next: Interaction): Interaction => ({ ...known, ...next });

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(replacingType, validInteraction).map(([eventType, interaction]): Step => ({
    action: event('interaction', { eventType, media: interaction.media, interaction }),
    model: (model) => void model.set(interaction.interactionId, merged(model.get(interaction.interactionId), interaction)),
  })) },
  { weight: 2, arbitrary: id.map((removedId): Step => ({
    action: event('interaction', { eventType: 'REMOVED', media: 'voice', interaction: { interactionId: removedId } }),
    model: (model) => void model.delete(removedId),
  })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(validInteraction, notAnInteraction), { maxLength: 4 }).map((list): Step => ({
    action: { type: 'interactions-fetched', interactions: list },
    model: (model) => {
      const listed = new Map<string, Interaction>();
      for (const item of list) if (isModelInteraction(item)) listed.set(item.interactionId, merged(listed.get(item.interactionId) ?? model.get(item.interactionId), item));
      model.clear();
      for (const [listedId, interaction] of listed) model.set(listedId, interaction);
    },
  })) },
  { weight: 2, arbitrary: fc.tuple(replacingType, notAnInteraction).map(([eventType, interaction]) => ({ action: event('interaction', { eventType, interaction }), model: keep })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom<StoreChannel>('agent', 'interaction', 'media', 'system'), fc.oneof(fc.anything(), hostileJson)).map(([channel, payload]) => ({ action: event(channel, payload), model: keep })) },
);

function isModelInteraction(value: unknown): value is Interaction {
  return typeof value === 'object' && value !== null && typeof (value as { interactionId?: unknown }).interactionId === 'string' && (value as Interaction).interactionId !== '';
}

const sortedEntries = (map: ReadonlyMap<string, Interaction>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('reduceDesktop: properties (fast-check)', () => {
  const cleanPrototype = Object.getOwnPropertyNames(Object.prototype).sort();

  it('random event sequences never throw, never pollute, and match a model of the same events', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let state = createInitialState();
        const model = new Map<string, Interaction>();
        for (const { action, model: applyToModel } of steps) {
          state = reduceDesktop(state, action);
          applyToModel(model);
        }
        expect(sortedEntries(state.interactions)).to.deep.equal(sortedEntries(model));
        expectCasesConsistent(state);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(cleanPrototype);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('a batch of actions (a flood the store reduces at once) gives the state one-by-one reduction gives', () => {
    const window = fc.constantFrom<DesktopAction>({ type: 'fetch-started', fetchId: 1 }, { type: 'fetch-finished', fetchId: 1 }, { type: 'fetch-failed', fetchId: 1, error: new WweError('TIMEOUT', 'agent.get', 'late') });
    const action = fc.oneof({ weight: 6, arbitrary: step.map(({ action: stepAction }) => stepAction) }, { weight: 1, arbitrary: window });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 12 }), fc.array(action, { maxLength: 30 }), (before, batch) => {
        const start = before.reduce(reduceDesktop, createInitialState());
        const oneByOne = batch.reduce(reduceDesktop, start);
        const batched = reduceDesktopAll(start, batch);
        expect(batched).to.deep.equal(oneByOne);
        // Slices the batch left alone keep their identity, as one-by-one reduction keeps them.
        for (const slice of Object.keys(oneByOne) as (keyof typeof oneByOne)[]) {
          if (oneByOne[slice] === start[slice]) expect(batched[slice], slice).to.equal(start[slice]);
        }
        expectCasesConsistent(batched);
      }),
      { numRuns: 500 },
    );
  });

  it('a list computed at fetch start, arriving anywhere among later events, never rolls them back', () => {
    const desktopEvent = fc.oneof(
      validInteraction.map((interaction) => ({ kind: 'set' as const, interaction })),
      id.map((removedId) => ({ kind: 'remove' as const, id: removedId })),
    );
    fc.assert(
      fc.property(
        fc.array(validInteraction, { maxLength: 4 }),
        fc.array(validInteraction, { maxLength: 4 }),
        fc.array(desktopEvent, { maxLength: 8 }),
        fc.nat(),
        (storeBefore, listAtFetch, later, position) => {
          const asAction = (change: (typeof later)[number]): DesktopAction =>
            change.kind === 'set'
              ? event('interaction', { eventType: 'ESTABLISHED', interaction: change.interaction })
              : event('interaction', { eventType: 'REMOVED', interaction: { interactionId: change.id } });
          const arrival = position % (later.length + 1);
          const actions: DesktopAction[] = [
            ...storeBefore.map((interaction) => event('interaction', { eventType: 'ADDED', interaction })),
            { type: 'fetch-started', fetchId: 1 },
            ...later.slice(0, arrival).map(asAction),
            { type: 'interactions-fetched', fetchId: 1, interactions: listAtFetch },
            ...later.slice(arrival).map(asAction),
            { type: 'fetch-finished', fetchId: 1 },
          ];
          const state = actions.reduce(reduceDesktop, createInitialState());

          // The model: the list merges onto what the store held, except for keys an event touched
          // after the fetch started; every event merges onto (or removes) what is there.
          const apply = (model: Map<string, Interaction>, change: (typeof later)[number]) => {
            if (change.kind === 'set') model.set(change.interaction.interactionId, merged(model.get(change.interaction.interactionId), change.interaction));
            else model.delete(change.id);
          };
          const truth = new Map<string, Interaction>();
          for (const interaction of storeBefore) truth.set(interaction.interactionId, merged(truth.get(interaction.interactionId), interaction));
          later.slice(0, arrival).forEach((change) => apply(truth, change));
          const touched = new Set(later.slice(0, arrival).map((change) => (change.kind === 'set' ? change.interaction.interactionId : change.id)));
          const listed = new Map<string, Interaction>();
          for (const item of listAtFetch) listed.set(item.interactionId, merged(listed.get(item.interactionId) ?? truth.get(item.interactionId), item));
          for (const key of [...truth.keys()]) if (!touched.has(key) && !listed.has(key)) truth.delete(key);
          for (const [key, interaction] of listed) if (!touched.has(key)) truth.set(key, interaction);
          later.slice(arrival).forEach((change) => apply(truth, change));
          expect(sortedEntries(state.interactions)).to.deep.equal(sortedEntries(truth));
          expect(state.sync.touched.size).to.equal(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
