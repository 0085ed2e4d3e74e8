import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/connection-status/connection-status.js';
import '../../src/elements/dial-button/dial-button.js';
import type { WweConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import { configure, getConnection, isLoopbackOrigin, matchesOriginPattern, originTrust, parseOriginPattern, WweError, type OriginTrustOptions, type WweConnection } from '../../src/connection/index.js';
import { en } from '../../src/i18n/en.js';
import { openDesktop, type RemoteDesktop } from '../helpers/desktop.js';
import { waitFor } from '../helpers/frames.js';

const refusal = (pattern: string): WweError => {
  try {
    parseOriginPattern(pattern);
  } catch (error) {
    return error as WweError;
  }
  throw new Error(`${pattern} was accepted`);
};

describe('desktop origin patterns', () => {
  const valid: Array<[string, string]> = [
    ['https://wwe.example.com', 'https://wwe.example.com'],
    [' HTTPS://WWE.Example.COM/ ', 'https://wwe.example.com'],
    ['https://wwe.example.com:443', 'https://wwe.example.com'],
    ['http://wwe.example.com:8080', 'http://wwe.example.com:8080'],
    ['https://*.example.com', 'https://*.example.com'],
    ['https://*.EXAMPLE.com:8443', 'https://*.example.com:8443'],
    ['https://*.example.com:443/', 'https://*.example.com'],
    ['http://[::1]:5173', 'http://[::1]:5173'],
  ];
  for (const [pattern, normalised] of valid) {
    it(`reads ${JSON.stringify(pattern)} as ${normalised}`, () => {
      expect(parseOriginPattern(pattern)).to.equal(normalised);
    });
  }

  const invalid = [
    '',
    'wwe.example.com',
    '*.example.com',
    'ftp://wwe.example.com',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://wwe.example.com/desktop',
    'https://wwe.example.com?x=1',
    'https://agent@wwe.example.com',
    'https://*.evil.com@example.com',
    'https://*',
    'https://*.',
    'https://*.com',
    'https://a.*.example.com',
    'https://*a.example.com',
    'https://**.example.com',
    'https://*.*.example.com',
    'https://*.example.com/desktop',
    'https://*.0.0.1',
  ];
  for (const pattern of invalid) {
    it(`refuses ${JSON.stringify(pattern)} as INVALID_ARGUMENT naming it`, () => {
      const error = refusal(pattern);
      expect(error).to.be.instanceOf(WweError);
      expect(error.code).to.equal('INVALID_ARGUMENT');
      expect(error.message).to.contain(JSON.stringify(pattern));
    });
  }

  it('refuses a bad pattern given to configure(), naming it', () => {
    try {
      expect(() => configure({ desktopOrigins: ['https://wwe.example.com', 'https://a.*.example.com'] })).to.throw(WweError, '"https://a.*.example.com"');
      expect(() => configure({ desktopOrigins: 'https://wwe.example.com' as unknown as string[] })).to.throw(WweError, 'desktopOrigins must be an array');
    } finally {
      getConnection().dispose();
    }
  });

  const matches: Array<[string, string, boolean]> = [
    ['https://*.example.com', 'https://a.example.com', true],
    ['https://*.example.com', 'https://wwe-eu-1.example.com', true],
    ['https://*.example.com', 'https://example.com', false],
    ['https://*.example.com', 'https://a.b.example.com', false],
    ['https://*.example.com', 'http://a.example.com', false],
    ['https://*.example.com', 'https://a.example.com:8443', false],
    ['https://*.example.com', 'https://aexample.com', false],
    ['https://*.example.com', 'https://a.notexample.com', false],
    ['https://*.example.com', 'https://a.example.com.evil.net', false],
    ['https://*.example.com', 'https://a.example.com/', false],
    ['https://*.example.com:8443', 'https://a.example.com:8443', true],
    ['https://*.example.com:8443', 'https://a.example.com', false],
    ['https://wwe.example.com', 'https://wwe.example.com', true],
    ['https://wwe.example.com', 'https://wwe.example.com:8443', false],
    ['https://wwe.example.com', 'http://wwe.example.com', false],
    ['https://wwe.example.com', 'https://a.wwe.example.com', false],
  ];
  for (const [pattern, origin, expected] of matches) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${origin}`, () => {
      expect(matchesOriginPattern(origin, parseOriginPattern(pattern))).to.equal(expected);
    });
  }

  const loopback: Array<[string, boolean]> = [
    ['http://localhost:8000', true],
    ['https://localhost', true],
    ['http://127.0.0.1:9', true],
    ['http://127.255.3.4', true],
    ['http://[::1]:5173', true],
    ['http://localhost.evil.net', false],
    ['http://evil-localhost', false],
    ['http://127.0.0.1.evil.net', false],
    ['http://128.0.0.1', false],
    ['http://0.0.0.0', false],
    ['http://[::2]', false],
    ['https://wwe.example.com', false],
  ];
  for (const [origin, expected] of loopback) {
    it(`${origin} is ${expected ? '' : 'not '}a loopback desktop`, () => {
      expect(isLoopbackOrigin(origin)).to.equal(expected);
    });
  }
});

describe('the trust given to a derived desktop origin', () => {
  const list = ['https://*.example.com', 'https://wwe.example.org'];
  const table: Array<[string, OriginTrustOptions, string]> = [
    ['https://wwe.example.com', {}, 'untrusted'],
    ['https://evil.example.net', { allowDerivedOrigin: false }, 'untrusted'],
    ['http://localhost:5173', {}, 'loopback'],
    ['http://127.0.0.1:8000', { desktopOrigins: [] }, 'loopback'],
    ['http://[::1]:8000', {}, 'loopback'],
    ['https://a.example.com', { desktopOrigins: list }, 'allow-list'],
    ['https://wwe.example.org', { desktopOrigins: list }, 'allow-list'],
    ['https://example.com', { desktopOrigins: list }, 'untrusted'],
    ['https://evil.example.net', { desktopOrigins: list }, 'untrusted'],
    // A page that names its desktops means it: a loopback desktop must be named too.
    ['http://127.0.0.1:8000', { desktopOrigins: list }, 'untrusted'],
    ['http://127.0.0.1:8000', { desktopOrigins: [...list, 'http://127.0.0.1:8000'] }, 'allow-list'],
    ['https://evil.example.net', { allowDerivedOrigin: true }, 'opt-in'],
    ['https://evil.example.net', { desktopOrigins: list, allowDerivedOrigin: true }, 'opt-in'],
    ['https://a.example.com', { desktopOrigins: list, allowDerivedOrigin: true }, 'allow-list'],
  ];
  for (const [derived, options, expected] of table) {
    it(`${derived} with ${JSON.stringify(options)}: ${expected}`, () => {
      const trust = originTrust(derived, options);
      expect(trust.trusted ? trust.because : 'untrusted').to.equal(expected);
    });
  }
});

const shadowText = (element: Element, selector: string) => element.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a kit whose desktop is not in the allow-list (real cross-origin desktop)', () => {
  let desktop: RemoteDesktop | undefined;
  afterEach(() => {
    getConnection().dispose();
    desktop?.dispose();
    desktop = undefined;
  });

  /** A simulated desktop, and the page's connection pointed at its window with only `desktopOrigins`: its origin is derived. */
  async function desktopWithList(desktopOrigins: string[], allowDerivedOrigin?: boolean): Promise<WweConnection> {
    getConnection().dispose();
    let connection: WweConnection | undefined;
    desktop = await openDesktop({}, (desktopWindow) => {
      connection = configure({ target: desktopWindow, desktopOrigins, timeout: 1500, ...(allowDerivedOrigin ? { allowDerivedOrigin } : {}) });
    });
    return connection!;
  }

  it('is refused with ORIGIN_UNTRUSTED, sends nothing, says which attribute to add, and becomes ready once the origin is listed', async () => {
    const connection = await desktopWithList(['https://*.example.com']);
    const origin = desktop!.origin;
    // The refusal is also written to the console, once (docs/SECURITY.md): taken here, not printed.
    const logged: string[] = [];
    const logError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    let refused: WweError | undefined;
    try {
      refused = await connection.connect().then(() => undefined, (error: WweError) => error);
    } finally {
      console.error = logError;
    }
    expect(refused?.code).to.equal('ORIGIN_UNTRUSTED');
    expect(logged.filter((text) => text.includes('ORIGIN_UNTRUSTED') && text.includes(origin))).to.have.length(1);
    expect(connection.state).to.equal('unavailable');
    expect(connection.desktopOrigin).to.equal(null);
    expect(connection.error?.origin).to.equal(origin);
    expect(connection.error?.message).to.contain(origin).and.to.contain(`data-desktop-origin="${origin}"`);

    const request = await connection.request('agent.get', []).then(() => undefined, (error: WweError) => error);
    expect(request?.code).to.equal('ORIGIN_UNTRUSTED');
    const sent = connection.sendMessage({ request: 'agent.get' });
    expect(sent.posted).to.equal(false);
    await sent.answer.catch(() => undefined);

    const status = await fixture<WweConnectionStatus>(html`<wwe-connection></wwe-connection>`);
    const dial = await fixture<WweDialButton>(html`<wwe-dial-button number="+33298000000"></wwe-dial-button>`);
    await status.updateComplete;
    await dial.updateComplete;
    const advice = en['connection.originUntrusted'].replaceAll('{origin}', origin);
    expect(advice).to.contain('data-desktop-origin');
    expect(shadowText(status, '[part="state"]')).to.equal(advice);
    expect(shadowText(status, '[part="reason"]')).to.contain(en['error.ORIGIN_UNTRUSTED']);
    expect(shadowText(dial, '[part="status"]')).to.equal(advice);
    // Asked in code all the same, the element keeps the advice as its failure, not a bare code.
    expect(await dial.dial()).to.equal(false);
    await dial.updateComplete;
    expect(dial.shadowRoot!.querySelector('[part="status"][role="alert"]')).not.to.equal(null);
    expect(shadowText(dial, '[part="status"]')).to.contain(advice);

    configure({ desktopOrigins: ['https://*.example.com', origin] });
    await waitFor(() => connection.state === 'ready', 'ready once the origin is listed');
    expect(connection.desktopOrigin).to.equal(origin);
    expect((await connection.request('agent.get', [])).username).to.be.a('string');
    // Messages from one window to another arrive in order: once the desktop logged the answered
    // request, anything posted while refused would be in the log before it.
    const inbound = (await desktop!.messages()).filter((entry) => entry.direction === 'in');
    expect(inbound.map((entry) => entry.referenceId)).not.to.include(sent.referenceId);
    expect(inbound.filter((entry) => entry.name === 'voice.dial'), 'the refused dial').to.have.length(0);
    expect(inbound.filter((entry) => entry.name === 'agent.get')).to.have.length(1);
    expect(inbound.filter((entry) => entry.name === 'system.getAllowedServices')).to.have.length(1);
    await status.updateComplete;
    await dial.updateComplete;
    expect(shadowText(status, '[part="state"]')).to.equal(en['connection.ready']);
    expect(status.shadowRoot!.querySelector('[part="reason"]')).to.equal(null);
    expect(shadowText(dial, '[part="status"]'), 'the refusal is outdated once connected').not.to.contain(advice);
  });

  it('is accepted with the explicit opt-in, loudly', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const connection = await desktopWithList(['https://*.example.com'], true);
      await connection.connect();
      expect(connection.desktopOrigin).to.equal(desktop!.origin);
      expect(warnings.filter((text) => text.includes('allowDerivedOrigin is on') && text.includes(desktop!.origin))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
