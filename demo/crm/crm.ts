/**
 * The demo CRM, a plain HTML page hosted by Agent Desktop as an interaction-level view. The kit's
 * elements do the desktop work where a CRM needs it (agent state and connection in the header,
 * call handling and recording on the current interaction, wrap-up data with a mark-done guard,
 * click-to-dial and e-mail on the record, a reminder toast); this module only adds what is the
 * CRM's own business: which record to show (screen pop on a new call) and what the toast says.
 */
// First import: the page is also served under `trusted-types 'none'` (?csp=strict), where Lit may
// not create its own policy (the opt-in of src/csp/lit-trusted-types.ts).
import '../../src/csp/lit-trusted-types.js';
// Then: pins the desktop origin before any element talks to the desktop.
import '../shared/connection-origin.js';
import { mountLocaleSwitch } from '../shared/locale-switch.js';
import '../../src/elements/connection-status/connection-status.js';
import '../../src/elements/agent-state/agent-state.js';
import '../../src/elements/interaction-info/interaction-info.js';
import '../../src/elements/call-controls/call-controls.js';
import '../../src/elements/recording-control/recording-control.js';
import '../../src/elements/userdata-editor/userdata-editor.js';
import '../../src/elements/markdone-guard/markdone-guard.js';
import '../../src/elements/toast-trigger/toast-trigger.js';
import '../../src/elements/case-selector/case-selector.js';
import '../../src/elements/dial-button/dial-button.js';
import '../../src/elements/email-button/email-button.js';
import '../../src/elements/tel-links/tel-links.js';
import { getStore, type Interaction, type UserDataFieldSpec } from '../../src/index.js';
import { CUSTOMERS, findCustomer, type Customer } from './customers.js';
import { renderCustomer, renderCustomerList } from './record.js';

/** What the agent records about a call; the desktop's reporting reads these keys. */
const WRAP_UP_FIELDS: UserDataFieldSpec[] = [
  { key: 'ContactReason', label: 'Reason (IVR)', readonly: true },
  { key: 'Disposition', type: 'enum', required: true, options: ['Resolved', 'Refund issued', 'Call back', 'Escalated'] },
  { key: 'Notes', type: 'text' },
  { key: 'FollowUp', label: 'Follow-up needed', type: 'boolean' },
];

const editor = document.querySelector('wwe-userdata-editor')!;
const reminder = document.querySelector('wwe-toast-trigger')!;
const feedback = document.getElementById('feedback')!;
editor.keys = WRAP_UP_FIELDS;

let customer: Customer = CUSTOMERS[0]!;
/** Which record each open reminder is about, so its "Open record" button opens the right one. */
const reminded = new Map<string, Customer>();
/** Calls already seen: only a new call pops its record, so the agent's own browsing is left alone. */
const seenCalls = new Set<string>();

function showCustomer(next: Customer, screenPop = false): void {
  customer = next;
  renderCustomer(next);
  renderCustomerList(CUSTOMERS, next, (chosen) => showCustomer(chosen));
  document.getElementById('screen-pop')!.hidden = !screenPop;
  reminder.subject = `${next.name} · ${next.openCase.id}`;
  reminder.message = `Call back about:\n${next.openCase.subject}`;
  reminder.keyValues = { Account: next.account, Segment: next.segment };
}

/** Screen pop: a call the page has not seen yet shows its customer's record. */
function popRecordFor(interaction: Interaction): void {
  if (interaction.media !== 'voice' || seenCalls.has(interaction.interactionId)) return;
  seenCalls.add(interaction.interactionId);
  const match = findCustomer(interaction.userData.CustomerId, interaction.ani ?? interaction.dnis);
  if (match) showCustomer(match, true);
}

// The store, not raw events: it merges partial events and knows each interaction's media even when
// the desktop sends it at the event level only (as the vendor's own example does).
getStore().subscribe(['interactions'], ({ interactions }) => {
  for (const interaction of interactions.values()) popRecordFor(interaction);
  for (const id of seenCalls) if (!interactions.has(id)) seenCalls.delete(id);
});

reminder.addEventListener('wwe-toast-open', ({ detail }) => reminded.set(detail.toastId, customer));
reminder.addEventListener('wwe-toast-close', ({ detail }) => reminded.delete(detail.toastId));
reminder.addEventListener('wwe-toast-button-click', ({ detail }) => {
  const about = reminded.get(detail.toastId);
  if (detail.button === 'Open record' && about) showCustomer(about);
  feedback.textContent = `“${detail.button}” clicked on the reminder${about ? ` about ${about.name}` : ''}.`;
});

showCustomer(customer);
// The language and direction switch; the kit's elements follow the page's lang and dir.
mountLocaleSwitch(document.querySelector('.app-bar')!);
