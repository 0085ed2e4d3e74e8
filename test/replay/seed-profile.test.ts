import { expect } from '@open-wc/testing';
import { PROFILES, SimulatorEngine, SimulatorError, type ProfileDefinition, type ProfileName } from '../../src/simulator/engine/index.js';
import { createSimulatorGlobal } from '../../src/simulator/scenarios/index.js';
import { profileFromRecording, RecordingError, type Recording, type SeededProfile } from '../../src/simulator/replay/index.js';
import { startTestDesktop, type TestDesktop } from '../../src/testing/index.js';
import { rejection } from '../testing/app-page.js';
import { waitForValue } from '../helpers/waits.js';

const APP = '/test/fixtures/testing-kit-app.html';

type Data = Record<string, unknown>;

function appRecording(desk: TestDesktop): Promise<Recording> {
  return (desk.frame.contentWindow as Window & { appRecording(): Promise<Recording> }).appRecording();
}

/** The interaction events the page's own kit accepted from the desktop for `interactionId`, oldest first. */
async function eventsReceived(desk: TestDesktop, interactionId: string): Promise<Data[]> {
  const recording = await appRecording(desk);
  return recording.messages
    .filter((message) => message.direction === 'in' && message.kind === 'event' && message.name === 'interaction')
    .map((message) => message.envelope.data as Data)
    .filter((data) => (data.interaction as Data | undefined)?.interactionId === interactionId);
}

const typeOf = (data: Data) => data.eventType ?? data.type;

async function subscribed(desk: TestDesktop): Promise<void> {
  await waitForValue(async () => ((await desk.snapshot()).frames[0]?.subscriptions.length ? true : undefined), 'the app to subscribe');
}

/** An inbound call the agent answers; resolves with what the page received of it once ESTABLISHED arrived. */
async function answeredCall(desk: TestDesktop, ani: string): Promise<{ id: string; events: Data[] }> {
  const id = await desk.inboundCall({ ani, userData: { Segment: 'Gold' } });
  await desk.answer(id);
  const events = await waitForValue(async () => {
    const received = await eventsReceived(desk, id);
    return received.some((data) => typeOf(data) === 'ESTABLISHED') ? received : undefined;
  }, `the page to receive the ESTABLISHED event of ${id}`);
  return { id, events };
}

