// The simulator at laptop widths: with each side panel open, the hosted CRM must keep
// MIN_APP_WIDTH px, in light and dark. Saves test-results/simulator-<width>-<panel>-<scheme>.png
// for a person to look at, and (with `--hero`) the README's hero image.
import { LOAD_TIMEOUT, newPage, openSimulator, Steps } from './harness.mjs';

/** Below this the CRM's own layout breaks (names wrap, selects clip): the floor. */
export const MIN_APP_WIDTH = 600;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];
const PANELS = ['scenarios', 'faults', 'inspector'];
const SCHEMES = ['light', 'dark'];
const HERO = 'docs/images/simulator.png';

/** Plays a call the CRM pops, answered, so every screenshot shows a busy desktop. */
async function answeredCall(page, crm) {
  await page.evaluate(() =>
    window.wweSimulator.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042', ContactReason: 'Billing question' } }),
  );
  await crm.locator('wwe-interaction-info [part="caller"]', { hasText: 'Jordan Lee' }).waitFor({ timeout: LOAD_TIMEOUT });
  await crm.locator('wwe-call-controls').getByRole('button', { name: 'Answer' }).click();
  await crm.locator('wwe-call-controls').getByRole('button', { name: 'Hold' }).waitFor();
  // Clicking scrolled the CRM to its controls: show it from the top, as an agent first sees it.
  await scrollToTop(crm);
}

function scrollToTop(frame) {
  return frame.locator('html').evaluate(() => window.scrollTo(0, 0));
}

/** Opens the side panel `panel`, as its top-bar button or `?drawer=` does. */
async function openPanel(page, panel) {
  await page.evaluate((name) => {
    const shell = document.querySelector('wwe-desktop-simulator');
    shell.drawer = name;
    return shell.updateComplete;
  }, panel);
  await page.locator(`wwe-sim-drawer[open] #panel-${panel}:not([hidden])`).waitFor();
}

/** The CRM frame's rendered width, once layout has settled (two frames after the change). */
async function crmWidth(page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const frame = document.querySelector('wwe-desktop-simulator').shadowRoot.querySelector('wwe-sim-workspace').shadowRoot.querySelector('wwe-sim-app-frame').shadowRoot.querySelector('iframe');
    return frame.getBoundingClientRect().width;
  });
}

export async function runLayout({ context, servers, out, problems, notes, timings, hero = false }) {
  const steps = new Steps('layout', notes, timings);
  const page = await newPage(context, 'layout', problems);
  const crm = page.frameLocator('iframe[title="Customer CRM"]');
  try {
    await steps.run('load the simulator at 1280 × 800', async () => {
      await page.setViewportSize(VIEWPORTS[0]);
      await openSimulator(page, servers.demoUrl);
      await crm.locator('wwe-agent-state select').filter({ hasText: 'Ready' }).waitFor({ timeout: LOAD_TIMEOUT });
      await answeredCall(page, crm);
    });
    for (const viewport of VIEWPORTS) {
      for (const scheme of SCHEMES) {
        for (const panel of PANELS) {
          await steps.run(`${viewport.width} px, ${panel} open, ${scheme}`, async () => {
            await page.setViewportSize(viewport);
            await page.emulateMedia({ colorScheme: scheme });
            await openPanel(page, panel);
            const width = await crmWidth(page);
            await page.screenshot({ path: `${out}/simulator-${viewport.width}-${panel}-${scheme}.png`, animations: 'disabled' });
            await steps.soft('the CRM keeps its width', async () => steps.check(width >= MIN_APP_WIDTH, `the CRM frame is ${Math.round(width)} px wide (at least ${MIN_APP_WIDTH})`));
          });
        }
      }
    }
    if (hero) {
      await steps.run(`hero image ${HERO}`, async () => {
        await page.setViewportSize(VIEWPORTS[1]);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.evaluate(() => {
          const shell = document.querySelector('wwe-desktop-simulator');
          shell.drawer = undefined;
          return shell.updateComplete;
        });
        await crm.locator('wwe-toast-trigger').getByRole('button', { name: 'Remind me in a toast' }).click();
        await page.locator('wwe-sim-toast-area .toast', { hasText: 'Follow-up' }).waitFor();
        await scrollToTop(crm);
        await page.screenshot({ path: HERO, animations: 'disabled' });
      });
    }
    await steps.run('an unencoded ?app= with a query of its own is warned about', async () => {
      // The page's own `&tab=2` ends up among the simulator's parameters: the shell says how to encode it.
      await openSimulator(page, `${servers.demoUrl}?app=${servers.appsOrigin}/demo/blank/index.html?id=7&tab=2`);
      const warning = page.locator('wwe-desktop-simulator .warning[role="status"]');
      await warning.filter({ hasText: encodeURIComponent(`${servers.appsOrigin}/demo/blank/index.html?id=7&tab=2`) }).waitFor();
      await page.screenshot({ path: `${out}/simulator-cut-app-warning.png`, animations: 'disabled' });
    });
  } finally {
    await page.close();
  }
}
