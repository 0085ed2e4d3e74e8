// End-to-end: `npm start`'s two servers, the simulator shell on one origin and the demo apps on
// another, driven in system Chromium with playwright-core. An inbound call is played, the demo CRM
// is used inside its cross-origin frame, and the effects are checked on both sides. Screenshots
// of the shell go to test-results/.
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
  await page.screenshot({ path: `${OUT}/shell-idle.png`, animations: 'disabled' });

  step = 'inbound call';
  const callId = await page.evaluate(() =>
    window.wweSimulator.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042', ContactReason: 'Billing question' } }),
  );
  const item = page.locator('wwe-sim-interaction-list .item', { hasText: 'Jordan Lee' });
  await item.filter({ hasText: 'Ringing' }).waitFor();
  await crm.locator('#screen-pop').waitFor({ state: 'visible' });
  check((await crm.locator('#customer-name').textContent()) === 'Jordan Lee', 'the CRM did not pop the caller record');
  await crm.locator('#call-summary', { hasText: 'ringing' }).waitFor();
  await page.locator('wwe-sim-toast-area .toast', { hasText: 'Incoming call' }).waitFor();
  await page.screenshot({ path: `${OUT}/shell-ringing.png`, animations: 'disabled' });

  step = 'answer from the CRM';
  await crm.locator('#answer').click();
  await item.filter({ hasText: 'Established' }).waitFor();
  await page.locator('wwe-sim-toast-area .toast', { hasText: 'Incoming call' }).waitFor({ state: 'detached' });

  step = 'attach notes from the CRM';
  await crm.locator('#notes').fill('Refund the double charge');
  await crm.locator('#save-notes').click();
  await page.locator('wwe-sim-attached-data tr', { hasText: 'Refund the double charge' }).waitFor();
  const notes = await page.evaluate((id) => window.wweSimulator.snapshot().interactions.find((i) => i.interactionId === id)?.userData.Notes, callId);
  check(notes === 'Refund the double charge', `the desktop has Notes=${notes}`);

  step = 'toast with buttons';
  await crm.locator('#remind').click();
  const toast = page.locator('wwe-sim-toast-area .toast', { hasText: 'Follow-up' });
  await toast.waitFor();
  await page.screenshot({ path: `${OUT}/shell-call-toast.png`, animations: 'disabled' });
  await toast.getByRole('button', { name: 'Open record' }).click();
  await crm.locator('#feedback', { hasText: 'Open record' }).waitFor();

  step = 'click-to-dial from the CRM';
  await crm.locator('wwe-dial-button button').nth(1).click();
  await page.locator('wwe-sim-interaction-list .item', { hasText: '+1 415 555 0188' }).or(page.locator('wwe-sim-interaction-list .item', { hasText: '+14155550188' })).first().waitFor();
  check((await page.evaluate(() => window.wweSimulator.snapshot().interactions.length)) === 2, 'the dial did not add a call');

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
  await page.screenshot({ path: `${OUT}/shell-dark.png`, animations: 'disabled' });

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
