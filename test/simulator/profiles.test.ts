import { expect } from '@open-wc/testing';
import type { ProfileName } from '../../src/simulator/engine/index.js';
import type { RemoteDesktop, RemoteDesktopOptions } from '../helpers/desktop.js';
import { closeHostedPage, type Envelope, openHostedPage, type PageEndpoint } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

type Data = Record<string, unknown>;
const INBOUND_SEQUENCE = ['ADDED', 'RINGING', 'ESTABLISHED', 'CALL_RECORDING_STATE_CHANGED', 'ATTACHED_DATA_CHANGED', 'CALL_RECORDING_STATE_CHANGED', 'RELEASED', 'REMOVED'];

/** What a page receives of one inbound call's life, per profile. */
const SHAPES: { profile: ProfileName; typeKey: 'eventType' | 'type'; check(events: Data[], id: string): void }[] = [
  {
    profile: 'vendor',
    typeKey: 'eventType',
    check(events, id) {
      for (const data of events) {
        expect(Object.keys(data)).to.deep.equal(['eventType', 'media', 'interaction']);
        expect(data.media).to.equal('voice');
        expect(data.interaction).not.to.have.property('media');
        expect(data.interaction).to.include({ interactionId: id, callType: 'Inbound', direction: 'IN' });
      }
    },
  },
  {
    profile: 'partial-events',
    typeKey: 'eventType',
    check(events, id) {
      expect(events.every((data) => data.media === 'voice')).to.equal(true);
      const [added, ...rest] = events.map((data) => data.interaction as Data);
      expect(added).to.include({ interactionId: id, state: 'RINGING', callType: 'Inbound' });
      expect(added).not.to.have.property('media');
      expect(rest).to.deep.equal([
        { interactionId: id },
        { interactionId: id, state: 'ESTABLISHED', previousState: 'RINGING' },
        { interactionId: id, recordingState: 'RECORDING' },
        { interactionId: id, userData: { ...(added.userData as Data), Disposition: 'Sale' } },
        { interactionId: id, recordingState: 'STOPPED' },
        { interactionId: id, state: 'RELEASED', previousState: 'ESTABLISHED' },
        { interactionId: id },
      ]);
    },
  },
  {
    profile: 'legacy-8.5',
    typeKey: 'type',
    check(events, id) {
      for (const data of events) {
        expect(Object.keys(data)).to.deep.equal(['type', 'media', 'interaction']);
        expect(data.interaction).not.to.have.property('media');
        expect(data.interaction).to.include({ interactionId: id, callType: 'Inbound' });
      }
    },
  },
];

