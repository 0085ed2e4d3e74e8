import { expect } from '@open-wc/testing';
import type { WweConnection, WweError } from '../../src/connection/index.js';
import type { PageRuntime } from '../../src/runtime/page-runtime.js';
import { waitFor } from '../helpers/frames.js';

type PageWindow = Window & { reportedErrors: string[]; genesys: { wwe: { service: { agent: { get(done: () => void, fail: () => void): void } } } } };

const RUNTIME_KEY = Symbol.for('wwe-components.connection.v1');
const connectionOf = (win: Window) => (win as unknown as Record<symbol, PageRuntime | undefined>)[RUNTIME_KEY]?.connection as WweConnection | undefined;
const RECORDER_FILE = '/__bundles/wwe-service-client-api.recorder.js';

/**
 * A legacy page in a frame of this test page (its desktop, which never answers), recording, with the
 * compat script from `src`. The errors it reports as uncaught are collected before any script runs.
 */
async function recordingLegacyPage(src: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.reportedErrors = []; addEventListener('error', (event) => { event.preventDefault(); reportedErrors.push(event.error && event.error.code + ': ' + event.error.message); });</script>
    <script src="${src}" data-desktop-origin="${location.origin}" data-timeout="2000" data-record></script>
    </head><body><script>genesys.wwe.service.agent.get(function () {}, function () {});</script></body></html>`;
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

const loadedFiles = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the compat script records with the recorder file beside it (issue #12: not inline)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('loads wwe-service-client-api.recorder.js from beside itself, and the recording holds what the page sent', async () => {
    const page = await recordingLegacyPage('/__bundles/wwe-service-client-api.js');
    frame = page.frame;
    await waitFor(() => connectionOf(page.win) !== undefined, 'the page connection');
    const recording = await connectionOf(page.win)!.recording();
    expect(recording.messages.filter((message) => message.kind === 'request').map((message) => message.name)).to.include('agent.get');
    expect(loadedFiles(page.win)).to.include(RECORDER_FILE);
    expect(page.win.reportedErrors).to.deep.equal([]);
  });

  it('without the file beside it, recording() rejects NOT_LOADED, reported once, and the page goes on', async () => {
    const page = await recordingLegacyPage('/__bundles/alone/wwe-service-client-api.js');
    frame = page.frame;
    await waitFor(() => connectionOf(page.win) !== undefined, 'the page connection');
    const connection = connectionOf(page.win)!;
    const failure = await connection.recording().then(() => undefined, (error: WweError) => error);
    expect(failure?.code).to.equal('NOT_LOADED');
    expect(failure?.request).to.equal('recording');
    expect(failure?.message).to.contain('could not be loaded');
    await waitFor(() => page.win.reportedErrors.length > 0, 'the load failure reported');
    expect(page.win.reportedErrors).to.have.length(1);
    expect(page.win.reportedErrors[0]).to.match(/^NOT_LOADED: /);
    // Requests still go: the failed recorder takes nothing else down.
    const request = await connection.request('agent.get', [], { timeout: 200 }).then(() => 'answered', (error: WweError) => error.code);
    expect(request).to.equal('TIMEOUT');
  });
});
