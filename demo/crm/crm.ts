/**
 * The demo CRM, a plain HTML page hosted by Agent Desktop as an interaction-level view. It shows
 * the caller's record when a call arrives (screen pop), dials from the record with
 * <wwe-dial-button>, answers and hangs up, attaches notes to the call, and pops a toast whose
 * buttons come back to this page. Everything goes through the kit's `wwe` client.
 */
import '../../src/elements/dial-button/dial-button.js';
import { getConnection, isWweError, wwe, type Interaction } from '../../src/index.js';
import { configureFromQuery } from '../shared/desktop-origin.js';
import { CUSTOMERS, findCustomer, type Customer } from './customers.js';
import { fillFacts, renderCustomer, renderCustomerList } from './record.js';

configureFromQuery();

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const answerButton = $<HTMLButtonElement>('#answer');
const hangUpButton = $<HTMLButtonElement>('#hang-up');
const saveButton = $<HTMLButtonElement>('#save-notes');
const notes = $<HTMLTextAreaElement>('#notes');

let customer: Customer = CUSTOMERS[0];
let call: Interaction | undefined;
const LIVE = ['RINGING', 'DIALING', 'ESTABLISHED', 'HELD'];

function feedback(message: string): void {
  $('#feedback').textContent = message;
}

function failure(action: string, error: unknown): void {
  feedback(`${action} failed: ${isWweError(error) ? `${error.code} — ${error.message}` : String(error)}`);
}

function showCustomer(next: Customer, screenPop = false): void {
  customer = next;
  renderCustomer(next);
  renderCustomerList(CUSTOMERS, next, (chosen) => showCustomer(chosen));
  $('#screen-pop').hidden = !screenPop;
}

function showCall(): void {
  const live = call !== undefined && LIVE.includes(call.state);
  answerButton.disabled = call?.state !== 'RINGING';
  hangUpButton.disabled = !live;
  saveButton.disabled = call === undefined;
  if (!call) {
    $('#call-summary').textContent = 'No call right now. Ring the agent from the simulator.';
    fillFacts($('#call-data'), []);
    return;
  }
  const party = call.parties[0]?.name ?? call.ani ?? 'Unknown';
  $('#call-summary').textContent = `${call.direction === 'OUT' ? 'Call to' : 'Call from'} ${party} — ${call.state.toLowerCase()}`;
  const data = Object.entries(call.userData).filter(([key]) => !key.startsWith('IW_'));
  fillFacts($('#call-data'), [['Interaction', call.interactionId], ...data.map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)])]);
}

/** Follows the desktop's voice calls; a new one pops its customer's record. */
function track(interaction: Interaction, eventType: string): void {
  if (interaction.media !== 'voice') return;
  if (eventType === 'REMOVED') {
    if (call?.interactionId === interaction.interactionId) call = undefined;
  } else if (!call || call.interactionId === interaction.interactionId || interaction.isCaseSelected) {
    const isNew = call?.interactionId !== interaction.interactionId;
    call = interaction;
    const match = isNew ? findCustomer(interaction.userData.CustomerId, interaction.ani ?? interaction.dnis) : undefined;
    if (match) showCustomer(match, true);
  }
  showCall();
}

wwe.subscribe('interaction', ({ eventType, interaction }) => track(interaction, eventType));

wwe.subscribe('system', (event) => {
  if (event.eventType === 'CUSTOM_TOAST_BUTTON_CLICK') feedback(`You clicked “${event.button}” on the toast.`);
});

answerButton.addEventListener('click', () => {
  if (call) wwe.voice.answer(call.interactionId).catch((error: unknown) => failure('Answer', error));
});
hangUpButton.addEventListener('click', () => {
  if (call) wwe.voice.hangUp(call.interactionId).catch((error: unknown) => failure('Hang up', error));
});

saveButton.addEventListener('click', async () => {
  if (!call) return;
  try {
    // The text stays in the box until the desktop confirms: a failed write loses nothing.
    await wwe.interaction.setUserData(call.interactionId, { Notes: notes.value });
    feedback('Notes attached to the call.');
  } catch (error) {
    failure('Attaching notes', error);
  }
});

$('#remind').addEventListener('click', async () => {
  try {
    await wwe.system.popupToast({
      title: 'Follow-up',
      subject: `${customer.name} · ${customer.openCase.id}`,
      message: `Call back about:\n${customer.openCase.subject}`,
      keyValues: { Account: customer.account, Segment: customer.segment },
      buttons: ['Open record', 'Snooze'],
      buttonShowDismiss: true,
    });
    feedback('Toast shown in Agent Desktop.');
  } catch (error) {
    failure('Toast', error);
  }
});

function showConnection(state: string): void {
  const pill = $('#connection');
  pill.textContent = state === 'ready' ? 'Connected to Agent Desktop' : `Agent Desktop: ${state}`;
  pill.classList.toggle('ready', state === 'ready');
}
getConnection().onStateChange(({ state }) => showConnection(state));
showConnection(getConnection().state);

showCustomer(customer);
showCall();
wwe.interaction
  .getInteractions()
  .then((interactions) => interactions.forEach((interaction) => track(interaction, 'LOADED')))
  .catch((error: unknown) => failure('Loading interactions', error));
