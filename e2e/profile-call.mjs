// One inbound call played end to end in the demo CRM against one desktop profile: every action is
// taken from the CRM's elements (except marking done, which the agent does in the desktop), and
// after each one the desktop's model and the CRM's three call elements are checked to agree.
import { frameIdOf, LOAD_TIMEOUT, newPage, openSimulator, recentTraffic, sentBy, shownText, Steps, waitForQuiet } from './harness.mjs';

/** The words the elements use (src/i18n/en.ts). */
const CALL_STATE_WORDS = { RINGING: 'Ringing', ESTABLISHED: 'Connected', RELEASED: 'Ended' };
const RECORDING_WORDS = { STOPPED: 'Not recording', RECORDING: 'Recording', PAUSED: 'Recording paused' };
/** The call-controls buttons (data-action) each call state shows, and some it must not show. */
const CALL_BUTTONS = {
  RINGING: { shown: ['answer'], hidden: ['hold', 'markdone'] },
  ESTABLISHED: { shown: ['hold', 'hangUp'], hidden: ['answer', 'markdone'] },
  RELEASED: { shown: ['markdone'], hidden: ['answer', 'hold', 'hangUp'] },
};

/** Not the record the CRM opens with (Jordan Lee), so the screen pop shows. */
const CALLER = { ani: '+14155550177', callerName: 'Sam Rivera', userData: { CustomerId: 'C-2210', ContactReason: 'Plan upgrade' } };
const exactly = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/**
 * The simulator on `profile`, hosting the demo CRM alone as its interaction view (as the default
 * page does, with the desktop origin pinned): the vendor tour loads every demo page; here the
 * other three would only slow each load down on a small machine.
 */
export function crmOnlyUrl(servers, profile) {
  const crm = new URL('/demo/crm/index.html', servers.appsOrigin);
  crm.searchParams.set('desktop-origin', servers.shellOrigin);
  const query = new URLSearchParams({ profile, app: crm.href, kind: 'interaction', label: 'Customer CRM' });
  return `${servers.demoUrl}?${query}`;
}

/**
 * Plays the call on `?profile=<profile>`. Throws a StepError naming the profile and the step;
 * console errors are collected in `problems`, failed checks that let the flow go on in `notes`.
 * @returns {Promise<{ profile: string, load: Awaited<ReturnType<typeof sentBy>> }>}
 */
