import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/agent-state/agent-state.js';
import type { WweAgentState } from '../../src/elements/agent-state/agent-state.js';
import { getConnection } from '../../src/connection/index.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

const select = (el: WweAgentState) => el.shadowRoot!.querySelector('select')!;
const selectedText = (el: WweAgentState) => select(el).selectedOptions[0]?.textContent?.trim();
const statusText = (el: WweAgentState) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const parametersOf = (entry: { payload: unknown } | undefined) => (entry!.payload as { parameters: unknown[] }).parameters;

/** Picks `operationName` as a user would: the select changes, then fires `change`. */
function pick(el: WweAgentState, operationName: string): void {
  select(el).value = operationName;
  select(el).dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<wwe-agent-state>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit();
    });
    afterEach(() => kit.teardown());

    async function readyElement(template = html`<wwe-agent-state></wwe-agent-state>`): Promise<WweAgentState> {
      const el = await fixture<WweAgentState>(template);
      await waitFor(() => !select(el).disabled && el.agentState !== undefined, 'the state list');
      await el.updateComplete;
      return el;
    }

    it('shows the current state and lists the states, with the Not Ready reasons grouped', async () => {
      const el = await readyElement();
      expect(selectedText(el)).to.equal('Ready');
      const topLevel = [...select(el).children].map((child) => (child instanceof HTMLOptGroupElement ? `[${child.label}]` : child.textContent!.trim()));
      expect(topLevel).to.deep.equal(['Ready', 'Not Ready', '[Not Ready reasons]', 'After Call Work', 'Log Off']);
      const grouped = [...select(el).querySelectorAll('optgroup option')].map((option) => (option as HTMLOptionElement).value);
      expect(grouped).to.deep.equal(['NotReady_Break', 'NotReady_Lunch', 'NotReady_Meeting', 'NotReady_Training']);
    });

    it('changes the state through the desktop and fires wwe-agent-state-change', async () => {
      const el = await readyElement();
      setTimeout(() => pick(el, 'NotReady_Lunch'));
      const event = await oneEvent(el, 'wwe-agent-state-change');
      expect(event.detail).to.deep.equal({ operationName: 'NotReady_Lunch' });
      const [request] = await loggedRequests(kit.desktop, 'agent.setState');
      expect(parametersOf(request)).to.deep.equal(['NotReady_Lunch']);
      await waitFor(() => el.agentState?.operationName === 'NotReady_Lunch', 'the new state');
      await el.updateComplete;
      expect(selectedText(el)).to.equal('Not Ready - Lunch');
      expect(el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.contain('State changed to Not Ready - Lunch');
      expect((await kit.desktop.snapshot()).agentState.operationName).to.equal('NotReady_Lunch');
    });

    it('follows a change made on the desktop', async () => {
      const el = await readyElement();
      await kit.desktop.setAgentState('AfterCallWork');
      await waitFor(() => selectedText(el) === 'After Call Work', 'the desktop change');
      expect(el.shadowRoot!.querySelector('.indicator')!.classList.contains('indicator--after-call-work')).to.equal(true);
    });

    it('snaps back and shows the refusal when the desktop refuses', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'agent.setState': 'Not allowed during a call' } });
      const el = await readyElement();
      setTimeout(() => pick(el, 'Logout'));
      await oneEvent(el, 'wwe-error');
      await el.updateComplete;
      expect(selectedText(el)).to.equal('Ready');
      expect(statusText(el)).to.contain('Not allowed during a call');
    });

    it('refuses an operation that is not in the list, and is disabled by attribute or property', async () => {
      const el = await fixture<WweAgentState>(html`<wwe-agent-state disabled></wwe-agent-state>`);
      await waitFor(() => el.agentState !== undefined && el.stateList.length > 0, 'the state list');
      await el.updateComplete;
      expect(select(el).disabled).to.equal(true);
      expect(selectedText(el)).to.equal('Ready');
      el.disabled = false;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.equal(false);
      expect(select(el).disabled).to.equal(false);
      expect(await el.setState('Vacation')).to.equal(false);
      await el.updateComplete;
      expect(statusText(el)).to.contain('The request has invalid values.');
      expect(await loggedRequests(kit.desktop, 'agent.setState')).to.have.length(0);
    });
  });

  it('says the state is unknown outside a desktop', async () => {
    getConnection().dispose();
    const el = await fixture<WweAgentState>(html`<wwe-agent-state></wwe-agent-state>`);
    await waitFor(() => getConnection().state === 'unavailable', 'unavailable');
    await el.updateComplete;
    expect(selectedText(el)).to.equal('Unknown state');
    getConnection().dispose();
  });
});
