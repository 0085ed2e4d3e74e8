import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/protocol/index.js';
import type { RemoteDesktop, RemoteDesktopOptions } from '../helpers/desktop.js';
import { AppEndpoint, closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';
import { waitForValue } from '../helpers/waits.js';

describe('simulator: security rules', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  async function open(options: RemoteDesktopOptions): Promise<void> {
    ({ desktop, page } = await openHostedPage(options));
  }

  afterEach(() => closeHostedPage({ desktop, page }));

  describe('accepted origins', () => {
    it('fails requests outside the origin API filter and lists the allowed services', async () => {
      await open({ acceptedOrigins: `http://s0.example, ${location.origin} (agent.*, voice.dial)` });
      expect(await page.ask('agent.get')).to.have.property('data');
      const refused = await page.ask('interaction.getInteractions');
      expect(refused.errorMessage).to.equal(`Service 'interaction.getInteractions' is not allowed for origin ${location.origin}`);
      const log = await desktop.messages();
      expect(log.find((entry) => entry.name === 'interaction.getInteractions' && entry.kind === 'failure')?.reason).to.equal('api-filtered');
    });

    it('expands the filter patterns in system.getAllowedServices, which the filter never blocks', async () => {
      await open({ acceptedOrigins: `${location.origin} (agent.*, voice.dial)` });
      const allowed = await page.get<string[]>('system.getAllowedServices');
      expect(allowed).to.deep.equal(['agent.get', 'agent.getState', 'agent.getStateList', 'agent.setState', 'voice.dial']);
    });

    it('never answers an origin that is not accepted, and logs why', async () => {
      await open({ acceptedOrigins: 'https://crm.example.com' });
      const refused = page.request('agent.get');
      const entry = await waitForValue(
        async () => (await desktop.messages()).find((item) => (item.payload as { referenceId?: unknown }).referenceId === refused),
        'the rejection in the log',
      );
      expect(entry.kind).to.equal('rejected');
      expect(entry.reason).to.equal('origin-not-accepted');
      expect(entry.detail).to.contain('https://crm.example.com');
      // Answers to this page keep their order: once a later request is answered, the first never will be.
      await desktop.call('setAcceptedOrigins', location.origin);
      await page.settle();
      expect(page.answersTo(refused)).to.have.length(0);
    });

    it('accepts any origin with "*" and rejects frames it does not host', async () => {
      await open({ acceptedOrigins: '*' });
      const app = new AppEndpoint(await desktop.addApp({ label: 'second app' }));
      expect(await app.ask('agent.get')).to.have.property('data');
      await desktop.call('removeFrame', app.frameId);
      app.request('agent.get');
      const entry = await waitForValue(
        async () => (await desktop.messages()).find((item) => item.kind === 'rejected' && item.reason === 'unknown-source'),
        'the unknown-source rejection',
      );
      expect(entry.detail).to.equal('the sender is not a hosted frame');
    });
  });

  describe('user data ACLs', () => {
    it('filters the userData of responses and events by the read list', async () => {
      await open({ userDataReadAllowed: ['Visible'] });
      await page.subscribe('interaction');
      const id = await desktop.inboundCall({ ani: '+33298000000', userData: { Visible: 'yes', Secret: 'no' } });
      const read = await page.get<Interaction>('interaction.getByInteractionId', [id]);
      expect(read.userData).to.deep.equal({ Visible: 'yes' });
      await desktop.call('setUserData', id, { Secret: 'still hidden', Visible: 'changed' });
      const event = await waitForValue(() => page.events('interaction').find((item) => (item.data as { eventType: string }).eventType === 'ATTACHED_DATA_CHANGED'), 'the event');
      expect((event.data as { interaction: Interaction }).interaction.userData).to.deep.equal({ Visible: 'changed' });
      const snapshot = await desktop.snapshot();
      expect(snapshot.interactions[0].userData.Secret).to.equal('still hidden');
    });

    it('refuses a write with a key outside the write list, writing nothing', async () => {
      await open({ userDataWriteAllowed: ['Notes'] });
      const id = await desktop.inboundCall({ ani: '+33298000000', userData: { Secret: 'keep' } });
      const refused = await page.ask('interaction.setUserData', [id, { Notes: 'n', Secret: 'overwrite' }]);
      expect(refused.errorMessage).to.contain("'Secret'");
      expect(refused.errorMessage).not.to.contain("'Notes'");
      const deleteRefused = await page.ask('interaction.deleteUserData', [id, 'Secret']);
      expect(deleteRefused.errorMessage).to.contain("'Secret'");
      const after = (await desktop.snapshot()).interactions[0].userData;
      expect(after).to.include({ Secret: 'keep' });
      expect(after).not.to.have.property('Notes');
      expect(await page.ask('interaction.setUserData', [id, { Notes: 'n' }])).to.have.property('data');
      const log = await desktop.messages();
      expect(log.filter((entry) => entry.reason === 'acl')).to.have.length(2);
    });
  });

  describe('rate limit', () => {
    it('ignores a frame past its limit, then serves it again after the quarantine', async () => {
      await open({ manualClock: true, rateLimit: 3, rateLimitQuarantineSeconds: 30 });
      for (let i = 0; i < 3; i++) await page.ask('agent.getState');
      const over = page.request('agent.getState');
      const during = page.request('agent.get');
      await waitForValue(async () => ((await desktop.messages()).filter((entry) => entry.reason === 'rate-limit').length === 2 ? true : undefined), 'two ignored requests');
      await desktop.advanceClock(29_000);
      const stillQuarantined = page.request('agent.get');
      await waitForValue(async () => ((await desktop.messages()).filter((entry) => entry.reason === 'rate-limit').length === 3 ? true : undefined), 'a third ignored request');
      await desktop.advanceClock(2_000);
      await page.settle();
      for (const referenceId of [over, during, stillQuarantined]) expect(page.answersTo(referenceId)).to.have.length(0);
      const ignored = (await desktop.messages()).filter((entry) => entry.kind === 'ignored');
      expect(ignored.map((entry) => entry.name)).to.deep.equal(['agent.getState', 'agent.get', 'agent.get']);
    });

    it('applies per-service limits and a forever quarantine until reload', async () => {
      await open({ manualClock: true, rateLimitPerService: { 'voice.dial': 1 }, rateLimitQuarantineSeconds: 0 });
      await page.ask('agent.get');
      await page.ask('voice.dial', ['5002']);
      const second = page.request('voice.dial', ['5003']);
      const other = page.request('agent.get');
      const ignoredCount = async () => (await desktop.messages()).filter((entry) => entry.reason === 'rate-limit').length;
      await waitForValue(async () => ((await ignoredCount()) === 2 ? true : undefined), 'two ignored requests');
      await desktop.advanceClock(24 * 3600_000);
      const nextDay = page.request('agent.get');
      await waitForValue(async () => ((await ignoredCount()) === 3 ? true : undefined), 'a third ignored request');
      await desktop.reload();
      const newFrameId = await waitForValue(() => page.frameIdMessages().at(-1)?.frameId, 'the new frameId');
      expect(newFrameId).to.equal(desktop.frameId);
      await page.settle();
      expect(page.answersTo(second)).to.have.length(0);
      expect(page.answersTo(other)).to.have.length(0);
      expect(page.answersTo(nextDay)).to.have.length(0);
    });
  });
});