describe('a recording seeds a desktop profile the simulator plays (issue #15)', function () {
  // Two desktops per test, each with a page that loads the kit: room for a loaded machine.
  this.timeout(120_000);
  const desks: TestDesktop[] = [];
  const start = async (app: string, profile?: ProfileName) => {
    const desk = await startTestDesktop({ app, profile });
    desks.push(desk);
    await subscribed(desk);
    return desk;
  };
  afterEach(async () => {
    for (const desk of desks.splice(0)) await desk.dispose();
  });

  /** A session recorded, redacted, by the page's own kit on a desktop playing `profile`. */
  async function recordOn(profile: ProfileName): Promise<Recording> {
    const desk = await start(`${APP}?record`, profile);
    await answeredCall(desk, '+33298000301');
    const recording = await appRecording(desk);
    expect(recording.redacted).to.equal(true);
    return recording;
  }

  it('partial-events: the seeded profile has partial events, and once played a framed page receives partial updates', async () => {
    const seeded = profileFromRecording(await recordOn('partial-events'), 'seen at a customer');
    expect(seeded).to.include({ name: 'seen at a customer', partialEvents: true, eventTypeKey: 'eventType', closest: 'partial-events' });

    const desk = await start(`${APP}?record=raw`);
    const before = await answeredCall(desk, '+33298000302');
    const wholeUpdate = before.events.find((data) => typeOf(data) === 'ESTABLISHED')!.interaction as Data;
    expect(wholeUpdate, 'the vendor desktop sends whole updates').to.include.keys('parties', 'userData', 'state');

    await desk.setProfile(seeded);
    const snapshot = await desk.snapshot();
    expect(snapshot.profile).to.equal('seen at a customer');
    expect(snapshot.profiles.find((profile) => profile.name === 'seen at a customer')).to.include({ description: seeded.description, partialEvents: true });
    const after = await answeredCall(desk, '+33298000303');
    const [added, ...updates] = after.events;
    expect(typeOf(added)).to.equal('ADDED');
    expect(added.interaction as Data, 'ADDED stays whole').to.include.keys('parties', 'userData', 'state');
    const established = updates.find((data) => typeOf(data) === 'ESTABLISHED')!.interaction as Data;
    expect(established.state).to.equal('ESTABLISHED');
    expect(established, 'the update carries only what changed').to.not.have.any.keys('parties', 'userData', 'callType');
  });

  it('legacy-8.5: the seeded profile says "type", and once played a framed page receives events that say "type"', async () => {
    const seeded = profileFromRecording(await recordOn('legacy-8.5'));
    expect(seeded).to.include({ name: 'recorded', eventTypeKey: 'type', partialEvents: false });

    const desk = await start(`${APP}?record=raw`);
    const before = await answeredCall(desk, '+33298000304');
    expect(before.events.every((data) => typeof data.eventType === 'string' && !('type' in data))).to.equal(true);

    await desk.setProfile(seeded);
    expect((await desk.snapshot()).profile).to.equal('recorded');
    const after = await answeredCall(desk, '+33298000305');
    expect(after.events.length).to.be.greaterThan(1);
    expect(after.events.every((data) => typeof data.type === 'string' && !('eventType' in data))).to.equal(true);
  });

  it('the testing kit refuses a bad definition with INVALID_ARGUMENT and the simulator code, and keeps its profile', async () => {
    const desk = await start(APP);
    const refusedShape = await rejection(desk.setProfile({ name: 'half', description: 'no shapes' } as unknown as ProfileDefinition));
    expect(refusedShape.code).to.equal('INVALID_ARGUMENT');
    expect(refusedShape.message).to.contain('PROFILE_INVALID').and.contain("'eventTypeKey'");
    const taken = await rejection(desk.setProfile({ ...PROFILES[1], description: 'mine' } as unknown as ProfileDefinition));
    expect(taken.code).to.equal('INVALID_ARGUMENT');
    expect(taken.message).to.contain('PROFILE_NAME_TAKEN');
    expect((await desk.snapshot()).profile).to.equal('vendor');
  });
});

