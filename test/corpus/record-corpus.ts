/**
 * Makes the recording corpus: `npm run corpus` runs this file in Chromium and writes
 * recordings/<scenario>.json, each a redacted recording of the demo CRM in one scenario (the
 * CRM's own kit records, switched on by `?record`). Run it again when the demo CRM or the kit
 * changes what it asks the desktop: the contract test (demo-crm-contract.test.ts) says when.
 */
import { writeFile } from '@web/test-runner-commands';
import { startTestDesktop, type TestDesktop } from '../../src/testing/index.js';
import type { Recording } from '../../src/simulator/index.js';
import { waitFor } from '../helpers/waits.js';
import { CORPUS, DEMO_CRM, listening } from './scenarios.js';

interface PageConnection {
  stats(): { pendingRequests: number };
  recording(): Promise<Recording>;
}

function crmConnection(desk: TestDesktop): PageConnection {
  const slot = (desk.frame.contentWindow as unknown as Record<symbol, { connection?: PageConnection }>)[Symbol.for('wwe-components.connection.v1')];
  if (!slot?.connection) throw new Error('the demo CRM has no kit connection');
  return slot.connection;
}

describe('the recording corpus', function () {
  this.timeout(120_000);
  for (const scenario of CORPUS) {
    it(`records ${scenario.name}`, async () => {
      const desk = await startTestDesktop({ app: `${DEMO_CRM}?record`, profile: scenario.profile, options: { dialDelay: 50 } });
      try {
        await desk.waitForReady();
        // The session starts with the page listening, as an agent's does: the desktop's part then comes as events.
        await listening(desk);
        await scenario.desktop(desk, () => scenario.agent?.(desk) ?? Promise.resolve());
        await waitFor(() => crmConnection(desk).stats().pendingRequests === 0, 'the CRM to have every answer');
        // The desktop's last events may still be on their way: the session ends when the page has had them all.
        const posted = () => desk.engine.messages().filter((entry) => entry.direction === 'out' && entry.kind !== 'ignored').length;
        const received = (recording: Recording) => recording.messages.filter((message) => message.direction === 'in').length;
        let recording = await crmConnection(desk).recording();
        await waitFor(async () => received((recording = await crmConnection(desk).recording())) >= posted(), 'the CRM to receive every message the desktop posted');
        await writeFile({ path: `../../recordings/${scenario.name}.json`, content: `${JSON.stringify(recording, null, 1)}\n` });
      } finally {
        await desk.dispose();
      }
    });
  }
});
