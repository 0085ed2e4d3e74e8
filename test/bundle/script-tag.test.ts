import { expect } from '@open-wc/testing';
import { SimulatorEngine } from '../../src/simulator/engine/index.js';
import { ELEMENT_TAGS } from '../../src/elements/registry.js';
import { waitFor } from '../helpers/frames.js';

type KitWindow = Window & typeof globalThis & { WweComponents?: { getConnection(): { state: string; desktopOrigin: string | null } } };

/**
 * Hosts a fixture page in the simulator engine running in this test page. The fixture is loaded
 * as srcdoc (same origin; script URLs resolve against this server) with this page's origin put
 * into its `data-desktop-origin`, which a static file cannot know.
 */
async function hostPage(engine: SimulatorEngine, fixture: string): Promise<{ frame: HTMLIFrameElement; win: KitWindow }> {
  const source = await (await fetch(`/test/fixtures/${fixture}`)).text();
  const frame = document.createElement('iframe');
  document.body.append(frame);
  engine.addFrame(frame.contentWindow!, { origin: location.origin, kind: 'tab', label: fixture });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = source.replaceAll('http://localhost:0', location.origin);
  await loaded;
  return { frame, win: frame.contentWindow as KitWindow };
}

const requestsNamed = (engine: SimulatorEngine, name: string) => engine.messages().filter((entry) => entry.kind === 'request' && entry.name === name);

describe('script-tag builds', () => {
  let engine: SimulatorEngine;
  let frame: HTMLIFrameElement | undefined;

  beforeEach(() => {
    engine = new SimulatorEngine({ acceptedOrigins: location.origin, dialDelay: 10 });
    engine.start();
  });

  afterEach(() => {
    frame?.remove();
    engine.dispose();
  });

  it('the one-file bundle on a page with nothing else registers every element, reads its data-* configuration, and works', async () => {
    const hosted = await hostPage(engine, 'nocode-page.html');
    frame = hosted.frame;
    const { win } = hosted;
    await waitFor(() => ELEMENT_TAGS.every((tag) => win.customElements.get(tag) !== undefined), 'every element to be defined');
    expect(win.WweComponents).to.include.keys(['getConnection', 'configure', 'wwe']);
    await waitFor(() => win.WweComponents!.getConnection().state === 'ready', 'the connection');
    expect(win.WweComponents!.getConnection().desktopOrigin).to.equal(location.origin);

    const callId = engine.inboundCall({ ani: '+15550100199' });
    const info = win.document.querySelector('wwe-interaction-info')!;
    await waitFor(() => (info.shadowRoot?.textContent ?? '').includes('+15550100199'), 'the call in <wwe-interaction-info>');

    const button = win.document.querySelector('wwe-dial-button')!.shadowRoot!.querySelector('button')!;
    await waitFor(() => !button.disabled, 'the dial button to enable');
    button.click();
    await waitFor(() => requestsNamed(engine, 'voice.dial').length === 1, 'the dial request');
    expect((requestsNamed(engine, 'voice.dial')[0]!.payload as { parameters: unknown[] }).parameters).to.deep.equal(['+15550100199']);
    expect(engine.snapshot().interactions.some((interaction) => interaction.interactionId === callId)).to.equal(true);
  });

  it('the classic-script build works where module scripts are not an option', async () => {
    const hosted = await hostPage(engine, 'nocode-classic.html');
    frame = hosted.frame;
    const { win } = hosted;
    await waitFor(() => win.customElements.get('wwe-dial-button') !== undefined, 'the element to be defined');
    await waitFor(() => win.WweComponents?.getConnection().state === 'ready', 'the connection');
    expect(win.WweComponents!.getConnection().desktopOrigin).to.equal(location.origin);
  });

  it('the autoloader registers only the elements on the page, and those added later', async () => {
    const hosted = await hostPage(engine, 'autoloader-page.html');
    frame = hosted.frame;
    const { win } = hosted;
    await waitFor(() => win.customElements.get('wwe-dial-button') !== undefined, 'the element on the page');
    expect(win.customElements.get('wwe-case-selector')).to.equal(undefined);
    expect(win.customElements.get('wwe-event-log')).to.equal(undefined);

    const wrapper = win.document.createElement('section');
    wrapper.innerHTML = '<div><wwe-case-selector></wwe-case-selector></div>';
    win.document.body.append(wrapper);
    await waitFor(() => win.customElements.get('wwe-case-selector') !== undefined, 'the element added later');
    expect(win.customElements.get('wwe-event-log')).to.equal(undefined);
    await waitFor(() => win.WweComponents?.getConnection().state === 'ready', 'the connection');
  });
});

describe('element registry', () => {
  it('lists every element folder, and all.ts defines the same set', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: Array<{ path: string; declarations?: Array<{ tagName?: string }> }> };
    const kitTags = manifest.modules
      .filter((module) => module.path.startsWith('src/elements/'))
      .flatMap((module) => (module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])));
    expect([...ELEMENT_TAGS].sort()).to.deep.equal(kitTags.sort());
    await import('../../src/elements/all.js');
    for (const tag of ELEMENT_TAGS) expect(customElements.get(tag), `${tag} defined by all.ts`).not.to.equal(undefined);
  });
});
