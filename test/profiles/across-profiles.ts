/**
 * Runs the element table (element-scenarios.ts) against desktop profiles, one kit per test: each
 * test opens a simulated desktop playing the profile in a cross-origin frame, drives one element,
 * then removes its fixtures and tears the kit down.
 *
 * Each profile runs from a test file of its own (see fileOf) only because the runner gives each
 * file 120 s and every test opens a fresh desktop frame: the table is the same for all.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { DEFAULT_PROFILE, type ProfileName } from '../../src/simulator/engine/index.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { ELEMENT_SCENARIOS } from './element-scenarios.js';
import { fromPage, until } from './page.js';

/**
 * The test file that runs `profile`: the default (vendor) runs from the main file, every other
 * profile from a sibling named after it.
 */
export function fileOf(profile: ProfileName): string {
  return profile === DEFAULT_PROFILE ? 'elements-across-profiles.test.ts' : `elements-across-profiles.${profile}.test.ts`;
}

/** The rate-limited profile's limit: a scenario that needs more would be quarantined there. */
const RATE_LIMIT_PER_MINUTE = 10;

/** One `describe` per profile, one `it` per element scenario. */
export function describeElementsOn(...profiles: ProfileName[]): void {
  for (const profile of profiles) {
    describe(`on the ${profile} desktop`, function () {
      // Each wait allows 8 s on a loaded machine; a scenario makes a few of them.
      this.timeout(30_000);
      let kit: KitOnDesktop | undefined;

      afterEach(() => {
        // Elements first (they release their subscriptions and blocks), then the kit and its desktop.
        fixtureCleanup();
        kit?.teardown();
        kit = undefined;
      });

      for (const scenario of ELEMENT_SCENARIOS) {
        it(`<${scenario.tag}> ${scenario.does}`, async () => {
          const opened = await connectKit({ profile, dialDelay: 20 });
          kit = opened;
          expect((await opened.desktop.snapshot()).profile, 'the desktop plays the profile').to.equal(profile);
          // The desktop's one frameId, as the page heard it: what the log checks below filter by.
          await until(() => opened.desktop.frameId !== undefined, 'the frameId at the desktop helper');
          expect(opened.connection.frameId, 'the frameId the page connection holds').to.equal(opened.desktop.frameId);

          await scenario.run(opened, profile);

          // Nothing the page sent was dropped by the rate limit: on the rate-limited desktop this
          // proves the element worked within 10 requests a minute, not around a quarantine.
          const received = await fromPage(opened);
          const quarantined = received.filter((entry) => entry.kind === 'ignored' && entry.reason === 'rate-limit');
          expect(quarantined.map((entry) => entry.name), 'messages the rate limit ignored').to.deep.equal([]);
          if (profile === 'rate-limited') {
            const counted = received.filter((entry) => ['request', 'subscribe', 'unsubscribe', 'ignored'].includes(entry.kind));
            expect(counted.length, `messages counted by the limit: ${counted.map((entry) => entry.name).join(', ')}`).to.be.at.most(RATE_LIMIT_PER_MINUTE);
          }
        });
      }
    });
  }
}
