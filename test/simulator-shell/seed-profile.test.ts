import { expect } from '@open-wc/testing';
import { PROFILES } from '../../src/simulator/engine/index.js';
import { RECORDING_FORMAT, RECORDING_VERSION } from '../../src/simulator/replay/index.js';
import { button, deepQuery, mountShell, settle, until } from './harness.js';

/** A short session of an 8.5-era desktop: its events say `type`, which no built-in profile does alone. */
const LEGACY_SESSION = {
  format: RECORDING_FORMAT,
  version: RECORDING_VERSION,
  startedAt: '2026-03-04T10:00:00.000Z',
  redacted: true,
  dropped: 0,
  messages: [
    { t: 0, direction: 'out', kind: 'subscribe', envelope: { event: 'subscribe', data: ['agent'], referenceId: 'r1' } },
    { t: 5, direction: 'in', kind: 'event', name: 'agent', envelope: { event: 'agent', data: { type: 'STATE_CHANGED', mediaState: 'READY' } } },
  ],
};

function chooseFile(input: HTMLInputElement, name: string, text: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('simulator shell: a loaded recording seeds the desktop profile', () => {
  it('"Use this desktop\'s shapes" plays the seeded profile, which the picker shows selected with its description', async () => {
    const { shell, engine, root, app } = await mountShell();
    const page = await app('App');
    await page.subscribe(['interaction']);
    shell.drawer = 'scenarios';
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-scenario-panel')!.shadowRoot!;
    expect(() => button(panel, "Use this desktop's shapes"), 'no offer before a recording is loaded').to.throw();

    chooseFile(panel.querySelector<HTMLInputElement>('input[type="file"]')!, 'old-desk.wwe-recording.json', JSON.stringify(LEGACY_SESSION));
    const offer = await until(() => {
      try {
        return button(panel, "Use this desktop's shapes");
      } catch {
        return undefined;
      }
    }, 'the offer to seed a profile');
    expect(engine.profile, 'loading a file alone keeps the profile').to.equal('vendor');
    offer.click();
    await settle(shell);

    expect(engine.profile).to.equal('recorded: old-desk');
    const seeded = engine.snapshot().profiles.find((profile) => profile.name === 'recorded: old-desk')!;
    expect(seeded).to.include({ eventTypeKey: 'type' });
    expect(seeded.description, 'the description tells what the desktop sends').to.contain('"type"');
    expect(panel.querySelector('[role="status"].hint')!.textContent).to.contain('recorded: old-desk').and.contain(seeded.description);

    // What the framed page receives from now on says `type`.
    const id = engine.inboundCall({ ani: '+33298000401' });
    const added = await until(() => page.received().find((message) => message.event === 'interaction' && (message.data as { interaction?: { interactionId?: string } }).interaction?.interactionId === id), 'the call to reach the page');
    expect(added.data).to.include({ type: 'ADDED' }).and.not.have.property('eventType');

    shell.drawer = 'faults';
    await settle(shell);
    const faults = deepQuery(root, 'wwe-sim-fault-panel')!.shadowRoot!;
    const select = faults.querySelector<HTMLSelectElement>('select[name="profile"]')!;
    expect([...select.options].map((option) => option.value)).to.deep.equal([...PROFILES.map((profile) => profile.name), 'recorded: old-desk']);
    expect(select.value).to.equal('recorded: old-desk');
    expect(select.selectedOptions[0].textContent).to.contain(seeded.description);
    expect(faults.querySelector('#profile-description')!.textContent).to.contain(seeded.description);

    // The picker goes back to a built-in profile and to the seeded one again.
    select.value = 'vendor';
    select.dispatchEvent(new Event('change'));
    expect(engine.profile).to.equal('vendor');
    select.value = 'recorded: old-desk';
    select.dispatchEvent(new Event('change'));
    expect(engine.profile).to.equal('recorded: old-desk');
  });
});
