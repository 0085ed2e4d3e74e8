/**
 * The recording corpus replayed against the demo CRM as contract tests: the CRM must ask the
 * replayed desktop what it asked when the session was recorded, and no recording may hold a name,
 * number or attached-data value of its session (they are redacted).
 */
import { expect } from '@open-wc/testing';
import { replayRecording } from '../../src/testing/index.js';
import type { Recording } from '../../src/simulator/index.js';
import { CORPUS, DEMO_CRM, SECRETS } from './scenarios.js';
import { stringsIn } from '../helpers/recording-strings.js';

async function load(name: string): Promise<Recording> {
  const response = await fetch(`/recordings/${name}.json`);
  if (!response.ok) throw new Error(`recordings/${name}.json is missing: run npm run corpus`);
  return (await response.json()) as Recording;
}

describe('the recording corpus against the demo CRM', function () {
  // A desktop, the demo CRM and a replay per test: room for a loaded machine.
  this.timeout(120_000);
  for (const scenario of CORPUS) {
    describe(scenario.name, () => {
      it('holds no name, number or attached-data value of its session', async () => {
        const recording = await load(scenario.name);
        expect(recording.redacted).to.equal(true);
        const strings = stringsIn(recording);
        expect(strings.length, 'strings in the recording').to.be.above(50);
        expect(strings.filter((text) => SECRETS.some((secret) => text.includes(secret)))).to.deep.equal([]);
      });

      it('replays against the demo CRM, which keeps its contract', async () => {
        const recording = await load(scenario.name);
        const report = await replayRecording(recording, { app: DEMO_CRM, profile: scenario.replayProfile ?? scenario.profile, act: scenario.agent });
        expect(report.actual.length, 'requests compared').to.be.above(3);
      });

      if (scenario.replayProfile && scenario.replayProfile !== scenario.profile) {
        it(`replays on the ${scenario.profile} desktop it was recorded on too (what that desktop ignores on arrival still counts as sent)`, async () => {
          const recording = await load(scenario.name);
          const report = await replayRecording(recording, { app: DEMO_CRM, profile: scenario.profile, act: scenario.agent });
          expect(report.actual.length, 'requests compared').to.be.above(3);
        });
      }
    });
  }
});
