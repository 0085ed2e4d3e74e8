/**
 * The behaviour every framework's call-desk demo must show, run against each one in the real
 * browser with the page's shared connection on a simulated desktop in a cross-origin frame. The
 * apps render the same markup (`data-field`, `data-action`, `data-out`) with their own
 * framework's bindings, so one spec drives them all through the DOM, as a user would.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { UserData } from '../../src/protocol/index.js';
import { FIRST_NUMBER } from '../../demo/frameworks/shared/call-desk.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

export interface MountedApp {
  /** Unmounts the whole app the framework's way. */
  unmount(): void | Promise<void>;
}

/** Mounts the framework's app inside `container` (already in the document). */
export type MountApp = (container: HTMLElement) => MountedApp | Promise<MountedApp>;

const DESKTOP_DATA: UserData = { Notes: 'first call' };

function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const editorControl = <T extends HTMLElement = HTMLInputElement>(editor: WweUserdataEditor, key: string) =>
  editor.shadowRoot?.querySelector<T>(`[data-key="${key}"] [part="input"]`) ?? null;

/** Replaces the text of a (framework or element) field by typing, as a user does. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

export function describeCallDesk(framework: string, mountApp: MountApp): void {
  describe(`${framework} call desk (demo/frameworks)`, () => {
    let kit: KitOnDesktop;
    let callId: string;
    let container: HTMLElement;
    let app: MountedApp | undefined;
    const out = (name: string) => find(container, `[data-out="${name}"]`).textContent!.trim();
    const editor = () => find<WweUserdataEditor>(container, 'wwe-userdata-editor');

    beforeEach(async () => {
      kit = await connectKit();
      callId = await kit.desktop.inboundCall({ ani: '+33298000000', userData: DESKTOP_DATA });
      await kit.desktop.call('answer', callId);
      container = document.createElement('div');
      document.body.append(container);
      app = await mountApp(container);
      // Some frameworks render after mount() returns.
      await waitFor(() => {
        const shown = container.querySelector<WweUserdataEditor>('wwe-userdata-editor');
        return shown !== null && editorControl(shown, 'Notes')?.value === DESKTOP_DATA.Notes;
      }, 'the editor to show the call');
    });

    afterEach(async () => {
      await app?.unmount();
      container.remove();
      kit.teardown();
    });

    it('passes framework state into element properties, attributes and rendering', async () => {
      const dialButton = find<WweDialButton>(container, 'wwe-dial-button');
      expect(dialButton.number).to.equal(FIRST_NUMBER);

      await typeInto(find<HTMLInputElement>(container, '[data-field="number"]'), '+33 1 23 45 67 89');
      await waitFor(() => dialButton.number === '+33 1 23 45 67 89', 'the bound number to reach the button');
      await dialButton.updateComplete;
      expect(dialButton.getAttribute('number')).to.equal('+33 1 23 45 67 89');
      expect(find(dialButton.shadowRoot!, '[part="button"]').getAttribute('aria-label')).to.equal('Call +33123456789');

      expect(editorControl<HTMLSelectElement>(editor(), 'Disposition')!.localName).to.equal('select');
      find<HTMLInputElement>(container, '[data-field="readonly"]').click();
      await waitFor(() => editor().readonly, 'the editor to turn read-only');
      await editor().updateComplete;
      expect(editor().hasAttribute('readonly')).to.equal(true);
      const disposition = editorControl(editor(), 'Disposition')!;
      expect(disposition.localName).to.equal('input');
      expect(disposition.readOnly).to.equal(true);
    });

    it("turns the elements' events into framework state", async () => {
      // Recording first: the dial makes a newer call, which the recording control would follow.
      expect(out('recording')).to.not.equal('RECORDING');
      await kit.desktop.call('startRecording', callId);
      await waitFor(() => out('recording') === 'RECORDING', 'wwe-recording-change to reach the app');

      expect(out('dialed')).to.not.equal('+33298000000');
      find<HTMLButtonElement>(find<WweDialButton>(container, 'wwe-dial-button').shadowRoot!, '[part="button"]').click();
      await waitFor(() => out('dialed') === '+33298000000', 'wwe-dial to reach the app');
    });

    it('binds the editor both ways: typing updates the app, the app and the desktop update the editor', async () => {
      await typeInto(editorControl(editor(), 'Notes')!, 'Call back on Monday');
      await waitFor(() => out('userdata') === '{"Notes":"Call back on Monday"}', 'typing to reach the bound data');

      find<HTMLButtonElement>(container, '[data-action="mark-sale"]').click();
      await waitFor(() => editorControl<HTMLSelectElement>(editor(), 'Disposition')?.value === 'Sale', 'the app to set the editor');
      expect(editor().value).to.deep.equal({ Disposition: 'Sale', Notes: 'Call back on Monday' });

      find<HTMLButtonElement>(container, '[data-action="save"]').click();
      await waitFor(async () => {
        const call = (await kit.desktop.snapshot()).interactions.find((interaction) => interaction.interactionId === callId);
        return call?.userData.Disposition === 'Sale' && call.userData.Notes === 'Call back on Monday';
      }, 'the desktop to store the saved data');

      await kit.desktop.call('setUserData', callId, { Notes: 'Changed in the desktop' });
      await waitFor(() => out('userdata') === '{"Disposition":"Sale","Notes":"Changed in the desktop"}', 'the desktop change to reach the bound data');
    });

    it('releases every subscription when a section is unmounted and when the app is', async () => {
      const { connection } = kit;
      await waitFor(() => find(container, 'wwe-event-log') !== null && connection.stats().hostSubscriptions > 0, 'the elements to subscribe');
      const listenersWithTools = connection.stats().listeners;

      find<HTMLInputElement>(container, '[data-field="call-tools"]').click();
      await waitFor(() => container.querySelector('wwe-event-log, wwe-recording-control, wwe-interaction-info') === null, 'the call tools to unmount');
      expect(connection.stats().listeners).to.be.below(listenersWithTools);
      expect(connection.stats().listeners).to.be.above(0);

      await app!.unmount();
      app = undefined;
      expect(container.querySelector('[data-out]')).to.equal(null);
      // Host subscriptions go with the desktop's answers to the unsubscribe requests.
      await waitFor(() => {
        const { listeners, hostSubscriptions, pendingRequests } = connection.stats();
        return listeners === 0 && hostSubscriptions === 0 && pendingRequests === 0;
      }, 'every subscription to go');
    });
  });
}
