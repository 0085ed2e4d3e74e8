import type { Customer } from './customers.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills a `<dl>` with term/value pairs, as text. */
export function fillFacts(list: HTMLElement, facts: [string, string][]): void {
  list.replaceChildren(...facts.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));
}

/** Shows a customer record: identity, phone numbers with click-to-dial, the open case. */
export function renderCustomer(customer: Customer): void {
  document.querySelector('#customer-initials')!.textContent = customer.name
    .split(' ')
    .map((part) => part.charAt(0))
    .join('');
  document.querySelector('#customer-name')!.textContent = customer.name;
  document.querySelector('#customer-meta')!.textContent = `${customer.id} · Account ${customer.account} · ${customer.segment} · ${customer.email}`;
  const phones = customer.phones.map((phone) => {
    const item = element('li');
    const dial = document.createElement('wwe-dial-button');
    dial.number = phone.number;
    // The new call carries the record's id, so any app (and the agent) knows who is called.
    dial.userData = { CustomerId: customer.id, CustomerName: customer.name };
    dial.textContent = 'Call';
    item.append(element('span', phone.label), element('strong', phone.number), dial);
    return item;
  });
  document.querySelector('#phones')!.replaceChildren(...phones);
  fillFacts(document.querySelector('#case')!, [
    ['Case', customer.openCase.id],
    ['Subject', customer.openCase.subject],
    ['Status', customer.openCase.status],
    ['Opened', customer.openCase.opened],
  ]);
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
  document.querySelector('#customer-list')!.replaceChildren(...items);
}