describe('simulator: desktop profiles', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  async function open(profile: ProfileName, options: RemoteDesktopOptions = {}): Promise<void> {
    ({ desktop, page } = await openHostedPage({ ...options, profile }));
  }

  afterEach(() => closeHostedPage({ desktop, page }));

  for (const shape of SHAPES) {
    it(`${shape.profile}: the events of an inbound call, and an agent state change`, async () => {
      await open(shape.profile);
      await page.subscribe(['interaction', 'agent']);
      const id = await desktop.inboundCall({ ani: '+33298000000', userData: { Segment: 'Gold' } });
      await desktop.call('answer', id);
      await desktop.call('startRecording', id);
      await desktop.call('setUserData', id, { Disposition: 'Sale' });
      await desktop.call('hangUp', id);
      await desktop.call('markDone', id);
      await desktop.setAgentState('Ready');
      await waitForValue(() => page.events('agent')[0], 'the agent event');
      const events = page.events('interaction').map((message) => message.data as Data);
      expect(events.map((data) => data[shape.typeKey])).to.deep.equal(INBOUND_SEQUENCE);
      shape.check(events, id);
      expect(page.events('agent').map((message) => message.data)).to.deep.equal([{ [shape.typeKey]: 'STATE_CHANGED', mediaState: 'READY' }]);
      // Answers stay whole whatever the events look like; media is never inside an interaction.
      await desktop.inboundCall({ ani: '1' });
      const [listed] = await page.get<Data[]>('interaction.getInteractions');
      expect(listed).to.include({ state: 'RINGING', callType: 'Inbound' }).and.not.have.property('media');
      expect(await page.get('interaction.getByInteractionId', [listed.interactionId])).to.deep.equal(listed);
    });
  }

  it('probe-filtered: system.getAllowedServices is never answered, other requests are served', async () => {
    await open('probe-filtered');
    const probe = page.request('system.getAllowedServices');
    await page.get('voice.dial', ['5001']);
    const [call] = (await desktop.snapshot()).interactions;
    await page.get('interaction.setUserData', [call.interactionId, { Notes: 'n' }]);
    await page.settle();
    expect(page.answersTo(probe)).to.deep.equal([]);
    const entry = (await desktop.messages()).find((item) => item.referenceId === probe);
    expect(entry).to.include({ kind: 'ignored', reason: 'api-filtered' });
  });

  it('probe-refused: system.getAllowedServices fails with an errorMessage, other requests are served', async () => {
    await open('probe-refused');
    const refused = await page.ask('system.getAllowedServices');
    expect(refused.errorMessage).to.equal(`Service 'system.getAllowedServices' is not allowed for origin ${location.origin}`);
    expect(await page.ask('voice.dial', ['5001'])).not.to.have.property('errorMessage');
  });

  it('rate-limited: the 11th request within a minute is ignored and the frame quarantined for 30 s', async () => {
    await open('rate-limited', { manualClock: true });
    expect(await page.get('configuration.getOption', [['service-client-api.rate-limit']])).to.deep.equal({ 'service-client-api.rate-limit': '10' });
    for (let i = 1; i < 10; i++) await page.get('agent.getState');
    const ignoredCount = async () => (await desktop.messages()).filter((entry) => entry.reason === 'rate-limit').length;
    const eleventh = page.request('agent.get');
    await waitForValue(async () => ((await ignoredCount()) === 1 ? true : undefined), 'the 11th request to be ignored');
    await desktop.advanceClock(29_000);
    const quarantined = page.request('agent.get');
    await waitForValue(async () => ((await ignoredCount()) === 2 ? true : undefined), 'a request during the quarantine to be ignored');
    await desktop.advanceClock(31_001);
    expect(await page.ask('agent.get')).to.have.property('data');
    expect(page.answersTo(eleventh)).to.deep.equal([]);
    expect(page.answersTo(quarantined)).to.deep.equal([]);
  });

  it('rate-limited: explicit rate-limit options win over the profile', async () => {
    await open('rate-limited', { rateLimit: 0 });
    for (let i = 0; i < 12; i++) await page.get('agent.getState');
    expect((await desktop.messages()).filter((entry) => entry.reason === 'rate-limit')).to.deep.equal([]);
  });

  it('legacy-8.5: attachUserData and updateUserData change attached data with a "type" event', async () => {
    await open('legacy-8.5');
    await page.subscribe('interaction');
    const id = await desktop.inboundCall({ ani: '1', userData: { Keep: 'k' } });
    await page.get('interaction.attachUserData', [id, { Notes: 'first', Extra: 1 }]);
    await page.get('interaction.updateUserData', [id, { Notes: 'second' }]);
    await page.get('interaction.setUserData', [id, { Current: 'yes' }]);
    const changes = page.events('interaction').map((message) => message.data as Data).filter((data) => data.type === 'ATTACHED_DATA_CHANGED');
    expect(changes.map((data) => (data.interaction as { userData: Data }).userData.Notes)).to.deep.equal(['first', 'second', 'second']);
    expect((await desktop.snapshot()).interactions[0].userData).to.include({ Keep: 'k', Notes: 'second', Extra: 1, Current: 'yes' });
    const allowed = await page.get<string[]>('system.getAllowedServices');
    expect(allowed).to.include.members(['interaction.attachUserData', 'interaction.updateUserData', 'interaction.setUserData']);
  });

  it('vendor: the 8.5 request names are unknown, and getAllowedServices does not list them', async () => {
    await open('vendor');
    const id = await desktop.inboundCall({ ani: '1' });
    expect((await page.ask('interaction.attachUserData', [id, { A: '1' }])).errorMessage).to.equal("Unknown request 'interaction.attachUserData'");
    expect(await page.get<string[]>('system.getAllowedServices')).not.to.include('interaction.attachUserData');
  });

  it('switches profile at run time, announces it in the snapshot, and refuses an unknown name', async () => {
    await open('vendor');
    expect((await desktop.snapshot()).profile).to.equal('vendor');
    await page.subscribe('agent');
    await desktop.call('setProfile', 'legacy-8.5');
    expect((await desktop.snapshot()).profile).to.equal('legacy-8.5');
    await desktop.setAgentState('NotReady');
    const event = await waitForValue(() => page.events('agent')[0] as Envelope | undefined, 'the agent event');
    expect(event.data).to.deep.equal({ type: 'STATE_CHANGED', mediaState: 'NOT_READY' });
    const error = await desktop.call('setProfile', 'nope' as ProfileName).catch((caught: Error) => caught);
    expect((error as Error).message).to.equal("Unknown desktop profile 'nope': use one of vendor, partial-events, probe-filtered, probe-refused, rate-limited, legacy-8.5");
    expect((await desktop.snapshot()).profile).to.equal('legacy-8.5');
  });
});
