import { expect, test } from '@playwright/test';
import { openTestDesktop } from 'wwe-components/testing/playwright';

/** The sample CRM on the server playwright.config.mjs starts (its baseURL). */
const sampleCrm = (baseURL) => new URL('/examples/sample-crm/index.html', baseURL).href;

test.describe('sample CRM under a simulated desktop (Playwright)', () => {
  let desk;

  test.afterEach(async () => desk?.dispose());

  test('shows the caller of an inbound call', async ({ page, baseURL }) => {
    desk = await openTestDesktop(page, { app: sampleCrm(baseURL), profile: 'vendor' });
    await desk.waitForReady();
    await desk.inboundCall({ ani: '+33298000042', callerName: 'Ada Lovelace' });
    await expect(desk.frame.locator('wwe-interaction-info [part="caller"]')).toContainText('Ada Lovelace');
  });

  test('sends voice.dial with the customer’s number when the agent clicks dial', async ({ page, baseURL }) => {
    desk = await openTestDesktop(page, { app: sampleCrm(baseURL) });
    await desk.frame.locator('wwe-dial-button button').click();
    const request = await desk.expectRequest('voice.dial', { params: ['+33298000042'] });
    expect(request.name).toBe('voice.dial');
    // The app and the desktop are different origins, as under Agent Desktop.
    expect(new URL(desk.desktopUrl).origin).not.toBe(new URL(baseURL).origin);
  });

  test('still shows the caller under an 8.5-era desktop (profile switch)', async ({ page, baseURL }) => {
    desk = await openTestDesktop(page, { app: sampleCrm(baseURL) });
    await desk.waitForReady();
    await desk.setProfile('legacy-8.5');
    await desk.inboundCall({ ani: '+33298000043', callerName: 'Charles Babbage' });
    await expect(desk.frame.locator('wwe-interaction-info [part="caller"]')).toContainText('Charles Babbage');
  });
});
