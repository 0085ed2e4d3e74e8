/**
 * A real desktop sends partial events, puts `media` on the event rather than on the interaction,
 * and uses values in its own spelling. What an event or list says is merged onto what is known;
 * nothing it does not mention is erased.
 */
import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/protocol/index.js';
import { createInitialState, reduceDesktop, resolveTargetInteraction, type DesktopAction, type StoreChannel } from '../../src/store/index.js';
import { VENDOR_EXAMPLE } from '../fixtures/vendor-example.js';
import { BREAK, makeInteraction, READY, reduceAll, STATE_LIST } from './builders.js';

const event = (channel: StoreChannel, payload: unknown): DesktopAction => ({ type: 'event', channel, event: payload });
const interactionEvent = (payload: Record<string, unknown>) => event('interaction', payload);
const added = (interaction: Interaction) => interactionEvent({ eventType: 'ADDED', media: interaction.media, interaction });

describe('reduceDesktop: partial events merge onto what is known', () => {
  const call = makeInteraction({
    interactionId: '3',
    caseId: 'K3',
    state: 'ESTABLISHED',
    parties: [{ name: 'Ada', address: '+33298000000' }],
    userData: { Origin: 'IVR', Notes: 'vip' },
    startDate: 1_700_000_000_000,
    recordingState: 'STOPPED',
  });
  const known = reduceAll([added(call)]);

  it('CALL_RECORDING_STATE_CHANGED with only the recording state keeps everything else', () => {
    const next = reduceDesktop(
      known,
      interactionEvent({ eventType: 'CALL_RECORDING_STATE_CHANGED', media: 'voice', interaction: { interactionId: '3', recordingState: 'RECORDING' } }),
    );
    expect(next.interactions.get('3')).to.deep.equal({ ...call, recordingState: 'RECORDING' });
    expect(next.cases.get('K3')?.interactions[0]?.recordingState).to.equal('RECORDING');
  });

  it('a present userData replaces the old one as a whole; an absent one stays', () => {
    const replaced = reduceDesktop(known, interactionEvent({ eventType: 'ATTACHED_DATA_CHANGED', interaction: { interactionId: '3', userData: { Notes: 'called back' } } }));
    expect(replaced.interactions.get('3')?.userData).to.deep.equal({ Notes: 'called back' });
    const untouched = reduceDesktop(known, interactionEvent({ eventType: 'HELD', interaction: { interactionId: '3', state: 'HELD' } }));
    expect(untouched.interactions.get('3')).to.deep.equal({ ...call, state: 'HELD' });
    expect(untouched.interactions.get('3')?.userData).to.equal(known.interactions.get('3')?.userData);
  });

  it('a partial event that says nothing new keeps every slice', () => {
    const same = reduceDesktop(known, interactionEvent({ eventType: 'PARTY_CHANGED', media: 'voice', interaction: { interactionId: '3', state: 'ESTABLISHED' } }));
    expect(same.interactions).to.equal(known.interactions);
    expect(same.cases).to.equal(known.cases);
  });

  it('mistyped, empty or unknown-meaning values never erase a known field', () => {
    const next = reduceDesktop(
      known,
      interactionEvent({
        eventType: 'ESTABLISHED',
        media: 'unknown',
        interaction: { interactionId: '3', caseId: 12, state: '', userData: 'none', parties: 'Ada', startDate: 0, recordingState: 'LOUD', direction: 'SIDEWAYS', media: '' },
      }),
    );
    expect(next.interactions.get('3')).to.equal(known.interactions.get('3'));
  });

  it('a field sent as null is gone: an optional one leaves the record, any other is back to never seen', () => {
    const next = reduceDesktop(known, interactionEvent({ eventType: 'RELEASED', interaction: { interactionId: '3', state: 'RELEASED', recordingState: null, userData: null } }));
    const { recordingState: _gone, ...rest } = call;
    expect(next.interactions.get('3')).to.deep.equal({ ...rest, state: 'RELEASED', userData: {} });
    expect(next.interactions.get('3')?.media, 'the media stays known').to.equal('voice');
  });

  it('an event for an unknown interaction adds it with what it carries and defaults for the rest', () => {
    const state = reduceAll([interactionEvent({ eventType: 'CALL_RECORDING_STATE_CHANGED', interaction: { interactionId: 'new', recordingState: 'PAUSED' } })]);
    expect(state.interactions.get('new')).to.deep.equal({
      interactionId: 'new',
      caseId: '',
      media: 'voice',
      userData: {},
      state: 'UNKNOWN',
      parties: [],
      isConsultation: false,
      isMainCaseInteraction: false,
      startDate: 0,
      isCaseSelected: false,
      isCaseExpanded: false,
      recordingState: 'PAUSED',
    });
  });

  it('unknown event types and states are merged, unknown fields ignored', () => {
    const next = reduceDesktop(known, interactionEvent({ eventType: 'WRAP_UP_STARTED', interaction: { interactionId: '3', state: 'WRAPPING', shinyNewField: { a: 1 } } }));
    expect(next.interactions.get('3')).to.deep.equal({ ...call, state: 'WRAPPING' });
  });

  it('takes the vendor example as printed: event-level media, title-case callType, DIALING, OUT', () => {
    const stored = reduceAll([interactionEvent(VENDOR_EXAMPLE)]).interactions.get('1');
    const { callType, ...rest } = VENDOR_EXAMPLE.interaction;
    expect(callType).to.equal('Internal');
    expect(stored).to.deep.equal({
      ...rest,
      callType: 'INTERNAL',
      media: 'voice',
      startDate: 0,
      isCaseSelected: false,
      isCaseExpanded: false,
    });
    const upper = reduceAll([interactionEvent({ ...VENDOR_EXAMPLE, interaction: { ...VENDOR_EXAMPLE.interaction, callType: 'INTERNAL', direction: 'out' } })]);
    expect(upper.interactions.get('1')).to.deep.include({ callType: 'INTERNAL', direction: 'OUT' });
    const odd = reduceAll([interactionEvent({ ...VENDOR_EXAMPLE, interaction: { ...VENDOR_EXAMPLE.interaction, callType: 'Predictive' } })]);
    expect(odd.interactions.get('1')?.callType, 'an undocumented call type is kept as sent').to.equal('Predictive');
  });
});

