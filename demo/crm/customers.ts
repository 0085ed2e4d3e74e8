/** The demo CRM's records. CustomerId C-1042 is the caller of the simulator's sample call. */
export interface Customer {
  id: string;
  name: string;
  account: string;
  segment: string;
  email: string;
  phones: { label: string; number: string }[];
  openCase: { id: string; subject: string; status: string; opened: string };
  /** Notes left by colleagues; phone numbers in them are `tel:` links. */
  activity: { when: string; author: string; text: string; phone?: string }[];
}

export const CUSTOMERS: readonly Customer[] = [
  {
    id: 'C-1042',
    name: 'Jordan Lee',
    account: 'ACC-77310',
    segment: 'Gold',
    email: 'jordan.lee@example.com',
    phones: [
      { label: 'Mobile', number: '+1 415 555 0142' },
      { label: 'Office', number: '+1 415 555 0188' },
    ],
    openCase: { id: 'CS-20931', subject: 'Double charge on the March invoice', status: 'Waiting on customer', opened: '2 days ago' },
    activity: [
      { when: 'Yesterday', author: 'Maria (Billing)', text: 'Refund approved by finance. Jordan’s assistant asked to be called at', phone: '+1 415 555 0199' },
      { when: '2 days ago', author: 'Tom', text: 'Customer reports two charges of $129.00 on the March invoice.' },
    ],
  },
  {
    id: 'C-2210',
    name: 'Sam Rivera',
    account: 'ACC-11802',
    segment: 'Silver',
    email: 'sam.rivera@example.com',
    phones: [{ label: 'Mobile', number: '+1 415 555 0177' }],
    openCase: { id: 'CS-21007', subject: 'Upgrade to the Business plan', status: 'New', opened: 'today' },
    activity: [{ when: 'Today', author: 'Web form', text: 'Wants a quote for 25 seats. Prefers calls to the front desk:', phone: '+1 415 555 0100' }],
  },
  {
    id: 'C-3378',
    name: 'Priya Natarajan',
    account: 'ACC-40519',
    segment: 'Platinum',
    email: 'priya@example.com',
    phones: [
      { label: 'Mobile', number: '+44 20 7946 0321' },
      { label: 'Home', number: '+44 20 7946 0999' },
    ],
    openCase: { id: 'CS-19870', subject: 'Delivery date for order SO-5521', status: 'In progress', opened: 'last week' },
    activity: [
      { when: 'Monday', author: 'Logistics', text: 'Carrier confirmed pickup; the depot can be reached at', phone: '+44 20 7946 0555' },
    ],
  },
];

const digits = (value: string) => value.replace(/\D/g, '');

/** The record a call belongs to: by the CustomerId in its attached data, else by caller number. */
export function findCustomer(customerId: unknown, phone: string | undefined): Customer | undefined {
  const byId = CUSTOMERS.find((customer) => customer.id === customerId);
  if (byId || !phone) return byId;
  return CUSTOMERS.find((customer) => customer.phones.some((entry) => digits(entry.number) === digits(phone)));
}
