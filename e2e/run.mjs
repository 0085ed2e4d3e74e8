// End-to-end: `npm start`'s two servers, the simulator shell on one origin and the demo apps on
// another, driven in system Chromium with playwright-core. An inbound call is played, the demo CRM
// (built from the kit's elements) is used inside its cross-origin frame, and the effects are
// checked on both sides. Playwright's locators reach into the elements' open shadow roots.
// Screenshots of the shell go to test-results/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServers } from '../scripts/servers.mjs';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const servers = await startServers();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const problems = [];
let step = 'start';
const check = (condition, message) => {
  if (!condition) throw new Error(`${step}: ${message}`);
};

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  step = 'load the simulator';
  await page.goto(servers.demoUrl);
  await page.waitForFunction(() => window.wweSimulator !== undefined);
  const crm = page.frameLocator('iframe[title="Customer CRM"]');
  await crm.locator('#connection', { hasText: 'Connected to Agent Desktop' }).waitFor();
  await crm.locator('wwe-agent-state select').filter({ hasText: 'Ready' }).waitFor();
  await page.screenshot({ path: `${OUT}/shell-idle.png`, animations: 'disabled' });

  step = 'inbound call';
  const callId = await page.evaluate(() =>
    window.wweSimulator.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042', ContactReason: 'Billing question' } }),
  );
  const item = page.locator('wwe-sim-interaction-list .item', { hasText: 'Jordan Lee' });
  await item.filter({ hasText: 'Ringing' }).waitFor();
  await crm.locator('#screen-pop').waitFor({ state: 'visible' });
  check((await crm.locator('#customer-name').textContent()) === 'Jordan Lee', 'the CRM did not pop the caller record');
  await crm.locator('wwe-interaction-info', { hasText: 'Ringing' }).waitFor();
  await crm.locator('wwe-interaction-info [part="caller"]', { hasText: 'Jordan Lee' }).waitFor();
  await page.locator('wwe-sim-toast-area .toast', { hasText: 'Incoming call' }).waitFor();
  await page.screenshot({ path: `${OUT}/shell-ringing.png`, animations: 'disabled' });

  step = 'answer from the CRM';
  await crm.locator('wwe-call-controls').getByRole('button', { name: 'Answer' }).click();
  await item.filter({ hasText: 'Established' }).waitFor();
  await page.locator('wwe-sim-toast-area .toast', { hasText: 'Incoming call' }).waitFor({ state: 'detached' });

  await crm.locator('wwe-call-controls').getByRole('button', { name: 'Hold' }).waitFor();

  step = 'record the call from the CRM';
  await crm.locator('wwe-recording-control').getByRole('button', { name: 'Start recording' }).click();
  await crm.locator('wwe-recording-control[recording-state="RECORDING"]').waitFor();
  const recording = await page.evaluate((id) => window.wweSimulator.snapshot().interactions.find((i) => i.interactionId === id)?.recordingState, callId);
  check(recording === 'RECORDING', `the desktop has recordingState=${recording}`);

  step = 'wrap-up data and the mark-done guard';
  const desktopCall = (id) => page.evaluate((callId) => {
    const snapshot = window.wweSimulator.snapshot();
    return { userData: snapshot.interactions.find((i) => i.interactionId === callId)?.userData, blocked: snapshot.markdoneBlocks.some((block) => block.interactionId === callId) };
  }, id);
  await crm.locator('wwe-markdone-guard', { hasText: 'Mark done is blocked' }).waitFor();
  check((await desktopCall(callId)).blocked, 'the guard did not block mark done while Disposition is empty');
  const wrapUp = crm.locator('wwe-userdata-editor');
  await wrapUp.getByLabel('Notes').fill('Refund the double charge');
  await wrapUp.getByLabel('Notes').press('Enter');
  await page.locator('wwe-sim-attached-data tr', { hasText: 'Refund the double charge' }).waitFor();
  const notes = (await desktopCall(callId)).userData?.Notes;
  check(notes === 'Refund the double charge', `the desktop has Notes=${notes}`);
  await wrapUp.getByLabel('Disposition').selectOption('Refund issued');
  await crm.locator('wwe-markdone-guard', { hasText: 'Mark done is allowed' }).waitFor();
  const wrapped = await desktopCall(callId);
  check(wrapped.userData?.Disposition === 'Refund issued', `the desktop has Disposition=${wrapped.userData?.Disposition}`);
  check(!wrapped.blocked, 'mark done is still blocked with Disposition filled');

  step = 'toast with buttons';
  await crm.locator('wwe-toast-trigger').getByRole('button', { name: 'Remind me in a toast' }).click();
  const toast = page.locator('wwe-sim-toast-area .toast', { hasText: 'Follow-up' });
  await toast.waitFor();
  await page.screenshot({ path: `${OUT}/shell-call-toast.png`, animations: 'disabled' });
  await toast.getByRole('button', { name: 'Open record' }).click();
  await crm.locator('#feedback', { hasText: 'Open record' }).waitFor();

  step = 'click-to-dial from the CRM';
  await crm.locator('wwe-dial-button button').nth(1).click();
  await page.locator('wwe-sim-interaction-list .item', { hasText: '+1 415 555 0188' }).or(page.locator('wwe-sim-interaction-list .item', { hasText: '+14155550188' })).first().waitFor();
  check((await page.evaluate(() => window.wweSimulator.snapshot().interactions.length)) === 2, 'the dial did not add a call');

  step = 'tel: link and e-mail from the CRM';
  await crm.locator('wwe-tel-links a[data-wwe-dial]').first().click();
  await page.locator('wwe-sim-interaction-list .item', { hasText: '+14155550199' }).or(page.locator('wwe-sim-interaction-list .item', { hasText: '+1 415 555 0199' })).first().waitFor();
  check(page.url().startsWith(servers.demoUrl), 'the tel: link navigated away');
  await crm.locator('wwe-email-button').getByRole('button').click();
  await page.locator('wwe-sim-interaction-list .item', { hasText: 'jordan.lee@example.com' }).first().waitFor();
  check((await page.evaluate(() => window.wweSimulator.snapshot().interactions.length)) === 4, 'the tel: link and the e-mail did not add two interactions');

  step = 'element gallery';
  await page.getByRole('tab', { name: 'Element gallery' }).click();
  const gallery = page.frameLocator('iframe[title="Element gallery"]');
  await gallery.locator('wwe-connection', { hasText: 'Connected to Agent Desktop' }).waitFor();
  check((await gallery.locator('section.element').count()) === 13, 'the gallery does not show the 13 elements');
  await page.screenshot({ path: `${OUT}/shell-gallery.png`, animations: 'disabled' });
  await page.getByRole('tab', { name: 'My Workspace' }).click();

  step = 'inspector';
  await page.getByRole('button', { name: 'Inspector' }).click();
  await page.locator('wwe-sim-inspector .entry').first().waitFor();
  check((await page.locator('wwe-sim-inspector .entry .name', { hasText: 'interaction.setUserData' }).count()) > 0, 'setUserData is not in the inspector');
  await page.screenshot({ path: `${OUT}/shell-inspector.png`, animations: 'disabled' });

  step = 'scenarios and faults';
  await page.locator('wwe-sim-drawer [role="tab"]', { hasText: 'Scenarios' }).click();
  await page.screenshot({ path: `${OUT}/shell-scenarios.png`, animations: 'disabled' });
  await page.locator('wwe-sim-drawer [role="tab"]', { hasText: 'Faults' }).click();
  await page.screenshot({ path: `${OUT}/shell-faults.png`, animations: 'disabled' });

  step = 'hang up and mark done';
  await item.click();
  await page.locator('wwe-sim-call-panel').getByRole('button', { name: 'Hang up' }).click();
  await page.locator('wwe-sim-call-panel').getByRole('button', { name: 'Mark done' }).click();
  await item.waitFor({ state: 'detached' });

  step = 'dark mode';
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => window.wweSimulator.inboundCall({ ani: '+14155550177', callerName: 'Sam Rivera', userData: { CustomerId: 'C-2210' } }));
  await page.locator('wwe-sim-interaction-list .item', { hasText: 'Sam Rivera' }).waitFor();
  await page.getByRole('button', { name: 'Inspector' }).click();
  await crm.locator('#customer-name', { hasText: 'Sam Rivera' }).waitFor({ state: 'attached' });
  await crm.locator('.app-bar').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/shell-dark.png`, animations: 'disabled' });

  step = 'right-to-left CRM';
  // The demo's language switch (demo/shared/locale-switch.ts): the kit's elements follow.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Inspector' }).click();
  await crm.locator('#demo-locale').selectOption('ar');
  await crm.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
  await page.locator('iframe[title="Customer CRM"]').screenshot({ path: `${OUT}/crm-rtl.png`, animations: 'disabled' });

  step = 'a blank page with one pasted snippet, hosted through ?app=';
  // Issue 5's promise: paste one snippet into a blank page, open it through demo/index.html?app=…, click to dial.
  const blankUrl = `${servers.appsOrigin}/demo/blank/index.html`;
  const blankTab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  blankTab.setDefaultTimeout(10_000);
  blankTab.on('console', (message) => message.type() === 'error' && problems.push(`console error (blank page): ${message.text()}`));
  blankTab.on('pageerror', (error) => problems.push(`page error (blank page): ${error.message}`));
  await blankTab.goto(`${servers.demoUrl}?app=${encodeURIComponent(blankUrl)}`);
  await blankTab.waitForFunction(() => window.wweSimulator !== undefined);
  const blankFrame = await (async () => {
    for (let tries = 0; tries < 100; tries++) {
      const frame = blankTab.frames().find((candidate) => candidate.url().startsWith(blankUrl));
      if (frame) return frame;
      await blankTab.waitForTimeout(100);
    }
    throw new Error('the blank page never loaded in the simulator');
  })();
  // The page is a global tab, as in Agent Desktop: open it, then click to dial.
  await blankTab.getByRole('tab', { name: 'localhost:5174' }).click();
  await blankFrame.locator('wwe-dial-button button:not([disabled])').click();
  await blankTab.waitForFunction(() => window.wweSimulator.messages().some((entry) => entry.kind === 'request' && entry.name === 'voice.dial'));
  const dialed = await blankTab.evaluate(() => window.wweSimulator.messages().find((entry) => entry.kind === 'request' && entry.name === 'voice.dial').payload.parameters);
  check(JSON.stringify(dialed) === JSON.stringify(['+14155550142']), `the snippet dialed ${JSON.stringify(dialed)}`);
  await blankTab.screenshot({ path: `${OUT}/blank-snippet.png`, animations: 'disabled' });
  await blankTab.close();

  check(problems.length === 0, `the pages logged errors:\n${problems.join('\n')}`);
  console.log(`e2e: passed; screenshots in ${OUT}/`);
} catch (error) {
  console.error(`e2e: FAILED at '${step}'\n${error instanceof Error ? error.message : String(error)}`);
  if (problems.length > 0) console.error(problems.join('\n'));
  process.exitCode = 1;
} finally {
  await browser.close();
  await servers.close();
}
