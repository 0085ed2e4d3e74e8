import type { WweEmailButton } from '../../src/elements/email-button/email-button.js';
import type { Customer } from './customers.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** Fills a `<dl>` with term/value pairs, as text. */
function fillFacts(list: HTMLElement, facts: [string, string][]): void {
  list.replaceChildren(...facts.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));
}

/** One phone number with its click-to-dial button. */
function phoneRow(customer: Customer, phone: Customer['phones'][number]): HTMLLIElement {
  const dial = document.createElement('wwe-dial-button');
  dial.number = phone.number;
  // The new call carries the record's id, so any app (and the agent) knows who is called.
  dial.userData = { CustomerId: customer.id, CustomerName: customer.name };
  dial.textContent = 'Call';
  const row = element('li', undefined, 'contact');
  row.append(element('span', phone.label, 'contact-label'), element('span', phone.number, 'contact-value phone'), dial);
  return row;
}

/** A colleague's note; its phone number is a plain `tel:` link that <wwe-tel-links> dials through the desktop. */
function activityItem(entry: Customer['activity'][number]): HTMLLIElement {
  const item = element('li');
  const meta = element('p', `${entry.when} · ${entry.author}`, 'activity-meta');
  const text = element('p', entry.text, 'activity-text');
  if (entry.phone) {
    const link = element('a', entry.phone);
    link.href = `tel:${entry.phone.replace(/[^\d+]/g, '')}`;
    text.append(' ', link, '.');
  }
  item.append(meta, text);
  return item;
}

/** Shows a customer record: identity, phone numbers and e-mail with desktop actions, the open case, activity. */
export function renderCustomer(customer: Customer): void {
  byId('customer-initials').textContent = customer.name
    .split(' ')
    .map((part) => part.charAt(0))
    .join('');
  byId('customer-name').textContent = customer.name;
  byId('customer-meta').textContent = `${customer.id} · Account ${customer.account} · ${customer.segment}`;
  byId('phones').replaceChildren(...customer.phones.map((phone) => phoneRow(customer, phone)));
  byId('email-address').textContent = customer.email;
  const email = byId<WweEmailButton>('email');
  email.address = customer.email;
  email.userData = { CustomerId: customer.id };
  fillFacts(byId('case'), [
    ['Case', customer.openCase.id],
    ['Subject', customer.openCase.subject],
    ['Status', customer.openCase.status],
    ['Opened', customer.openCase.opened],
  ]);
  byId('activity-links').setAttribute('user-data', JSON.stringify({ CustomerId: customer.id }));
  byId('activity').replaceChildren(...customer.activity.map(activityItem));
}

/** The customer chips above the record. */
export function renderCustomerList(customers: readonly Customer[], current: Customer, choose: (customer: Customer) => void): void {
  const items = customers.map((customer) => {
    const item = element('li');
    const button = element('button', customer.name);
    button.type = 'button';
    button.setAttribute('aria-current', String(customer === current));
    button.addEventListener('click', () => choose(customer));
    item.append(button);
    return item;
  });
  byId('customer-list').replaceChildren(...items);
}
