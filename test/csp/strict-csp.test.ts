/**
 * The kit under the strict policy enterprise CRM pages use (issue 7): `default-src 'self';
 * script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'`
 * plus `frame-ancestors` for the desktop. Each page is a real URL served with that header
 * (test/csp/csp-middleware.mjs), framed by the simulator engine running in this test page; it
 * renders, connects and is clicked, and any `securitypolicyviolation` in it fails the test.
 */
import { expect } from '@open-wc/testing';
import { SimulatorEngine } from '../../src/simulator/engine/index.js';
import { waitFor } from '../helpers/frames.js';
import { hostUnderPolicy, type StrictPage } from './strict-page.js';

const requestsNamed = (engine: SimulatorEngine, name: string) => engine.messages().filter((entry) => entry.kind === 'request' && entry.name === name);

/** Every `wwe-*` element of the page drew its shadow content, styled by its adopted sheets. */
function expectKitRendered(page: StrictPage, minimum: number): void {
  const kit = [...page.document.querySelectorAll('*')].filter((element) => element.localName.startsWith('wwe-'));
  expect(kit.length, 'kit elements on the page').to.be.at.least(minimum);
  for (const element of kit) {
    expect(page.window.customElements.get(element.localName), `${element.localName} defined`).not.to.equal(undefined);
    expect(element.shadowRoot?.querySelector('*'), `${element.localName} rendered`).not.to.equal(null);
  }
}

async function clickWhenEnabled(button: HTMLButtonElement, what: string): Promise<void> {
  await waitFor(() => !button.disabled, what);
  button.click();
}

function shadowButton(page: StrictPage, host: string, selector = 'button'): HTMLButtonElement {
  const button = page.document.querySelector(host)?.shadowRoot?.querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`No ${selector} in <${host}>`);
  return button;
}

describe('the kit under a strict Content-Security-Policy', () => {
  let engine: SimulatorEngine;
  let page: StrictPage | undefined;

  beforeEach(() => {
    engine = new SimulatorEngine({ acceptedOrigins: location.origin, dialDelay: 10 });
    engine.start();
  });

  afterEach(() => {
    page?.dispose();
    page = undefined;
    engine.dispose();
  });

  it('serves the fixture pages with the strict policy', async () => {
    const policy = (await fetch('/test/fixtures/csp-bundle.html')).headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", "trusted-types 'none'", 'frame-ancestors']) {
      expect(policy).to.include(directive);
    }
    const demo = (await fetch('/demo/crm/index.html?csp=strict')).headers.get('content-security-policy');
    expect(demo).to.equal(policy);
  });

  it('reports what the policy blocks (negative control: the harness can fail)', async () => {
    page = await hostUnderPolicy(engine, '/test/fixtures/csp-negative.html');
    await waitFor(() => page!.violations.length >= 2, 'two violations');
    const directives = page.violations.map((violation) => violation.directive);
    expect(directives).to.include('require-trusted-types-for');
    expect(directives.some((directive) => directive.startsWith('style-src'))).to.equal(true);
    expect(page.document.querySelector('#target')!.textContent).to.equal('Target');
  });

  it('the one-file bundle renders every element, connects, dials and shows a toast', async () => {
    page = await hostUnderPolicy(engine, '/test/fixtures/csp-bundle.html');
    const current = page;
    type Kit = { WweComponents?: { getConnection(): { state: string } } };
    await waitFor(() => (current.window as unknown as Kit).WweComponents?.getConnection().state === 'ready', 'the connection');
    await waitFor(() => current.document.querySelector('wwe-dial-button')?.shadowRoot?.querySelector('button') != null, 'the dial button');
    expectKitRendered(page, 8);
    // Adopted stylesheets apply under style-src 'self' (the shared .button rule).
    expect(page.window.getComputedStyle(shadowButton(page, 'wwe-dial-button')).display).to.equal('inline-flex');

    engine.inboundCall({ ani: '+15550100199' });
    await waitFor(() => (current.document.querySelector('wwe-interaction-info')!.shadowRoot!.textContent ?? '').includes('+15550100199'), 'the call in <wwe-interaction-info>');

    await clickWhenEnabled(shadowButton(page, 'wwe-dial-button'), 'the dial button to enable');
    await waitFor(() => requestsNamed(engine, 'voice.dial').length === 1, 'the dial request');

    await clickWhenEnabled(shadowButton(page, 'wwe-toast-trigger', '[part="button"]'), 'the toast button to enable');
    await waitFor(() => engine.snapshot().toasts.some((toast) => toast.params.title === 'Follow-up'), 'the toast on the desktop');

    await page.settle();
    expect(page.violations).to.deep.equal([]);
  });

  it('the ESM element modules render, connect, answer a call and dial', async () => {
    page = await hostUnderPolicy(engine, '/test/fixtures/csp-esm.html');
    const current = page;
    await waitFor(() => current.document.querySelector<HTMLElement & { state?: string }>('wwe-connection')?.state === 'ready', 'the connection');
    expectKitRendered(page, 9);
    expect(page.document.querySelector('wwe-tel-links')!.shadowRoot!.querySelector('slot, a')).not.to.equal(null);

    engine.inboundCall({ ani: '+15550100177' });
    await waitFor(() => (current.document.querySelector('wwe-interaction-info')!.shadowRoot!.textContent ?? '').includes('+15550100177'), 'the call in <wwe-interaction-info>');
    const answer = [...page.document.querySelector('wwe-call-controls')!.shadowRoot!.querySelectorAll('button')].find((button) => /answer/i.test(button.textContent ?? ''));
    expect(answer, 'an Answer button').not.to.equal(undefined);
    await clickWhenEnabled(answer!, 'the answer button to enable');
    await waitFor(() => requestsNamed(engine, 'voice.answer').length === 1, 'the answer request');

    await clickWhenEnabled(shadowButton(page, 'wwe-dial-button'), 'the dial button to enable');
    await waitFor(() => requestsNamed(engine, 'voice.dial').length === 1, 'the dial request');
    await waitFor(() => (current.document.querySelector('wwe-event-log')!.shadowRoot!.querySelectorAll('li').length ?? 0) > 0, 'events in <wwe-event-log>');

    await page.settle();
    expect(page.violations).to.deep.equal([]);
  });

  it('the demo CRM page renders its kit elements and dials', async () => {
    page = await hostUnderPolicy(engine, '/demo/crm/index.html?csp=strict');
    const current = page;
    await waitFor(() => current.document.querySelector('wwe-dial-button')?.shadowRoot?.querySelector('button') != null, 'a dial button');
    expectKitRendered(page, 1);

    await clickWhenEnabled(shadowButton(page, 'wwe-dial-button'), 'the dial button to enable');
    await waitFor(() => requestsNamed(engine, 'voice.dial').length === 1, 'the dial request');

    await page.settle();
    expect(page.violations).to.deep.equal([]);
  });
});
