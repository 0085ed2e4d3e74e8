/**
 * A bare hosted page: subscribes to every channel and lists what the desktop sends, raw. Useful
 * beside your own app to see which events it should react to.
 */
import { CORE_CHANNELS, getConnection, isWweError, wwe, type Channel } from '../../src/index.js';
import { configureFromQuery } from '../shared/desktop-origin.js';

configureFromQuery();

const list = document.querySelector<HTMLOListElement>('#events')!;
const status = document.querySelector<HTMLElement>('#status')!;
const empty = document.querySelector<HTMLElement>('#empty')!;
const MAX_ROWS = 200;

function show(channel: Channel, eventType: string, envelope: unknown): void {
  empty.hidden = true;
  const row = document.createElement('li');
  const title = document.createElement('b');
  title.textContent = `${new Date().toLocaleTimeString()}  ${channel} / ${eventType}`;
  const body = document.createElement('pre');
  body.textContent = JSON.stringify(envelope, null, 1);
  row.append(title, body);
  list.prepend(row);
  while (list.children.length > MAX_ROWS) list.lastElementChild?.remove();
}

const connection = getConnection();
connection.onStateChange((change) => {
  status.textContent = `Connection ${change.state}${change.frameId !== undefined ? ` · frameId ${String(change.frameId)}` : ''}${change.error ? ` · ${change.error.message}` : ''}`;
});

for (const channel of CORE_CHANNELS) {
  wwe.subscribe(channel, (payload, context) => show(channel, payload.eventType, context.envelope));
}

try {
  const agent = await wwe.agent.get();
  status.textContent = `Connected as ${agent.firstname} ${agent.lastname} · frameId ${String(connection.frameId ?? '?')}`;
} catch (error) {
  status.textContent = isWweError(error) ? `${error.code}: ${error.message}` : String(error);
}
