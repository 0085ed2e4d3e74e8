import { expect } from '@open-wc/testing';
import type { WweConnection, WweError } from '../../src/connection/index.js';
import type { PageRuntime } from '../../src/runtime/page-runtime.js';
import { waitFor } from '../helpers/frames.js';

type PageWindow = Window & { loggedErrors: string[] };

const RUNTIME_KEY = Symbol.for('wwe-components.connection.v1');
const runtimeOf = (win: Window) => (win as unknown as Record<symbol, PageRuntime>)[RUNTIME_KEY]!;
const connectionOf = (win: Window) => runtimeOf(win).connection as WweConnection;
const requestedOf = (win: Window) => (runtimeOf(win).slots?.['configuration.v1'] ?? {}) as Record<string, { options: object; problems: Array<{ option: string }> }>;
const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: WweError) => error);

/**
 * A page in a frame of this test page, which never answers: the probe and every request time out,
 * so the timeouts the page configured show in the errors. Same origin, so the test reads the
 * page's runtime; its console errors are collected before any of its scripts runs.
 */
async function unansweredPage(body: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.loggedErrors = []; const original = console.error; console.error = (...args) => { loggedErrors.push(args.join(' ')); original.apply(console, args); };</script>
    </head><body>${body}</body></html>`;
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

const TAGS = [
  { entry: 'the bundle', source: 'script-tag', tag: (attributes: string) => `<script type="module" src="/__bundles/wwe-components.bundle.js" ${attributes}></script>` },
  { entry: 'the classic bundle', source: 'script-tag', tag: (attributes: string) => `<script src="/__bundles/wwe-components.bundle.classic.js" ${attributes}></script>` },
  { entry: 'the compat script', source: 'compat-tag', tag: (attributes: string) => `<script src="/__bundles/wwe-service-client-api.js" ${attributes}></script>` },
] as const;

describe('options written on a page, by entry point', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  for (const { entry, source, tag } of TAGS) {
    describe(`${entry}'s tag`, () => {
      it('honours all four options', async () => {
        const page = await unansweredPage(tag(`data-desktop-origin="${location.origin}/desk" data-timeout="900" data-handshake-timeout="300" data-allow-any-origin="false"`));
        frame = page.frame;
        await waitFor(() => connectionOf(page.win) !== undefined, 'the page connection');
        const connection = connectionOf(page.win);
        const probe = await failureOf(connection.connect());
        expect(probe?.code).to.equal('NOT_CONNECTED');
        expect(probe?.message, 'handshake-timeout').to.contain('within 300 ms');
        expect(connection.desktopOrigin, 'desktop-origin, and allow-any-origin="false"').to.equal(location.origin);
        const request = await failureOf(connection.request('agent.get', []));
        expect(request?.code).to.equal('TIMEOUT');
        expect(request?.message, 'timeout').to.contain('within 900 ms');
        expect(requestedOf(page.win)[source]).to.deep.equal({ options: { desktopOrigin: location.origin, timeout: 900, handshakeTimeout: 300, allowAnyOrigin: false }, problems: [] });
        expect(page.win.loggedErrors).to.deep.equal([]);
      });

      it('reads a bare data-allow-any-origin as true, and reports a bad value in the console, leaving it out', async () => {
        const page = await unansweredPage(tag('data-desktop-origin="https://wwe.example.com" data-allow-any-origin data-timeout="soon" data-handshake-timeout="250"'));
        frame = page.frame;
        await waitFor(() => connectionOf(page.win) !== undefined, 'the page connection');
        const connection = connectionOf(page.win);
        const probe = await failureOf(connection.connect());
        expect(probe?.message).to.contain('within 250 ms');
        expect(connection.desktopOrigin).to.equal('*');
        expect(page.win.loggedErrors).to.deep.equal([`[wwe-components] The script tag's configuration: INVALID_ARGUMENT: data-timeout "soon" is not a positive number of milliseconds; it was left out.`]);
        const requested = requestedOf(page.win)[source]!;
        expect(requested.options).to.deep.equal({ desktopOrigin: 'https://wwe.example.com', handshakeTimeout: 250, allowAnyOrigin: true });
        expect(requested.problems.map(({ option }) => option)).to.deep.equal(['timeout']);
      });

      it('refuses a derived desktop that data-desktop-origins does not list, and data-allow-derived-origin accepts it', async () => {
        // The page's desktop is this test page: same origin, so its origin is derived, and loopback.
        const refused = await unansweredPage(tag('data-desktop-origins="https://*.example.com, https://wwe.example.org" data-timeout="900"'));
        frame = refused.frame;
        await waitFor(() => connectionOf(refused.win) !== undefined, 'the page connection');
        const failure = await failureOf(connectionOf(refused.win).connect());
        expect(failure?.code).to.equal('ORIGIN_UNTRUSTED');
        expect(failure?.message).to.contain(`data-desktop-origin="${location.origin}"`);
        expect(requestedOf(refused.win)[source]).to.deep.equal({ options: { desktopOrigins: ['https://*.example.com', 'https://wwe.example.org'], timeout: 900 }, problems: [] });
        expect(refused.win.loggedErrors.filter((text) => text.startsWith('[wwe-components] ORIGIN_UNTRUSTED') && text.includes(location.origin)), 'told once in the console').to.have.length(1);
        frame.remove();

        const accepted = await unansweredPage(tag('data-desktop-origins="https://*.example.com" data-allow-derived-origin data-handshake-timeout="250"'));
        frame = accepted.frame;
        await waitFor(() => connectionOf(accepted.win) !== undefined, 'the page connection');
        const connection = connectionOf(accepted.win);
        const unanswered = await failureOf(connection.connect());
        expect(unanswered?.code, 'trusted, so the probe went out').to.equal('NOT_CONNECTED');
        expect(connection.desktopOrigin).to.equal(location.origin);
        expect(accepted.win.loggedErrors).to.deep.equal([]);
      });
    });
  }

  describe('<wwe-connection>', () => {
    it('honours all four options, and reads them as the tags do', async () => {
      const page = await unansweredPage(`<script type="module" src="/src/elements/connection-status/connection-status.ts"></script>
        <wwe-connection desktop-origin="${location.origin}/desk" timeout="900" handshake-timeout="300" allow-any-origin="false"></wwe-connection>`);
      frame = page.frame;
      const element = page.win.document.querySelector('wwe-connection')!;
      await waitFor(() => connectionOf(page.win)?.state === 'unavailable', 'the unanswered probe');
      const connection = connectionOf(page.win);
      expect(connection.error?.message, 'handshake-timeout').to.contain('within 300 ms');
      expect(connection.desktopOrigin, 'desktop-origin, and allow-any-origin="false"').to.equal(location.origin);
      const request = await failureOf(connection.request('agent.get', []));
      expect(request?.message, 'timeout').to.contain('within 900 ms');
      expect(requestedOf(page.win)['wwe-connection']).to.deep.equal({ options: { desktopOrigin: location.origin, timeout: 900, handshakeTimeout: 300, allowAnyOrigin: false }, problems: [] });

      // A bare allow-any-origin is true, as on a tag; its removal returns the pinned origin.
      element.setAttribute('allow-any-origin', '');
      await waitFor(() => connection.desktopOrigin === '*', 'any origin');
      element.removeAttribute('allow-any-origin');
      await waitFor(() => connection.desktopOrigin === location.origin, 'the pinned origin again');

      // A bad value is a wwe-error, and leaves the option as it was.
      const failures: Array<{ code: string; message: string }> = [];
      element.addEventListener('wwe-error', (event) => failures.push((event as CustomEvent<{ error: WweError }>).detail.error));
      element.setAttribute('timeout', 'soon');
      await waitFor(() => failures.length === 1, 'the wwe-error');
      expect(failures[0]).to.include({ code: 'INVALID_ARGUMENT', message: 'timeout "soon" is not a positive number of milliseconds; it was left out.' });
      const stillTimed = await failureOf(connection.request('agent.get', []));
      expect(stillTimed?.message).to.contain('within 900 ms');
      expect(page.win.loggedErrors, 'an element reports to its wwe-error, not the console').to.deep.equal([]);
    });

    it('refuses a derived desktop that desktop-origins does not list, and accepts it once listed', async () => {
      const page = await unansweredPage(`<script type="module" src="/src/elements/connection-status/connection-status.ts"></script>
        <wwe-connection desktop-origins="https://*.example.com" handshake-timeout="250"></wwe-connection>`);
      frame = page.frame;
      const element = page.win.document.querySelector('wwe-connection')!;
      await waitFor(() => connectionOf(page.win)?.error?.code === 'ORIGIN_UNTRUSTED', 'the refusal');
      const connection = connectionOf(page.win);
      expect(connection.state).to.equal('unavailable');
      await waitFor(() => (element.shadowRoot?.querySelector('[part="state"]')?.textContent ?? '').includes(`desktop-origin="${location.origin}"`), 'the advice in words');
      element.setAttribute('desktop-origins', `https://*.example.com ${location.origin}`);
      await waitFor(() => connection.desktopOrigin === location.origin, 'the listed origin');
      expect(requestedOf(page.win)['wwe-connection']!.options).to.deep.equal({ desktopOrigins: ['https://*.example.com', location.origin], handshakeTimeout: 250 });
    });
  });
});
