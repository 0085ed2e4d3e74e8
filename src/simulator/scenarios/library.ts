import type { Timeline } from './timeline.js';

/** A caller the demo CRM knows (its record has this CustomerId). */
export const SAMPLE_CALLER = {
  ani: '+14155550142',
  callerName: 'Jordan Lee',
  userData: {
    CustomerId: 'C-1042',
    CustomerName: 'Jordan Lee',
    AccountNumber: 'ACC-77310',
    ContactReason: 'Billing question',
    Segment: 'Gold',
  },
} as const;

/** The scenarios the shell offers, as timelines: what the UI plays, a test or a demo can play too. */
export const SCENARIO_LIBRARY: readonly Timeline[] = [
  {
    id: 'inbound-call',
    name: 'Inbound call',
    description: 'A known customer calls; the call rings with attached data until the agent answers.',
    steps: [{ do: 'inboundCall', args: [SAMPLE_CALLER], as: 'call' }],
  },
  {
    id: 'outbound-dial',
    name: 'Outbound dial results',
    description: 'A dial meets a busy line, then a second dial is answered.',
    steps: [
      { do: 'setDialOutcome', args: ['busy'] },
      { do: 'dial', args: ['+14155550199'], as: 'busy' },
      { wait: 2000 },
      { do: 'markDone', args: ['$busy'] },
      { do: 'setDialOutcome', args: ['answer'] },
      { do: 'dial', args: ['+14155550123', { CampaignName: 'Renewals Preview' }], as: 'answered' },
    ],
  },
  {
    id: 'consult-transfer',
    name: 'Consult and transfer',
    description: 'The agent answers a call, consults a colleague (5002), then completes the transfer.',
    steps: [
      { do: 'inboundCall', args: [{ ani: '+14155550177', callerName: 'Sam Rivera', userData: { ContactReason: 'Upgrade' } }], as: 'call' },
      { wait: 1500 },
      { do: 'answer', args: ['$call'] },
      { wait: 2000 },
      { do: 'consult', args: ['$call', { type: 'AGENT', destination: '5002' }], as: 'consult' },
      { wait: 2500 },
      { do: 'completeTransfer', args: ['$consult'] },
    ],
  },
  {
    id: 'chat-arrival',
    name: 'Chat arrives',
    description: 'A web chat is offered, then accepted.',
    steps: [
      { do: 'chatArrival', args: [{ nickname: 'Priya N.', address: 'priya@example.com', subject: 'Delivery date', userData: { OrderId: 'SO-5521' } }], as: 'chat' },
      { wait: 1500 },
      { do: 'accept', args: ['$chat'] },
    ],
  },
  {
    id: 'email-arrival',
    name: 'E-mail arrives',
    description: 'An inbound e-mail is offered to the agent.',
    steps: [{ do: 'emailArrival', args: [{ from: 'm.dubois@example.org', subject: 'Invoice 2024-118 is wrong', userData: { InvoiceId: '2024-118' } }], as: 'mail' }],
  },
  {
    id: 'agent-state',
    name: 'Agent state changes',
    description: 'Ready, a break (Not Ready with reason), then Ready again.',
    steps: [
      { do: 'setAgentState', args: ['Ready'] },
      { wait: 1500 },
      { do: 'setAgentState', args: ['NotReady_Break'] },
      { wait: 3000 },
      { do: 'setAgentState', args: ['Ready'] },
    ],
  },
  {
    id: 'desktop-reload',
    name: 'Desktop reload',
    description: 'The desktop reloads: subscriptions are lost and every frame gets a new frameId.',
    steps: [{ do: 'reload' }],
  },
];
