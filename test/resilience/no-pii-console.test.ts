/**
 * The kit never writes what the agent's customers said or are called to the console: attached-data
 * values, party names and numbers stay out of every warning and error the kit prints, in the
 * development build the tests run (the production build prints less still). Every element is on
 * the page while a call with such data arrives, is edited, fails and ends.
 */
import { expect } from '@open-wc/testing';
import { ELEMENT_LOADERS, ELEMENT_TAGS } from '../../src/elements/registry.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.component.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.component.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const SECRETS = {
  callerName: 'Zenobia Quartermaine',
  ani: '+33299887766',
  note: 'card ending 4242, mother maiden name Ferreira',
  typed: 'wrote 7931 on the form',
  dialled: '+15550173999',
};

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Everything printed through `console` while `work` runs, as text. */
async function consoleDuring(work: () => Promise<void>): Promise<string[]> {
  const printed: string[] = [];
  const originals = METHODS.map((method) => console[method]);
  for (const method of METHODS) {
    console[method] = (...args: unknown[]) => {
      printed.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack ?? ''}` : typeof arg === 'string' ? arg : safeJson(arg))).join(' '));
    };
  }
  try {
    await work();
  } finally {
    METHODS.forEach((method, index) => (console[method] = originals[index]!));
  }
  return printed;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

describe('no personal data in the console', function () {
  this.timeout(60_000);
  let kit: KitOnDesktop;
  let host: HTMLElement;

  before(() => Promise.all(ELEMENT_TAGS.map((tag) => ELEMENT_LOADERS[tag]())));

  beforeEach(async () => {
    kit = await connectKit({}, 3000);
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    host.remove();
    kit.teardown();
  });

  it('prints no attached-data value, party name or number while every element works, fails and recovers', async () => {
    const printed = await consoleDuring(async () => {
      for (const tag of ELEMENT_TAGS) {
        const element = document.createElement(tag);
        if (tag === 'wwe-dial-button') element.setAttribute('number', SECRETS.dialled);
        if (tag === 'wwe-userdata-editor') element.setAttribute('keys', 'Note, Form');
        if (tag === 'wwe-markdone-guard') element.setAttribute('required-keys', 'Disposition');
        host.append(element);
      }
      const callId = await kit.desktop.inboundCall({ ani: SECRETS.ani, callerName: SECRETS.callerName, userData: { Note: SECRETS.note, Disposition: '' } });
      await kit.desktop.call('answer', callId);
      const editor = host.querySelector<WweUserdataEditor>('wwe-userdata-editor')!;
      await waitFor(() => editor.interaction?.interactionId === callId, 'the editor to follow the call');

      // Writes that the desktop refuses, then accepts; a dial it refuses.
      await kit.desktop.setFaults({ hostErrors: { 'interaction.setUserData': 'Refused', 'voice.dial': 'Refused' } });
      editor.value = { Form: SECRETS.typed };
      expect(await editor.save()).to.equal(false);
      expect(await host.querySelector<WweDialButton>('wwe-dial-button')!.dial()).to.equal(false);
      await kit.desktop.setFaults({});
      expect(await editor.save()).to.equal(true);

      // Parameters the development build warns about, carrying the secrets.
      await kit.connection.request('interaction.setUserData', [callId, SECRETS.note as unknown as Record<string, string>]).catch(() => undefined);
      await kit.connection.request('voice.dial', [{ number: SECRETS.dialled } as unknown as string]).catch(() => undefined);

      // The raw dial above placed a second call, which the guard may follow (unblocking the first)
      // at any time; the agent fills the key, so the call can be ended whichever call the guard watches.
      await kit.desktop.call('setUserData', callId, { Disposition: 'Resolved' });
      await waitFor(async () => !(await kit.desktop.snapshot()).markdoneBlocks.some((block) => block.interactionId === callId), 'the call no longer blocked');
      await kit.desktop.endInteraction(callId);
      await waitFor(() => kit.connection.stats().pendingRequests === 0, 'every request settled');
    });
    // The run must have printed something (development warnings), or it proves nothing.
    expect(printed.length, 'what the run printed').to.be.above(0);
    const leaks = printed.filter((line) => Object.values(SECRETS).some((secret) => line.includes(secret)));
    expect(leaks).to.deep.equal([]);
  });
});