describe('reduceDesktop: media', () => {
  const bare = (interaction: Record<string, unknown>, media?: string) =>
    interactionEvent({ eventType: 'ADDED', ...(media ? { media } : {}), interaction: { interactionId: 'm', ...interaction } });
  const mediaAfter = (...actions: DesktopAction[]) => reduceAll(actions).interactions.get('m')?.media;

  it("comes from the interaction, else the event's data.media", () => {
    expect(mediaAfter(bare({ media: 'chat' }, 'voice'))).to.equal('chat');
    expect(mediaAfter(bare({}, 'email'))).to.equal('email');
  });

  it('else stays what was known', () => {
    expect(mediaAfter(bare({}, 'chat'), interactionEvent({ eventType: 'ACCEPTED', interaction: { interactionId: 'm', state: 'ACCEPTED' } }))).to.equal('chat');
  });

  it('else is inferred from a voice-only field', () => {
    for (const field of [{ callUuid: 'u' }, { ani: '5001' }, { dnis: '5001' }, { callType: 'Inbound' }, { recordingState: 'STOPPED' }]) {
      expect(mediaAfter(bare(field)), JSON.stringify(field)).to.equal('voice');
    }
  });

  it("is 'unknown' only when nothing says, and a later event that knows better upgrades it", () => {
    expect(mediaAfter(bare({ state: 'INVITED' }))).to.equal('unknown');
    expect(mediaAfter(bare({ state: 'INVITED' }), bare({}, 'chat'))).to.equal('chat');
    expect(mediaAfter(bare({ state: 'RINGING' }), bare({ ani: '5001' }))).to.equal('voice');
    expect(mediaAfter(bare({}, 'chat'), bare({ state: 'INVITED' }, 'unknown')), "'unknown' never downgrades").to.equal('chat');
  });
});

