import { expect } from '@open-wc/testing';
import { deepQuery, mountShell, settle, until, type MountedShell } from './harness.js';
import type { WweSimInspector } from '../../src/simulator/shell/inspector/inspector.js';

describe('simulator shell: protocol inspector', () => {
  let mounted: MountedShell;

  beforeEach(async () => {
    mounted = await mountShell([{ kind: 'tab', label: 'App' }]);
    mounted.shell.drawer = 'inspector';
    await settle(mounted.shell);
  });

  const inspector = () => deepQuery<WweSimInspector>(mounted.root, 'wwe-sim-inspector')!;
  const rows = () => [...inspector().shadowRoot!.querySelectorAll<HTMLElement>('.entry')];
  const rowNamed = (name: string) => rows().find((row) => row.querySelector('.name')!.textContent!.includes(name));

  it('lists requests and answers per frame with latency, and expands a row to JSON', async () => {
    const app = await mounted.app('App');
    await app.request('agent.get');
    await settle(mounted.shell);
    const frameId = String(mounted.engine.snapshot().frames[0].frameId);
    const request = rows().find((row) => row.querySelector('.kind')!.textContent === 'request')!;
    const response = rows().find((row) => row.querySelector('.kind')!.textContent === 'response')!;
    expect(request.querySelector('.name')!.textContent).to.contain('agent.get');
    expect(request.querySelector('.dir')!.textContent).to.contain('in');
    expect(request.querySelector('.frame')!.textContent).to.equal(frameId);
    expect(response.querySelector('.dir')!.textContent).to.contain('out');
    expect(response.querySelector('.latency')!.textContent).to.match(/^\d+ ms$/);
    expect(response.querySelector('.outcome')!.textContent).to.contain('amartin');
    const details = response.querySelector('details')!;
    details.open = true;
    const json = JSON.parse(details.querySelector('pre')!.textContent!) as { data: { username: string } };
    expect(json.data.username).to.equal('amartin');
  });

  it('filters by text and by kind', async () => {
    const app = await mounted.app('App');
    await app.request('agent.get');
    await app.request('interaction.getByInteractionId', ['nope']);
    await settle(mounted.shell);
    const element = inspector();
    element.filter = { ...element.filter, text: 'getByInteraction' };
    await settle(mounted.shell);
    expect(rows().length).to.be.greaterThan(0);
    expect(rows().every((row) => row.querySelector('.name')!.textContent!.includes('getByInteractionId'))).to.equal(true);
    const kind = element.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Kind"]')!;
    element.filter = { ...element.filter, text: '' };
    kind.value = 'events';
    kind.dispatchEvent(new Event('change'));
    await settle(mounted.shell);
    expect(rows().every((row) => ['event', 'frame-id'].includes(row.querySelector('.kind')!.textContent!))).to.equal(true);
  });

  it('says why a message was refused: forbidden origin, API filter, quarantine, malformed', async () => {
    const app = await mounted.app('App');
    const { engine } = mounted;
    engine.setAcceptedOrigins(`${location.origin} (agent.*)`);
    // The origin is no longer accepted: the request is refused and never answered, so the test
    // waits for the refusal in the desktop's log, not for an answer.
    app.post({ request: 'agent.get', referenceId: 'forbidden', userAgent: 'WWE Client', protocolVersion: 2 });
    await until(() => engine.messages().some((entry) => entry.reason === 'origin-not-accepted'), 'the origin refusal');
    engine.setAcceptedOrigins(`${new URL(app.frame.app!.url).origin} (agent.*)`);
    const filtered = await app.request('voice.dial', ['5002']);
    expect(filtered.errorMessage).to.contain('not allowed');
    engine.setFaults({ forceQuarantine: true });
    app.post({ request: 'agent.get', referenceId: 'quarantined', userAgent: 'WWE Client', protocolVersion: 2 });
    app.post({ referenceId: 'bad', userAgent: 'WWE Client' });
    await until(() => engine.messages().some((entry) => entry.reason === 'rate-limit'), 'the quarantine');
    engine.setFaults({});
    app.post({ request: 42, referenceId: 'bad', userAgent: 'WWE Client', protocolVersion: 2 });
    await until(() => engine.messages().some((entry) => entry.reason === 'malformed'), 'the malformed message');
    await settle(mounted.shell);
    const why = rows().map((row) => row.querySelector('.why')?.textContent ?? '');
    expect(why.some((text) => text.includes('Origin not accepted'))).to.equal(true);
    expect(why.some((text) => text.includes('API filtered'))).to.equal(true);
    expect(why.some((text) => text.includes('Rate limit'))).to.equal(true);
    expect(why.some((text) => text.includes('Malformed'))).to.equal(true);
    const kind = inspector().shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Kind"]')!;
    kind.value = 'problems';
    kind.dispatchEvent(new Event('change'));
    await settle(mounted.shell);
    expect(rows().length).to.be.greaterThan(0);
    expect(rows().every((row) => row.classList.contains('problem'))).to.equal(true);
    expect(rowNamed('agent.get#')).to.equal(undefined);
  });

  it('clears the log', async () => {
    const app = await mounted.app('App');
    await app.request('agent.get');
    await settle(mounted.shell);
    expect(rows().length).to.be.greaterThan(0);
    [...inspector().shadowRoot!.querySelectorAll('button')].find((item) => item.textContent!.includes('Clear'))!.click();
    await settle(mounted.shell);
    expect(rows()).to.have.length(0);
  });

  it('is accessible', async () => {
    const app = await mounted.app('App');
    await app.request('agent.get');
    await settle(mounted.shell);
    await expect(inspector()).to.be.accessible();
  });
});