describe('a seeded profile on the engine and on window.wweSimulator', () => {
  const mine: ProfileDefinition = { name: 'mine', description: 'A desktop of my own', eventTypeKey: 'type', partialEvents: true, probe: 'refuse', legacyUserData: false };
  let engine: SimulatorEngine;
  beforeEach(() => {
    engine = new SimulatorEngine();
  });
  afterEach(() => engine.dispose());

  /** The SimulatorError `run` throws; fails when it throws nothing or something else. */
  function refusal(run: () => unknown): SimulatorError {
    try {
      run();
    } catch (error) {
      expect(error).to.be.instanceOf(SimulatorError);
      return error as SimulatorError;
    }
    throw new Error('expected a SimulatorError');
  }

  const bad: [string, unknown, string, string][] = [
    ['a name no profile has', 'mine' as unknown, 'PROFILE_UNKNOWN', "Unknown desktop profile 'mine'"],
    ['an array', [], 'PROFILE_INVALID', 'the definition'],
    ['no name', { ...mine, name: undefined }, 'PROFILE_INVALID', "'name'"],
    ['a blank name', { ...mine, name: '  ' }, 'PROFILE_INVALID', "'name'"],
    ["a built-in's name", { ...mine, name: 'legacy-8.5' }, 'PROFILE_NAME_TAKEN', "'legacy-8.5'"],
    ['no description', { ...mine, description: 3 }, 'PROFILE_INVALID', "'description'"],
    ['an unknown event type key', { ...mine, eventTypeKey: 'kind' }, 'PROFILE_INVALID', "'eventTypeKey'"],
    ['partialEvents as text', { ...mine, partialEvents: 'yes' }, 'PROFILE_INVALID', "'partialEvents'"],
    ['an unknown probe', { ...mine, probe: 'maybe' }, 'PROFILE_INVALID', "'probe'"],
    ['no legacyUserData', { ...mine, legacyUserData: undefined }, 'PROFILE_INVALID', "'legacyUserData'"],
    ['a rate limit of none per minute', { ...mine, rateLimit: { perMinute: 0, quarantineSeconds: 30 } }, 'PROFILE_INVALID', "'rateLimit.perMinute'"],
  ];
  for (const [what, definition, code, named] of bad) {
    it(`refuses ${what}: ${code}, and changes nothing`, () => {
      const error = refusal(() => engine.setProfile(definition as ProfileDefinition));
      expect(error.code).to.equal(code);
      expect(error.message).to.contain(named);
      expect(engine.profile).to.equal('vendor');
      expect(engine.snapshot().profiles.map((profile) => profile.name)).to.deep.equal(PROFILES.map((profile) => profile.name));
    });
  }

  it('plays a definition, lists it after the built-in ones, keeps it per engine, and switches back by definition', () => {
    engine.setProfile({ ...mine, closest: undefined } as SeededProfile);
    const snapshot = engine.snapshot();
    expect(snapshot.profile).to.equal('mine');
    expect(snapshot.profiles.map((profile) => profile.name)).to.deep.equal([...PROFILES.map((profile) => profile.name), 'mine']);
    // What the engine keeps is the definition's checked fields: a seed's `closest` stays behind.
    expect(snapshot.profiles[snapshot.profiles.length - 1]).to.deep.equal(mine);
    const other = new SimulatorEngine();
    expect(other.snapshot().profiles).to.have.length(PROFILES.length);
    expect(() => other.setProfile('mine' as never)).to.throw(SimulatorError, "Unknown desktop profile 'mine'");
    other.dispose();
    engine.setProfile('partial-events');
    engine.setProfile({ ...mine, description: 'changed' });
    expect(engine.snapshot().profiles.filter((profile) => profile.name === 'mine').map((profile) => profile.description)).to.deep.equal(['changed']);
  });

  it('seedProfile(json, name?) on the page global seeds and plays, or refuses with a code and keeps the profile', () => {
    const api = createSimulatorGlobal(engine);
    const recording = JSON.stringify({
      format: 'wwe-components.recording',
      version: 1,
      startedAt: '2026-01-01T00:00:00.000Z',
      redacted: true,
      dropped: 0,
      messages: [{ t: 0, direction: 'in', kind: 'event', name: 'agent', envelope: { event: 'agent', data: { type: 'STATE_CHANGED' } } }],
    });
    const notJson = (() => {
      try {
        api.seedProfile('{ nope');
      } catch (error) {
        return error;
      }
    })();
    expect(notJson).to.be.instanceOf(RecordingError);
    expect((notJson as RecordingError).code).to.equal('RECORDING_NOT_JSON');
    expect(refusal(() => api.seedProfile(recording, 'vendor')).code).to.equal('PROFILE_NAME_TAKEN');
    expect(api.profile).to.equal('vendor');
    const seeded = api.seedProfile(recording);
    expect(seeded).to.include({ name: 'recorded', eventTypeKey: 'type' });
    expect(api.profile).to.equal('recorded');
    expect(api.snapshot().profiles.find((profile) => profile.name === 'recorded')?.description).to.equal(seeded.description);
  });
});

describe('a seeded profile as a start option of the testing kit', function () {
  this.timeout(60_000);
  it('startTestDesktop({ profile: definition }) plays it from the first message', async () => {
    const definition: ProfileDefinition = { name: 'typed', description: 'events say type', eventTypeKey: 'type', partialEvents: false, probe: 'answer', legacyUserData: false };
    const desk = await startTestDesktop({ app: `${APP}?record=raw`, profile: definition });
    try {
      await subscribed(desk);
      expect((await desk.snapshot()).profile).to.equal('typed');
      const { events } = await answeredCall(desk, '+33298000306');
      expect(events.every((data) => typeof data.type === 'string' && !('eventType' in data))).to.equal(true);
    } finally {
      await desk.dispose();
    }
  });
});
