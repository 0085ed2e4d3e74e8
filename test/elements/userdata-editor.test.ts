import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/userdata-editor/userdata-editor.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { UserData } from '../../src/protocol/index.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import type { RemoteDesktopOptions } from '../helpers/desktop.js';
import { waitFor } from '../helpers/frames.js';
import { control, desktopData, messageOf, partIn, row, typeInto, typeNumbers } from './userdata-editor-dom.js';

const SPECS = JSON.stringify([
  { key: 'Disposition', label: 'Outcome', type: 'enum', options: ['Sale', 'No sale'], required: true },
  { key: 'Amount', type: 'number' },
  { key: 'VIP', type: 'boolean' },
  'Notes',
]);


async function setup(options: RemoteDesktopOptions = {}, userData: UserData = { Notes: 'old', Amount: 5 }) {
  const kit = await connectKit(options);
  const id = await kit.desktop.inboundCall({ ani: '+33298000000', userData });
  return { kit, id };
}

async function editorFor(id: string, template = html`<wwe-userdata-editor interaction-id=${id} keys=${SPECS}></wwe-userdata-editor>`) {
  const el = await fixture<WweUserdataEditor>(template);
  await waitFor(() => el.interaction !== undefined && row(el, 'Notes') !== null, 'the editor to show the call');
  return el;
}

