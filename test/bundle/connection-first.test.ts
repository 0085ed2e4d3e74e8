import { expect } from '@open-wc/testing';
import type { WweConnection } from '../../src/connection/index.js';
import type { PageRuntime } from '../../src/runtime/page-runtime.js';
import { waitFor } from '../helpers/frames.js';

const RUNTIME_KEY = Symbol.for('wwe-components.connection.v1');
const connectionOf = (win: Window) => (win as unknown as Record<symbol, PageRuntime | undefined>)[RUNTIME_KEY]?.connection as WweConnection | undefined;
const PINNED = 'https://wwe.example.com';

// The autoloader's order, which does not depend on when its chunks arrive here, is proven with held
// loaders in discovery.test.ts; through real chunks it is checked here as well.
const ENTRIES = [
  { entry: 'the bundle', script: '<script type="module" src="/__bundles/wwe-components.bundle.js"></script>' },
  { entry: 'the autoloader', script: '<script type="module" src="/__bundles/wwe-components.autoloader.js"></script>' },
] as const;

/**
 * A page framed by this test page, whose `<wwe-connection>` comes after an element that fetches at
 * load and pins another desktop than this page: whatever reaches this page went to an origin the
 * page never named (the derived one), before `<wwe-connection>` had configured the connection.
 */
describe('<wwe-connection> configures the connection before the other elements send anything', () => {
  let frame: HTMLIFrameElement | undefined;
  let received: unknown[] = [];
  const collect = (event: MessageEvent) => {
    if (frame && event.source === frame.contentWindow) received.push(event.data);
  };
  beforeEach(() => {
    received = [];
    window.addEventListener('message', collect);
  });
  afterEach(() => {
    window.removeEventListener('message', collect);
    frame?.remove();
    frame = undefined;
  });

  for (const { entry, script } of ENTRIES) {
    it(`${entry}: nothing goes to the derived origin when <wwe-connection> comes last in the page`, async () => {
      frame = document.createElement('iframe');
      document.body.append(frame);
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>
        <wwe-agent-state></wwe-agent-state>
        <wwe-connection desktop-origin="${PINNED}" timeout="600000"></wwe-connection></body></html>`;
      const page = () => frame!.contentWindow as Window & typeof globalThis;
      await waitFor(() => page().customElements?.get('wwe-agent-state') !== undefined && connectionOf(page())?.desktopOrigin === PINNED, 'the elements defined, the origin pinned');
      // The agent state's wave (its fetch and subscription) has been posted, to the pinned desktop
      // that never answers: the long timeout keeps it pending however loaded the machine is.
      await waitFor(() => connectionOf(page())!.stats().pendingRequests > 0, 'the load wave');
      // Posted by the page after everything above: once it is here, anything posted before it is too.
      (page() as unknown as { eval(code: string): void }).eval(`parent.postMessage({ marker: true }, '*')`);
      await waitFor(() => received.some((data) => (data as { marker?: boolean }).marker), 'the marker');
      expect(received).to.deep.equal([{ marker: true }]);
    });
  }
});
