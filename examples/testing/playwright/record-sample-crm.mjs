// Not a test of the page: the session recorder of examples/testing/playwright/record.config.mjs.
// On a real desktop you would turn recording on (`data-record` on the kit's script tag) and press
// Ctrl+Alt+Shift+R; here the sample CRM is served with `data-record` added, framed in the
// simulated desktop, the agent clicks Dial, and the page's own recorder exports the session
// (redacted, as by default) to recordings/sample-crm-dial.wwe-recording.json.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openTestDesktop } from 'wwe-components/testing/playwright';

const OUT = new URL('./recordings/sample-crm-dial.wwe-recording.json', import.meta.url);

test('records the agent dialling the customer from the sample CRM', async ({ page, baseURL }) => {
  const app = new URL('/examples/sample-crm/index.html', baseURL).href;
  await page.route(app, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<script type="module" src=', '<script type="module" data-record src=');
    await route.fulfill({ response, body: html });
  });
  const desk = await openTestDesktop(page, { app });
  try {
    await desk.frame.locator('wwe-dial-button button').click();
    await desk.expectRequest('voice.dial');
    const crm = page.frames().find((frame) => frame.url() === app);
    // The dial's answer, and the call's events that follow it, recorded before the export.
    await expect.poll(() => crm.evaluate(async () => (await window.WweComponents.getConnection().recording()).messages.filter((message) => message.kind === 'event' && message.name === 'interaction').length)).toBeGreaterThan(0);
    const recording = await crm.evaluate(() => window.WweComponents.getConnection().recording());
    expect(recording.redacted).toBe(true);
    writeFileSync(OUT, `${JSON.stringify(recording, null, 1)}\n`);
  } finally {
    await desk.dispose();
  }
});