describe('<wwe-userdata-editor>', () => {
  let kit: KitOnDesktop;
  let id: string;
  afterEach(() => kit?.teardown());

  describe('on a healthy desktop', () => {
    beforeEach(async () => ({ kit, id } = await setup()));

    it('shows declared keys in order with labels and typed controls, and writes typed values', async () => {
      const el = await editorFor(id);
      const keys = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="field"]')].map((field) => field.dataset.key);
      expect(keys).to.deep.equal(['Disposition', 'Amount', 'VIP', 'Notes']);
      expect(row(el, 'Disposition')!.querySelector('label')!.textContent).to.contain('Outcome');
      expect(control(el, 'Amount').value).to.equal('5');
      expect(control(el, 'VIP').type).to.equal('checkbox');

      setTimeout(() => typeInto(el, 'Amount', '42.5'));
      const change = await oneEvent(el, 'wwe-userdata-change');
      expect(change.detail).to.deep.equal({ interactionId: id, changes: { Amount: 42.5 }, deleted: [] });
      control(el, 'VIP').click();
      await oneEvent(el, 'wwe-userdata-change');
      const select = control<HTMLSelectElement>(el, 'Disposition');
      select.value = 'Sale';
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await oneEvent(el, 'wwe-userdata-change');
      const writes = (await loggedRequests(kit.desktop, 'interaction.setUserData')).map((entry) => (entry.payload as { parameters: unknown[] }).parameters);
      expect(writes).to.deep.equal([
        [id, { Amount: 42.5 }],
        [id, { VIP: true }],
        [id, { Disposition: 'Sale' }],
      ]);
      expect(await desktopData(kit, id)).to.deep.include({ Amount: 42.5, VIP: true, Disposition: 'Sale' });
    });

    it('keeps text that is not a number unsaved and marks it invalid', async () => {
      const el = await editorFor(id);
      typeInto(el, 'Amount', '12a');
      await el.updateComplete;
      expect(control(el, 'Amount').getAttribute('aria-invalid')).to.equal('true');
      expect(messageOf(el, 'Amount')).to.equal('Enter a number');
      expect(el.value.Amount).to.equal('12a');
      expect(await loggedRequests(kit.desktop, 'interaction.setUserData')).to.have.length(0);
    });

    it('keeps every character a user types into a number field, and stores the number it means', async () => {
      const el = await editorFor(id);
      // The decimal comma of French or German pages: userdata-editor-keeps-input.test.ts.
      const cases: Array<[typed: string, stored: number]> = [['1.5', 1.5], ['0.05', 0.05], ['-3', -3], ['1e3', 1000]];
      await typeNumbers(kit, el, id, 'Amount', cases);
    });

    it('follows a desktop change to a key nobody edits, and fires input for bound models', async () => {
      const el = await editorFor(id);
      const followed = oneEvent(el, 'input');
      await kit.desktop.call('setUserData', id, { Notes: 'from the agent' });
      await followed;
      expect(control(el, 'Notes').value).to.equal('from the agent');
      expect(el.value.Notes).to.equal('from the agent');
    });

    it('turns a desktop change to a key being edited into a conflict: "keep mine" writes mine', async () => {
      const el = await editorFor(id);
      typeInto(el, 'Notes', 'mine', false);
      await kit.desktop.call('setUserData', id, { Notes: 'theirs' });
      await waitFor(() => partIn(el, 'Notes', 'conflict') !== null, 'the conflict');
      expect(control(el, 'Notes').value).to.equal('mine');
      expect(messageOf(el, 'Notes')).to.contain('Notes was changed in Agent Desktop while you were editing.').and.contain('In Agent Desktop: theirs');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Notes was changed');
      partIn(el, 'Notes', 'keep-mine-button')!.click();
      await oneEvent(el, 'wwe-userdata-change');
      expect((await desktopData(kit, id)).Notes).to.equal('mine');
      expect(partIn(el, 'Notes', 'conflict') === null).to.equal(true);
    });

    it('"use desktop value" drops the input and writes nothing', async () => {
      const el = await editorFor(id);
      typeInto(el, 'Notes', 'mine', false);
      await kit.desktop.call('setUserData', id, { Notes: 'theirs' });
      await waitFor(() => partIn(el, 'Notes', 'use-desktop-button') !== null, 'the conflict');
      partIn(el, 'Notes', 'use-desktop-button')!.click();
      await el.updateComplete;
      expect(control(el, 'Notes').value).to.equal('theirs');
      expect(el.value.Notes).to.equal('theirs');
      expect(await loggedRequests(kit.desktop, 'interaction.setUserData')).to.have.length(0);
    });

    it('shows a write at once, rolls it back on failure, keeps the input, and retries', async () => {
      await kit.desktop.setFaults({ latencyMs: 150, hostErrors: { 'interaction.setUserData': 'CRM backend down' } });
      const el = await editorFor(id);
      const failed = oneEvent(el, 'wwe-error');
      typeInto(el, 'Notes', 'new');
      await el.updateComplete;
      expect(el.committed.Notes).to.equal('new');
      expect(messageOf(el, 'Notes')).to.equal('Saving…');
      expect((await failed).detail.error.code).to.equal('HOST_ERROR');
      await waitFor(() => messageOf(el, 'Notes') !== 'Saving…', 'the write to settle');
      expect(el.committed.Notes).to.equal('old');
      expect(control(el, 'Notes').value).to.equal('new');
      expect(messageOf(el, 'Notes')).to.contain('Not saved: Agent Desktop refused the request.').and.contain('In Agent Desktop: old');
      expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('CRM backend down');
      await kit.desktop.setFaults({});
      partIn(el, 'Notes', 'retry-button')!.click();
      await oneEvent(el, 'wwe-userdata-change');
      expect((await desktopData(kit, id)).Notes).to.equal('new');
      expect(messageOf(el, 'Notes')).to.equal('');
    });

    it('without keys shows every key, adds and deletes keys, and shows nested values read-only as JSON', async () => {
      await kit.desktop.call('setUserData', id, { Nested: { a: [1, 2] } });
      const el = await editorFor(id, html`<wwe-userdata-editor interaction-id=${id}></wwe-userdata-editor>`);
      await waitFor(() => row(el, 'Nested') !== null, 'the nested key');
      const nested = control<HTMLTextAreaElement>(el, 'Nested');
      expect(nested.readOnly).to.equal(true);
      expect(JSON.parse(nested.value)).to.deep.equal({ a: [1, 2] });
      expect(row(el, 'IW_CaseUid') !== null).to.equal(true);

      const [newKey, newValue] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="add"] input')];
      newKey!.value = 'Ticket';
      newKey!.dispatchEvent(new Event('input'));
      newValue!.value = 'T-9';
      newValue!.dispatchEvent(new Event('input'));
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
      expect((await oneEvent(el, 'wwe-userdata-change')).detail.changes).to.deep.equal({ Ticket: 'T-9' });

      await kit.desktop.setFaults({ latencyMs: 150, hostErrors: { 'interaction.deleteUserData': 'Locked' } });
      partIn(el, 'Notes', 'delete-button')!.click();
      await el.updateComplete;
      expect(row(el, 'Notes') === null).to.equal(true);
      await oneEvent(el, 'wwe-error');
      await waitFor(() => row(el, 'Notes') !== null, 'the key to come back');
      expect(control(el, 'Notes').value).to.equal('old');
      await kit.desktop.setFaults({});
      partIn(el, 'Notes', 'retry-button')!.click();
      expect((await oneEvent(el, 'wwe-userdata-change')).detail.deleted).to.deep.equal(['Notes']);
      const [request] = await loggedRequests(kit.desktop, 'interaction.deleteUserData');
      expect((request!.payload as { parameters: unknown[] }).parameters).to.deep.equal([id, 'Notes']);
      expect(await desktopData(kit, id)).to.not.have.property('Notes');
    });

    it('takes part in a form: entries, valueMissing, reset, disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><wwe-userdata-editor name="ud" interaction-id=${id} keys=${SPECS}></wwe-userdata-editor></fieldset></form>`);
      const el = form.querySelector('wwe-userdata-editor')!;
      await waitFor(() => row(el, 'Notes') !== null, 'the editor');
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([
        ['ud[Amount]', '5'],
        ['ud[Notes]', 'old'],
      ]);
      expect(el.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Outcome: Required');

      typeInto(el, 'Notes', 'draft', false);
      await el.updateComplete;
      expect(new FormData(form).get('ud[Notes]')).to.equal('draft');
      form.reset();
      await el.updateComplete;
      expect(control(el, 'Notes').value).to.equal('old');

      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
    });

    it('works with v-model style bindings: value in, input and change out', async () => {
      const el = await editorFor(id);
      const inputs: unknown[] = [];
      el.addEventListener('input', () => inputs.push((el.value as UserData).Notes));
      control(el, 'Notes').focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      expect(inputs).to.deep.equal(['old!']);
      const changed = oneEvent(el, 'change');
      const written = oneEvent(el, 'wwe-userdata-change');
      await sendKeys({ press: 'Enter' });
      await changed;
      expect((await written).detail.changes).to.deep.equal({ Notes: 'old!' });
      el.value = { Notes: 'from the model' };
      await el.updateComplete;
      expect(control(el, 'Notes').value).to.equal('from the model');
      expect(await el.save()).to.equal(true);
      expect((await desktopData(kit, id)).Notes).to.equal('from the model');
    });

    it('is the same from properties as from attributes, and read-only when asked', async () => {
      const el = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor></wwe-userdata-editor>`);
      el.interactionId = id;
      el.keys = ['Notes', { key: 'Amount', type: 'number' }];
      el.readonly = true;
      await waitFor(() => row(el, 'Notes') !== null, 'the editor');
      expect(el.getAttribute('interaction-id')).to.equal(id);
      expect(el.hasAttribute('readonly')).to.equal(true);
      expect(control(el, 'Notes').readOnly).to.equal(true);
      expect(messageOf(el, 'Notes')).to.equal('Read only');
      expect(partIn(el, 'Notes', 'delete-button') === null).to.equal(true);
      el.setAttribute('keys', 'Amount, Notes');
      el.removeAttribute('readonly');
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="field"]')].map((field) => field.dataset.key)).to.deep.equal(['Amount', 'Notes']);
      expect(control(el, 'Notes').readOnly).to.equal(false);
    });

    it('reports a keys attribute it cannot use', async () => {
      const el = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id}></wwe-userdata-editor>`);
      setTimeout(() => el.setAttribute('keys', '[{"key":"A","type":"date"}'));
      const error = await oneEvent(el, 'wwe-error');
      expect(error.detail.error.code).to.equal('INVALID_ARGUMENT');
      expect(error.detail.action).to.equal('keys');
    });

    it('passes axe', async () => {
      const el = await editorFor(id);
      typeInto(el, 'Amount', 'x');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  it('keeps the call after it is released, for wrap-up data, until it leaves the desktop', async () => {
    ({ kit, id } = await setup());
    await kit.desktop.call('answer', id);
    const el = await editorFor(id, html`<wwe-userdata-editor keys=${SPECS}></wwe-userdata-editor>`);
    expect(el.interaction?.interactionId).to.equal(id);
    await kit.desktop.call('hangUp', id);
    await waitFor(() => el.interaction?.state === 'RELEASED', 'the release to reach the editor');
    expect(row(el, 'Notes')).not.to.equal(null);
    await kit.desktop.call('markDone', id);
    await waitFor(() => el.interaction === undefined, 'the editor to let the call go');
  });

  it("makes keys the desktop's write list refuses read-only, with the reason, and keeps the input", async () => {
    ({ kit, id } = await setup({ userDataWriteAllowed: ['Notes'] }));
    const el = await editorFor(id);
    setTimeout(() => typeInto(el, 'Amount', '7'));
    await oneEvent(el, 'wwe-error');
    // The field is read-only while its write is in flight too: wait for the refusal itself.
    await waitFor(() => messageOf(el, 'Amount').includes('The desktop does not allow changing Amount'), 'the refusal under the field');
    expect(control(el, 'Amount').readOnly).to.equal(true);
    expect(control(el, 'Amount').value).to.equal('7');
    expect(partIn(el, 'Amount', 'retry-button') === null).to.equal(true);
    typeInto(el, 'Notes', 'allowed');
    await oneEvent(el, 'wwe-userdata-change');
    expect(await desktopData(kit, id)).to.deep.include({ Notes: 'allowed', Amount: 5 });
  });

  it('is read-only with the reason when the desktop does not allow setUserData', async () => {
    ({ kit, id } = await setup({ acceptedOrigins: `${location.origin} (agent.*, media.*, system.*, interaction.getInteractions)` }));
    const el = await editorFor(id);
    await waitFor(() => kit.connection.allowedServices !== undefined, 'the allowed services');
    await el.updateComplete;
    expect(control(el, 'Notes').readOnly).to.equal(true);
    expect(messageOf(el, 'Notes')).to.equal('Not allowed by the Agent Desktop security configuration');
  });
});
