import { expect } from '@open-wc/testing';
import { configure, getConnection, type WweConnection } from '../../src/connection/index.js';
import { wwe } from '../../src/client/index.js';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { waitFor } from '../helpers/frames.js';

/**
 * A desktop whose API filter drops `system.getAllowedServices` (`https://crm (agent.*, voice.dial)`)
 * never answers the probe. A page whose script loaded after the frameId was posted has heard
 * nothing at all. Requests must still reach the desktop and resolve, as with Genesys's client.
 */
describe('resilience: the probe is never answered, and the frameId was missed', () => {
  let desktop: RemoteDesktop;
  let connection: WweConnection;
  for (const profile of ['probe-filtered', 'probe-refused'] as const) {
    describe(profile, () => {
      beforeEach(async () => {
        getConnection().dispose();
        // The desktop starts (and posts the frameId) before the page's connection exists.
        desktop = await openDesktop({ profile, dialDelay: 60_000 });
        await waitFor(() => desktop.frameId !== undefined, 'the frameId to have been posted, before the page listens');
        connection = configure({ target: desktop.window, desktopOrigin: desktop.origin, handshakeTimeout: 200, timeout: 5000 });
      });
      afterEach(() => {
        connection.dispose();
        desktop.dispose();
      });

      it('voice.dial and setUserData still reach the desktop and resolve; the first answer makes the connection ready', async () => {
        const id = await desktop.inboundCall({ ani: '+33298000000' });
        await wwe.voice.dial('5001');
        expect(connection.state).to.equal('ready');
        await wwe.interaction.setUserData(id, { Notes: 'kept' });
        const snapshot = await desktop.snapshot();
        expect(snapshot.interactions.find((interaction) => interaction.interactionId === id)!.userData.Notes).to.equal('kept');
        expect(snapshot.interactions.some((interaction) => interaction.dnis === '5001')).to.equal(true);
        // The allowed list stays unknown: nothing is refused locally.
        expect(connection.allowedServices).to.equal(undefined);
        const probes = (await desktop.messages()).filter((entry) => entry.direction === 'in' && entry.name === 'system.getAllowedServices');
        expect(probes).to.have.length(1);
      });

      it('a desktop that stays silent past the probe timeout is used at once when it answers', async () => {
        const connected = connection.connect().then(
          () => 'ready',
          (error: { code: string }) => error.code,
        );
        // Refused, the probe proves the desktop is there; ignored, the page hears nothing at all.
        expect(await connected).to.equal(profile === 'probe-refused' ? 'ready' : 'NOT_CONNECTED');
        expect(connection.state).to.equal(profile === 'probe-refused' ? 'ready' : 'unavailable');
        await wwe.agent.get();
        expect(connection.state).to.equal('ready');
      });
    });
  }
});
