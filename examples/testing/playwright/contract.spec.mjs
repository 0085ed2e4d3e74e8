// A recording as a contract test under Playwright: the session in recordings/ (the agent dials the
// customer from the sample CRM; made by record.config.mjs, as you would record yours on a real
// desktop) is replayed around the page, and the page must ask the desktop what it asked then.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { replayRecording } from 'wwe-components/testing/playwright';

const recording = JSON.parse(readFileSync(new URL('./recordings/sample-crm-dial.wwe-recording.json', import.meta.url), 'utf8'));
const sampleCrm = (baseURL) => new URL('/examples/sample-crm/index.html', baseURL).href;
/** The agent's part of the session, done again: click Dial in the framed page. */
const clickDial = (desk) => desk.frame.locator('wwe-dial-button button').click();

test.describe('sample CRM keeps the contract of a recorded session (Playwright)', () => {
  test('the same page doing the same thing passes', async ({ page, baseURL }) => {
    // keep: the desktop stays up for more checks, and the test disposes it.
    const report = await replayRecording(page, recording, { app: sampleCrm(baseURL), act: clickDial, keep: true });
    try {
      expect(report.actual.map((call) => call.name)).toEqual(report.expected.map((call) => call.name));
      expect(report.actual.map((call) => call.name)).toContain('voice.dial');
      // The recorded desktop's call, replayed once the page dialled, is on the page.
      await expect(report.desk.frame.locator('wwe-interaction-info')).toContainText('DIALING', { ignoreCase: true });
    } finally {
      await report.desk.dispose();
    }
  });

  test('a file that is not a recording is refused before the page is touched', async ({ page, baseURL }) => {
    const failure = await replayRecording(page, { format: 'something else' }, { app: sampleCrm(baseURL) }).catch((error) => error);
    expect(failure.code).toBe('RECORDING_FORMAT');
    expect(page.url()).toBe('about:blank');
  });

  test('a page changed to ask something new fails, with a diff that names it', async ({ page, baseURL }) => {
    const app = sampleCrm(baseURL);
    // The change under test: an agent-state control added to the page (as a real change would ship).
    await page.route(app, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<h1>Sample CRM</h1>', '<h1>Sample CRM</h1><wwe-agent-state></wwe-agent-state>') });
    });
    const failure = await replayRecording(page, recording, { app, act: clickDial }).then(
      () => undefined,
      (error) => error,
    );
    expect(failure?.code).toBe('CONTRACT_BROKEN');
    expect(failure.message).toContain("The page does not keep the recording's contract");
    expect(failure.message).toMatch(/the page sent 'agent\.[A-Za-z]+'|'agent\.[A-Za-z]+' was sent by the page but is not in the recording/);
  });
});