describe('reduceDesktop: a list refresh never downgrades', () => {
  const known = reduceAll([
    interactionEvent({
      eventType: 'ESTABLISHED',
      media: 'voice',
      interaction: { interactionId: 'a', caseId: 'K', state: 'ESTABLISHED', recordingState: 'RECORDING', userData: { k: 'v' }, startDate: 5_000 },
    }),
    interactionEvent({ eventType: 'ADDED', media: 'chat', interaction: { interactionId: 'gone', state: 'INVITED' } }),
  ]);

  it('list items merge onto known records; the list still decides which interactions exist', () => {
    const next = reduceDesktop(known, { type: 'interactions-fetched', interactions: [{ interactionId: 'a', state: 'HELD' }, { interactionId: 'b', dnis: '5002' }] });
    expect([...next.interactions.keys()]).to.deep.equal(['a', 'b']);
    expect(next.interactions.get('a')).to.deep.include({ media: 'voice', caseId: 'K', state: 'HELD', recordingState: 'RECORDING', userData: { k: 'v' }, startDate: 5_000 });
    expect(next.interactions.get('b')).to.deep.include({ media: 'voice', state: 'UNKNOWN', dnis: '5002' });
  });

  it('a list that repeats what is known changes no slice', () => {
    const next = reduceDesktop(known, { type: 'interactions-fetched', interactions: [{ interactionId: 'a' }, { interactionId: 'gone' }] });
    expect(next.interactions).to.equal(known.interactions);
  });
});

describe('reduceDesktop: event type spelled `type`, and payloads that are no events', () => {
  const listed = reduceAll([{ type: 'state-list-fetched', stateList: STATE_LIST }, { type: 'toast-opened', id: 't0', params: { title: 'T', buttons: ['Yes'] } }]);

  it('reads `type` when `eventType` is absent, on every channel', () => {
    const state = reduceAll(
      [
        interactionEvent({ type: 'ADDED', media: 'voice', interaction: { interactionId: 'x', state: 'RINGING' } }),
        interactionEvent({ type: 'ADDED', media: 'voice', interaction: { interactionId: 'y', state: 'RINGING' } }),
        interactionEvent({ type: 'REMOVED', interaction: { interactionId: 'y' } }),
        event('agent', { type: 'STATE_CHANGED', mediaState: 'NOT_READY_ACTION_CODE', reasonCode: '1511' }),
        event('media', { type: 'STATE_CHANGED', media: { media: 'voice', state: READY, loggedIn: true } }),
        event('system', { type: 'CUSTOM_TOAST_BUTTON_CLICK', toastId: 't0', button: 'Yes' }),
      ],
      listed,
    );
    expect([...state.interactions.keys()]).to.deep.equal(['x']);
    expect(state.agentState).to.deep.equal(BREAK);
    expect(state.media.get('voice')?.state).to.deep.equal(READY);
    expect(state.toasts.get('t0')?.lastButton).to.equal('Yes');
  });

  it('`eventType` wins over `type`', () => {
    const state = reduceDesktop(listed, interactionEvent({ eventType: 'ADDED', type: 'REMOVED', interaction: { interactionId: 'x' } }));
    expect(state.interactions.has('x')).to.equal(true);
  });

  it('data that is not an object, or has no event type, changes nothing on any channel', () => {
    const payloads: unknown[] = [null, undefined, 'ADDED', 7, true, [], [{ eventType: 'ADDED' }], { interaction: { interactionId: 'x' } }, { eventType: '', interaction: { interactionId: 'x' } }, { mediaState: 'READY' }, { toastId: 't0', button: 'Yes' }];
    for (const channel of ['agent', 'interaction', 'media', 'system'] as const) {
      for (const payload of payloads) expect(reduceDesktop(listed, event(channel, payload)), `${channel} ${JSON.stringify(payload)}`).to.equal(listed);
    }
  });
});

describe('resolveTargetInteraction: unknown start dates', () => {
  it('falls back to the order seen', () => {
    const first = makeInteraction({ interactionId: 'first', startDate: 0 });
    const second = makeInteraction({ interactionId: 'second', startDate: 0 });
    expect(resolveTargetInteraction(reduceAll([added(first), added(second)]))?.interactionId).to.equal('second');
    const dated = makeInteraction({ interactionId: 'dated', startDate: 9_000 });
    expect(resolveTargetInteraction(reduceAll([added(dated), added(first)]))?.interactionId, 'seen later, start unknown').to.equal('first');
    expect(resolveTargetInteraction(reduceAll([added(first), added(dated)]))?.interactionId).to.equal('dated');
    expect(resolveTargetInteraction(createInitialState())).to.equal(undefined);
  });
});