export async function playCallOnProfile({ context, servers, out, profile, problems, notes, timings }) {
  const steps = new Steps(profile, notes, timings);
  const check = (condition, message) => steps.check(condition, message);
  const page = await newPage(context, profile, problems);
  const crm = page.frameLocator('iframe[title="Customer CRM"]');
  const info = crm.locator('wwe-interaction-info');
  const controls = crm.locator('wwe-call-controls');
  const recorder = crm.locator('wwe-recording-control');
  const guard = crm.locator('wwe-markdone-guard');
  let callId;
  let load;
  let crmId;
  // A failed step also says what the CRM and the desktop last said to each other and what the
  // elements' status lines say (a failed request is explained there), with a screenshot.
  steps.diagnose = async () => {
    const shot = `${out}/failed-${profile}-${steps.current.replace(/\W+/g, '-')}.png`;
    await page.screenshot({ path: shot, animations: 'disabled' }).catch(() => undefined);
    if (crmId === undefined) return `screenshot: ${shot}`;
    const status = await crm.locator('wwe-toast-trigger [part="status"], wwe-call-controls [part="status"], wwe-recording-control [part="status"], wwe-userdata-editor [part="status"]').allTextContents();
    const said = status.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return `${await recentTraffic(page, crmId)}${said.length > 0 ? `\n  element status lines: ${said.join(' | ')}` : ''}\n  screenshot: ${shot}`;
  };

  /** The call as the desktop has it now. */
  const desktopCall = () =>
    page.evaluate((id) => {
      const snapshot = window.wweSimulator.snapshot();
      const call = snapshot.interactions.find((interaction) => interaction.interactionId === id);
      return call && { state: call.state, recordingState: call.recordingState, userData: call.userData, blocked: snapshot.markdoneBlocks.some((block) => block.interactionId === id) };
    }, callId);

  /** Waits for the desktop to reach `state` (and `recording`, if given). */
  const desktopReaches = async (state, recording) => {
    try {
      await page.waitForFunction(
        ({ id, state, recording }) => {
          const call = window.wweSimulator.snapshot().interactions.find((interaction) => interaction.interactionId === id);
          return call?.state === state && (recording === undefined || (call.recordingState ?? 'STOPPED') === recording);
        },
        { id: callId, state, recording },
      );
    } catch {
      const call = await desktopCall();
      check(false, `the desktop has state=${call?.state} recordingState=${call?.recordingState}, expected state=${state}${recording ? ` recordingState=${recording}` : ''}`);
    }
  };

  /**
   * The CRM's three call elements show the call in `state`: the state word in
   * wwe-interaction-info, the buttons of wwe-call-controls, and in wwe-recording-control the
   * `recording` state (attribute and word). A released call can no longer be recorded: then
   * `recording` is undefined and the control must offer no usable command.
   */
  const crmShows = async (state, recording) => {
    const expect = async (locator, what) => {
      try {
        await locator.waitFor({ state: 'attached' });
      } catch {
        const [shownInfo, shownControls, shownRecorder] = await Promise.all([info, controls, recorder].map(shownText));
        const attribute = await recorder.getAttribute('recording-state', { timeout: 2_000 }).catch(() => '?');
        check(false, `${what}; the CRM shows info "${shownInfo}", controls "${shownControls}", recording "${shownRecorder}" (recording-state=${attribute})`);
      }
    };
    await expect(info.locator('dt:text-is("State") + dd').filter({ hasText: exactly(CALL_STATE_WORDS[state]) }), `wwe-interaction-info does not say '${CALL_STATE_WORDS[state]}'`);
    await expect(info.locator('[part="caller"]', { hasText: CALLER.callerName }), `wwe-interaction-info does not name ${CALLER.callerName}`);
    for (const action of CALL_BUTTONS[state].shown) await expect(controls.locator(`button[data-action="${action}"]`), `wwe-call-controls has no '${action}' button in ${state}`);
    for (const action of CALL_BUTTONS[state].hidden) {
      check((await controls.locator(`button[data-action="${action}"]`).count()) === 0, `wwe-call-controls shows '${action}' in ${state}: "${await shownText(controls)}"`);
    }
    if (recording === undefined) {
      const usable = await recorder.locator('button:not([disabled])').count();
      check(usable === 0, `wwe-recording-control offers ${usable} usable command(s) for a ${state} call: "${await shownText(recorder)}"`);
      return;
    }
    await expect(crm.locator(`wwe-recording-control[recording-state="${recording}"]`), `wwe-recording-control's recording-state is not ${recording}`);
    await expect(recorder.locator('.indicator .state').filter({ hasText: exactly(RECORDING_WORDS[recording]) }), `wwe-recording-control does not say '${RECORDING_WORDS[recording]}'`);
  };

  try {
    await steps.run('load', async () => {
      await openSimulator(page, crmOnlyUrl(servers, profile));
      const active = await page.evaluate(() => window.wweSimulator.profile);
      check(active === profile, `the simulator runs profile '${active}'`);
      await crm.locator('#connection', { hasText: 'Connected to Agent Desktop' }).waitFor({ timeout: LOAD_TIMEOUT });
      await crm.locator('wwe-agent-state select').filter({ hasText: 'Ready' }).waitFor({ timeout: LOAD_TIMEOUT });
      crmId = await frameIdOf(page, 'Customer CRM');
      await waitForQuiet(page, [crmId]);
      load = await sentBy(page, crmId);
    });

    await steps.run('ring', async () => {
      callId = await page.evaluate((caller) => window.wweSimulator.inboundCall(caller), CALLER);
      await desktopReaches('RINGING');
      await crmShows('RINGING', 'STOPPED');
      await steps.soft('the CRM pops the caller', async () => {
        // The CRM's elements already show the call: the pop comes from the same event.
        await crm.locator('#screen-pop').waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
          const shown = (await crm.locator('#customer-name').textContent())?.trim();
          check(false, `no "Screen pop" tag; the CRM shows ${shown ? `${shown}'s record` : 'no record'}, expected ${CALLER.callerName}'s`);
        });
        const shown = (await crm.locator('#customer-name').textContent())?.trim();
        check(shown === CALLER.callerName, `the CRM popped ${shown}, expected ${CALLER.callerName}`);
      });
    });

    await steps.run('answer from wwe-call-controls', async () => {
      await controls.getByRole('button', { name: 'Answer' }).click();
      await desktopReaches('ESTABLISHED');
      await crmShows('ESTABLISHED', 'STOPPED');
    });

    await steps.run('record from wwe-recording-control', async () => {
      await recorder.getByRole('button', { name: 'Start recording' }).click();
      await desktopReaches('ESTABLISHED', 'RECORDING');
      await crmShows('ESTABLISHED', 'RECORDING');
    });

    await steps.run('pause the recording', async () => {
      await recorder.getByRole('button', { name: 'Pause recording' }).click();
      await desktopReaches('ESTABLISHED', 'PAUSED');
      await crmShows('ESTABLISHED', 'PAUSED');
    });

    await steps.run('attached data from wwe-userdata-editor', async () => {
      await guard.filter({ hasText: 'Mark done is blocked' }).waitFor();
      check((await desktopCall())?.blocked, 'wwe-markdone-guard did not block mark done while Disposition is empty');
      const wrapUp = crm.locator('wwe-userdata-editor');
      await wrapUp.getByLabel('Notes').fill('Refund the double charge');
      await wrapUp.getByLabel('Notes').press('Enter');
      await wrapUp.getByLabel('Disposition').selectOption('Refund issued');
      await page
        .waitForFunction(
          (id) => {
            const userData = window.wweSimulator.snapshot().interactions.find((interaction) => interaction.interactionId === id)?.userData ?? {};
            return userData.Notes === 'Refund the double charge' && userData.Disposition === 'Refund issued';
          },
          callId,
        )
        .catch(async () => {
          const { userData } = (await desktopCall()) ?? {};
          check(false, `the desktop has Notes=${JSON.stringify(userData?.Notes)} Disposition=${JSON.stringify(userData?.Disposition)}`);
        });
      await page.locator('wwe-sim-attached-data tr', { hasText: 'Refund the double charge' }).waitFor();
    });

    await steps.run('toast from wwe-toast-trigger', async () => {
      await crm.locator('wwe-toast-trigger').getByRole('button', { name: 'Remind me in a toast' }).click();
      const toast = page.locator('wwe-sim-toast-area .toast', { hasText: 'Follow-up' });
      await toast.waitFor();
      await toast.getByRole('button', { name: 'Open record' }).click();
      await crm.locator('#feedback', { hasText: 'Open record' }).waitFor();
      // The wrap-up and the toast changed nothing about the call.
      await crmShows('ESTABLISHED', 'PAUSED');
    });

    await steps.run('hang up from wwe-call-controls', async () => {
      await controls.getByRole('button', { name: 'Hang up' }).click();
      await desktopReaches('RELEASED');
      await crmShows('RELEASED', undefined);
    });

    await steps.run('mark done', async () => {
      await guard.filter({ hasText: 'Mark done is allowed' }).waitFor();
      check(!(await desktopCall())?.blocked, 'the desktop still blocks mark done with Disposition filled');
      const item = page.locator('wwe-sim-interaction-list .item', { hasText: CALLER.callerName });
      await item.click();
      await page.locator('wwe-sim-call-panel').getByRole('button', { name: 'Mark done' }).click();
      await item.waitFor({ state: 'detached' });
      check((await desktopCall()) === undefined, 'the desktop still has the call');
      // The CRM no longer shows a live call: no call in any of the three elements.
      await info.locator('[part="empty"]', { hasText: 'No active interaction' }).waitFor().catch(async () => {
        check(false, `wwe-interaction-info still shows "${await shownText(info)}"`);
      });
      await controls.locator('.empty', { hasText: 'No call' }).waitFor().catch(async () => {
        check(false, `wwe-call-controls still shows "${await shownText(controls)}"`);
      });
      await crm.locator('wwe-recording-control:not([recording-state])').waitFor({ state: 'attached' }).catch(async () => {
        check(false, `wwe-recording-control still has recording-state=${await recorder.getAttribute('recording-state')}`);
      });
    });
  } finally {
    await page.close();
  }
  return { profile, load };
}
