import { afterEach, describe, expect, it } from 'vitest';
import { startTestDesktop } from 'wwe-components/testing';

const APP = '/examples/sample-crm/index.html';

/** Resolves once `read()` returns something; the test's own timeout bounds the wait. */
async function until(read) {
  for (;;) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const inApp = (desk, selector) => desk.frame.contentDocument?.querySelector(selector);

describe('sample CRM under a simulated desktop (Vitest browser mode)', () => {
  let desk;

  afterEach(() => desk?.dispose());

  it('shows the caller of an inbound call', async () => {
    desk = await startTestDesktop({ app: APP, profile: 'vendor' });
    await desk.waitForReady();
    await desk.inboundCall({ ani: '+33298000042', callerName: 'Ada Lovelace' });
    const caller = await until(() => inApp(desk, 'wwe-interaction-info')?.shadowRoot?.querySelector('[part="caller"]'));
    await until(() => caller.textContent.includes('Ada Lovelace'));
    expect(caller.textContent).toContain('Ada Lovelace');
  });

  it('sends voice.dial with the customer’s number when the agent clicks dial', async () => {
    desk = await startTestDesktop({ app: APP });
    const button = await until(() => inApp(desk, 'wwe-dial-button')?.shadowRoot?.querySelector('button:not([disabled])'));
    button.click();
    const request = await desk.expectRequest('voice.dial', { params: ['+33298000042'] });
    expect(request.name).toBe('voice.dial');
  });
});
