// The vendor-profile tour: the whole shell and the demo CRM, with the screenshots the docs use.
// An inbound call is played, the CRM (built from the kit's elements) is used inside its
// cross-origin frame, and the effects are checked on both sides. Playwright's locators reach into
// the elements' open shadow roots. Also measures what each demo page sends the desktop at load.
import { DEFAULT_TIMEOUT, frameIdOf, LOAD_TIMEOUT, newPage, openSimulator, sentBy, Steps, waitForQuiet } from './harness.mjs';

/** The hosted demo pages whose load traffic is measured, by the label the simulator gives them. */
export const DEMO_PAGES = [
  { page: 'CRM', label: 'Customer CRM' },
  { page: 'element gallery', label: 'Element gallery' },
  { page: 'monitor', label: 'Desktop messages' },
  { page: 'notifier', label: 'Call notifier' },
];

/**
 * Fills `report.loadCounts` as soon as they are measured, so they are printed even if a later step fails.
 * @returns {Promise<void>}
 */
export async function runTour({ context, servers, out, problems, notes, timings, report }) {
  const steps = new Steps('vendor tour', notes, timings);
  const check = (condition, message) => steps.check(condition, message);
  const page = await newPage(context, 'vendor tour', problems);
  const crm = page.frameLocator('iframe[title="Customer CRM"]');
  const loadCounts = (report.loadCounts = []);
  let callId;
  const item = page.locator('wwe-sim-interaction-list .item', { hasText: 'Jordan Lee' });

  try {
    await steps.run('load the simulator', async () => {
      await openSimulator(page, servers.demoUrl);
      await crm.locator('#connection', { hasText: 'Connected to Agent Desktop' }).waitFor({ timeout: LOAD_TIMEOUT });
      await crm.locator('wwe-agent-state select').filter({ hasText: 'Ready' }).waitFor({ timeout: LOAD_TIMEOUT });
      await page.screenshot({ path: `${out}/shell-idle.png`, animations: 'disabled' });
    });

    await steps.run('messages each demo page sends at load', async () => {
      const gallery = page.frameLocator('iframe[title="Element gallery"]');
      const monitor = page.frameLocator('iframe[title="Desktop messages"]');
      await gallery.locator('wwe-connection', { hasText: 'Connected to Agent Desktop' }).waitFor({ state: 'attached', timeout: LOAD_TIMEOUT });
      await monitor.locator('#status', { hasText: 'Connected as' }).waitFor({ state: 'attached', timeout: LOAD_TIMEOUT });
      const ids = [];
      for (const { label } of DEMO_PAGES) ids.push(await frameIdOf(page, label));
      // The notifier has no UI: it has loaded when the desktop holds its two subscriptions.
      await page.waitForFunction(
        (notifierId) => {
          const channels = window.wweSimulator.snapshot().frames.find((frame) => frame.frameId === notifierId)?.subscriptions.flatMap((entry) => entry.channels) ?? [];
          return channels.includes('interaction') && channels.includes('system');
        },
        ids[3],
        { timeout: LOAD_TIMEOUT },
      );
      await waitForQuiet(page, ids);
      for (const [index, { page: name }] of DEMO_PAGES.entries()) loadCounts.push({ page: name, counts: await sentBy(page, ids[index]) });
    });

    await steps.run('inbound call', async () => {
      callId = await page.evaluate(() =>
        window.wweSimulator.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042', ContactReason: 'Billing question' } }),
      );
      await item.filter({ hasText: 'Ringing' }).waitFor();
      await crm.locator('wwe-interaction-info', { hasText: 'Ringing' }).waitFor();
      await crm.locator('wwe-interaction-info [part="caller"]', { hasText: 'Jordan Lee' }).waitFor();
      await steps.soft('the CRM pops the caller', async () => {
        // The CRM's elements already show the call: the pop comes from the same event.
        await crm.locator('#screen-pop').waitFor({ state: 'visible', timeout: 5_000 });
        check((await crm.locator('#customer-name').textContent()) === 'Jordan Lee', 'the CRM did not pop the caller record');
      });
      // The call notifier (demo/notifier, a hidden frame) pops a toast for the ringing call.
      await steps.soft('the notifier pops its toast', () => page.locator('wwe-sim-toast-area .toast', { hasText: 'Incoming call' }).waitFor({ timeout: 8_000 }));
      await page.screenshot({ path: `${out}/shell-ringing.png`, animations: 'disabled' });
    });

    await steps.run('answer from the CRM', async () => {
      await crm.locator('wwe-call-controls').getByRole('button', { name: 'Answer' }).click();
      await item.filter({ hasText: 'Connected' }).waitFor();
      await page.locator('wwe-sim-toast-area .toast', { hasText: 'Incoming call' }).waitFor({ state: 'detached' });
      await crm.locator('wwe-call-controls').getByRole('button', { name: 'Hold' }).waitFor();
    });

    await steps.run('record the call from the CRM', async () => {
      await crm.locator('wwe-recording-control').getByRole('button', { name: 'Start recording' }).click();
      await crm.locator('wwe-recording-control[recording-state="RECORDING"]').waitFor();
      const recording = await page.evaluate((id) => window.wweSimulator.snapshot().interactions.find((i) => i.interactionId === id)?.recordingState, callId);
      check(recording === 'RECORDING', `the desktop has recordingState=${recording}`);
    });

    await steps.run('wrap-up data and the mark-done guard', async () => {
      const desktopCall = (id) =>
        page.evaluate((callId) => {
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
    });

    await steps.run('toast with buttons', async () => {
      await crm.locator('wwe-toast-trigger').getByRole('button', { name: 'Remind me in a toast' }).click();
      const toast = page.locator('wwe-sim-toast-area .toast', { hasText: 'Follow-up' });
      await toast.waitFor();
      await page.screenshot({ path: `${out}/shell-call-toast.png`, animations: 'disabled' });
      await toast.getByRole('button', { name: 'Open record' }).click();
      await crm.locator('#feedback', { hasText: 'Open record' }).waitFor();
    });

    await steps.run('click-to-dial from the CRM', async () => {
      await crm.locator('wwe-dial-button button').nth(1).click();
      await page.locator('wwe-sim-interaction-list .item', { hasText: '+1 415 555 0188' }).or(page.locator('wwe-sim-interaction-list .item', { hasText: '+14155550188' })).first().waitFor();
      check((await page.evaluate(() => window.wweSimulator.snapshot().interactions.length)) === 2, 'the dial did not add a call');
    });

    await steps.run('tel: link and e-mail from the CRM', async () => {
      await crm.locator('wwe-tel-links a[data-wwe-dial]').first().click();
      await page.locator('wwe-sim-interaction-list .item', { hasText: '+14155550199' }).or(page.locator('wwe-sim-interaction-list .item', { hasText: '+1 415 555 0199' })).first().waitFor();
      check(page.url().startsWith(servers.demoUrl), 'the tel: link navigated away');
      await crm.locator('wwe-email-button').getByRole('button').click();
      await page.locator('wwe-sim-interaction-list .item', { hasText: 'jordan.lee@example.com' }).first().waitFor();
      check((await page.evaluate(() => window.wweSimulator.snapshot().interactions.length)) === 4, 'the tel: link and the e-mail did not add two interactions');
    });

    await steps.run('element gallery', async () => {
      await page.getByRole('tab', { name: 'Element gallery' }).click();
      const gallery = page.frameLocator('iframe[title="Element gallery"]');
      await gallery.locator('wwe-connection', { hasText: 'Connected to Agent Desktop' }).waitFor();
      check((await gallery.locator('section.element').count()) === 13, 'the gallery does not show the 13 elements');
      await page.screenshot({ path: `${out}/shell-gallery.png`, animations: 'disabled' });
      await page.getByRole('tab', { name: 'My Workspace' }).click();
    });

    await steps.run('inspector', async () => {
      await page.getByRole('button', { name: 'Inspector' }).click();
      await page.locator('wwe-sim-inspector .entry').first().waitFor();
      check((await page.locator('wwe-sim-inspector .entry .name', { hasText: 'interaction.setUserData' }).count()) > 0, 'setUserData is not in the inspector');
      await page.screenshot({ path: `${out}/shell-inspector.png`, animations: 'disabled' });
    });

    await steps.run('scenarios and faults', async () => {
      await page.locator('wwe-sim-drawer [role="tab"]', { hasText: 'Scenarios' }).click();
      await page.screenshot({ path: `${out}/shell-scenarios.png`, animations: 'disabled' });
      await page.locator('wwe-sim-drawer [role="tab"]', { hasText: 'Faults' }).click();
      await page.screenshot({ path: `${out}/shell-faults.png`, animations: 'disabled' });
    });

    await steps.run('hang up and mark done', async () => {
      await item.click();
      await page.locator('wwe-sim-call-panel').getByRole('button', { name: 'Hang up' }).click();
      await page.locator('wwe-sim-call-panel').getByRole('button', { name: 'Mark done' }).click();
      await item.waitFor({ state: 'detached' });
    });

    await steps.run('dark mode', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => window.wweSimulator.inboundCall({ ani: '+14155550177', callerName: 'Sam Rivera', userData: { CustomerId: 'C-2210' } }));
      await page.locator('wwe-sim-interaction-list .item', { hasText: 'Sam Rivera' }).waitFor();
      await page.getByRole('button', { name: 'Inspector' }).click();
      await steps.soft('the CRM pops the caller', () => crm.locator('#customer-name', { hasText: 'Sam Rivera' }).waitFor({ state: 'attached', timeout: 5_000 }));
      await crm.locator('.app-bar').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/shell-dark.png`, animations: 'disabled' });
    });

    await steps.run('right-to-left CRM', async () => {
      // The demo's language switch (demo/shared/locale-switch.ts): the kit's elements follow.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: 'Inspector' }).click();
      await crm.locator('#demo-locale').selectOption('fr');
      await crm.locator('#demo-dir').selectOption('rtl');
      await crm.locator('html[dir="rtl"]').waitFor({ state: 'attached' });
      await page.locator('iframe[title="Customer CRM"]').screenshot({ path: `${out}/crm-rtl.png`, animations: 'disabled' });
    });
  } finally {
    await page.close();
  }
}

/** Issue 5's promise: paste one snippet into a blank page, open it through demo/index.html?app=…, click to dial. */
export async function runBlankSnippet({ context, servers, out, problems, notes, timings }) {
  const steps = new Steps('vendor tour', notes, timings);
  const check = (condition, message) => steps.check(condition, message);
  await steps.run('a blank page with one pasted snippet, hosted through ?app=', async () => {
    const blankUrl = `${servers.appsOrigin}/demo/blank/index.html`;
    const blankTab = await newPage(context, 'blank page', problems);
    try {
      await openSimulator(blankTab, `${servers.demoUrl}?app=${encodeURIComponent(blankUrl)}`);
      const blankFrame = blankTab.frameLocator('iframe[title="localhost:5174"]');
      // The page is a global tab, as in Agent Desktop: open it, then click to dial.
      await blankTab.getByRole('tab', { name: 'localhost:5174' }).click();
      await blankFrame.locator('wwe-dial-button button:not([disabled])').click({ timeout: LOAD_TIMEOUT });
      await blankTab.waitForFunction(() => window.wweSimulator.messages().some((entry) => entry.kind === 'request' && entry.name === 'voice.dial'), undefined, { timeout: DEFAULT_TIMEOUT });
      const dialed = await blankTab.evaluate(() => window.wweSimulator.messages().find((entry) => entry.kind === 'request' && entry.name === 'voice.dial').payload.parameters);
      check(JSON.stringify(dialed) === JSON.stringify(['+14155550142']), `the snippet dialed ${JSON.stringify(dialed)}`);
      await blankTab.screenshot({ path: `${out}/blank-snippet.png`, animations: 'disabled' });
    } finally {
      await blankTab.close();
    }
  });
}
