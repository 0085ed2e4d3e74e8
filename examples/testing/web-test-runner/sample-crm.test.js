import { expect } from '@open-wc/testing';
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

describe('sample CRM under a simulated desktop (@web/test-runner)', () => {
  let desk;

  afterEach(() => desk?.dispose());

  it('shows the caller of an inbound call', async () => {
    desk = await startTestDesktop({ app: APP, profile: 'vendor' });
    await desk.waitForReady();
    await desk.inboundCall({ ani: '+33298000042', callerName: 'Ada Lovelace', userData: { Notes: 'VIP' } });
    const caller = await until(() => inApp(desk, 'wwe-interaction-info')?.shadowRoot?.querySelector('[part="caller"]'));
    await until(() => caller.textContent.includes('Ada Lovelace'));
    expect(caller.textContent).to.contain('Ada Lovelace');
  });

  it('sends voice.dial with the customer’s number when the agent clicks dial', async () => {
    desk = await startTestDesktop({ app: APP });
    const button = await until(() => inApp(desk, 'wwe-dial-button')?.shadowRoot?.querySelector('button:not([disabled])'));
    button.click();
    const request = await desk.expectRequest('voice.dial', { params: ['+33298000042'] });
    expect(request.name).to.equal('voice.dial');
  });

  it('still shows the caller under an 8.5-era desktop (profile switch)', async () => {
    desk = await startTestDesktop({ app: APP });
    await desk.waitForReady();
    await desk.setProfile('legacy-8.5');
    await desk.inboundCall({ ani: '+33298000043', callerName: 'Charles Babbage' });
    const caller = await until(() => inApp(desk, 'wwe-interaction-info')?.shadowRoot?.querySelector('[part="caller"]'));
    await until(() => caller.textContent.includes('Charles Babbage'));
    expect((await desk.snapshot()).profile).to.equal('legacy-8.5');
  });
});
