// The demo CRM on a desktop that allows 10 requests per minute per frame and then ignores the
// frame for 30 s: it must load, leave the agent room to act, and answer a call.
import { frameIdOf, LOAD_TIMEOUT, newPage, openSimulator, sentBy, Steps, waitForQuiet } from './harness.mjs';
import { crmOnlyUrl } from './profile-call.mjs';

/** Of the desktop's 10 per minute, what the CRM may spend on loading: the rest is the agent's. */
export const LOAD_BUDGET = 8;

/**
 * @returns {Promise<{ profile: string, load?: Awaited<ReturnType<typeof sentBy>>, failures: string[] }>}
 */
export async function runRateLimited({ context, servers, problems, timings }) {
  const profile = 'rate-limited';
  const steps = new Steps(profile, [], timings);
  const check = (condition, message) => steps.check(condition, message);
  const page = await newPage(context, profile, problems);
  const crm = page.frameLocator('iframe[title="Customer CRM"]');
  const failures = [];
  let load;
  let crmId;

  /** The CRM's messages the desktop ignored for the rate limit, for the failure messages. */
  const ignored = async () => {
    const counts = await sentBy(page, crmId);
    return counts.rateLimited > 0 ? ` (the desktop ignored ${counts.rateLimited} CRM request(s) for the rate limit: ${counts.ignoredNames.join(', ')})` : '';
  };

  try {
    await steps.run('load', async () => {
      await openSimulator(page, crmOnlyUrl(servers, profile));
      const active = await page.evaluate(() => window.wweSimulator.profile);
      check(active === profile, `the simulator runs profile '${active}'`);
      crmId = await frameIdOf(page, 'Customer CRM');
      await crm
        .locator('#connection', { hasText: 'Connected to Agent Desktop' })
        .waitFor({ timeout: LOAD_TIMEOUT })
        .catch(async () => check(false, `the CRM does not say "Connected to Agent Desktop"${await ignored()}`));
      await crm
        .locator('wwe-agent-state select')
        .filter({ hasText: 'Ready' })
        .waitFor({ timeout: LOAD_TIMEOUT })
        .catch(async () => check(false, `the CRM does not show the agent state (Ready)${await ignored()}`));
      await waitForQuiet(page, [crmId]);
      load = await sentBy(page, crmId);
    });

    // Not thrown at once: the call below shows whether the load left room for the agent.
    // Unsubscribes count against the desktop's limit too; none is expected at load.
    const sent = load.total + load.unsubscribes;
    if (sent > LOAD_BUDGET) {
      failures.push(
        `${profile}: load budget: the CRM sent ${sent} messages at load (${load.requests} requests, ${load.subscribes} subscribes, ${load.unsubscribes} unsubscribes; ${load.rateLimited} of them ignored for the rate limit), more than ${LOAD_BUDGET}: ${load.names.join(', ')}`,
      );
    }

    await steps.run('answer an inbound call from the CRM', async () => {
      const callId = await page.evaluate(() => window.wweSimulator.inboundCall({ ani: '+14155550142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042' } }));
      await crm
        .locator('wwe-call-controls')
        .getByRole('button', { name: 'Answer' })
        .click()
        .catch(async () => check(false, `the CRM offers no usable Answer button${await ignored()}`));
      await page
        .waitForFunction((id) => window.wweSimulator.snapshot().interactions.find((interaction) => interaction.interactionId === id)?.state === 'ESTABLISHED', callId)
        .catch(async () => {
          const state = await page.evaluate((id) => window.wweSimulator.snapshot().interactions.find((interaction) => interaction.interactionId === id)?.state, callId);
          check(false, `the desktop has the call in state ${state}, expected ESTABLISHED${await ignored()}`);
        });
    });
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    await page.close();
  }
  return { profile, load, failures };
}
