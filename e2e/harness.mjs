// What every e2e flow shares: the servers (refused politely when their ports are taken), pages
// that collect console errors, named steps whose failures say where they happened, and readings
// of the simulator's inspector log (which messages a hosted page sent).
import { createServer } from 'node:net';
import { startServers, SHELL_PORT, APPS_PORT } from '../scripts/servers.mjs';

/** Every wait that is not a page load: generous, for a loaded 2-core machine. */
export const DEFAULT_TIMEOUT = 15_000;
/** A simulator load: Vite compiles the sources on first request, and up to five pages load at once. */
export const LOAD_TIMEOUT = 90_000;

/** A failure that already says where it happened; printed as it is, without a stack trace. */
export class StepError extends Error {
  constructor(where, message) {
    super(`${where}: ${message}`);
    this.name = 'StepError';
  }
}

/**
 * `npm start`'s two servers. Vite's `strictPort` rejects with "Port N is already in use" when a
 * port is taken (an `npm start` left running, usually): say which port and what to do, in one
 * paragraph without a stack trace, and exit with 1. e2e/ports-taken.mjs checks it.
 */
export async function startServersPolitely() {
  // A quick look first (Vite takes seconds to get as far as listening); the catch below still
  // covers a port taken in between.
  for (const port of [SHELL_PORT, APPS_PORT]) {
    if (await portTaken(port)) refuse(port);
  }
  try {
    return await startServers();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const port = Number(/port (\d+)/i.exec(message)?.[1]);
    if (error?.code === 'EADDRINUSE' || /already in use/i.test(message)) refuse(Number.isInteger(port) ? port : `${SHELL_PORT} or ${APPS_PORT}`);
    console.error(`e2e: cannot start the servers: ${message}`);
    process.exit(1);
  }
}

function refuse(port) {
  console.error(
    `e2e: port ${port} on 127.0.0.1 is already in use, so the end-to-end test cannot start its own servers ` +
      `(the simulator on ${SHELL_PORT}, the demo apps on ${APPS_PORT}). Usually an \`npm start\` is still running: ` +
      `stop it (Ctrl+C in its terminal), or find what holds the port with \`lsof -i :${port}\`, then run \`npm run e2e\` again.`,
  );
  process.exit(1);
}

/** Whether binding 127.0.0.1:`port`, as Vite will, fails because the port is in use. */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

/**
 * A page of `context` whose console errors and uncaught exceptions (its frames' included) are
 * collected in `problems`, each prefixed by `label`. Flows run one after another in a context
 * reuse its HTTP and code caches, which makes each simulator load after the first markedly faster
 * (the demo pages keep nothing, cookies or storage, that could carry over between flows).
 */
export async function newPage(context, label, problems) {
  const page = await context.newPage();
  page.setDefaultTimeout(DEFAULT_TIMEOUT);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ? ` (${message.location().url.replace(/\?.*$/, '')})` : '';
    problems.push(`${label}: console error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  return page;
}

/**
 * Opens the simulator and waits for its engine. `waitUntil: 'commit'`: the page's `load` waits for
 * every hosted frame, which a cold Vite may take longer to serve than any sane step timeout;
 * each flow waits for the frames it uses instead.
 */
export async function openSimulator(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
  await page.waitForFunction(() => window.wweSimulator !== undefined, undefined, { timeout: LOAD_TIMEOUT });
}

/** A failure's message, trimmed to what helps: Playwright's call logs are long. */
function messageOf(error) {
  if (error instanceof StepError) return error.message;
  if (!(error instanceof Error)) return String(error);
  // eslint-disable-next-line no-control-regex -- Playwright colours its call logs
  const lines = error.message.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim());
  return lines.filter((line) => line !== '' && line !== 'Call log:').slice(0, 4).join('\n  ');
}

/**
 * Named steps: `run(name, fn)` rethrows any failure as `<scope>: <name>: <message>` and keeps the
 * time each step took. `check` fails the current step with a message. `soft(what, fn)` records a
 * failure in `notes` and lets the step go on, for a check whose failure does not stop the rest
 * of the flow from being meaningful.
 */
export class Steps {
  constructor(scope, notes = [], timings = []) {
    /** Optional: `async () => string`, more context for a failure message (what the desktop saw). */
    this.diagnose = undefined;
    this.scope = scope;
    this.notes = notes;
    this.current = 'start';
    this.timings = timings;
  }

  async soft(what, fn) {
    try {
      await fn();
    } catch (error) {
      const message = messageOf(error);
      this.notes.push(message.startsWith(`${this.scope}: `) ? message : `${this.scope}: ${this.current}: ${what}: ${message}`);
    }
  }

  async run(name, fn) {
    this.current = name;
    const started = performance.now();
    try {
      return await fn();
    } catch (error) {
      const context = this.diagnose ? await this.diagnose().catch(() => '') : '';
      if (error instanceof StepError) {
        if (context) error.message += `\n  ${context}`;
        throw error;
      }
      throw new StepError(`${this.scope}: ${name}`, `${messageOf(error)}${context ? `\n  ${context}` : ''}`);
    } finally {
      this.timings.push({ name, ms: Math.round(performance.now() - started) });
    }
  }

  check(condition, message) {
    if (!condition) throw new StepError(`${this.scope}: ${this.current}`, message);
  }
}

/** The frameId the desktop gave the hosted app labelled `label`, waiting until it is registered. */
export async function frameIdOf(page, label) {
  const handle = await page.waitForFunction(
    (name) => window.wweSimulator.snapshot().frames.find((frame) => frame.label === name)?.frameId,
    label,
    { timeout: LOAD_TIMEOUT },
  );
  return handle.jsonValue();
}

/**
 * Waits until none of `frameIds` has sent the desktop anything for `quietMs`: the pages have
 * finished loading (a condition on the inspector log, polled, not a fixed sleep).
 */
export async function waitForQuiet(page, frameIds, quietMs = 1_000) {
  await page.waitForFunction(
    ({ ids, quiet }) => {
      const sent = window.wweSimulator.messages().filter((entry) => entry.direction === 'in' && ids.includes(entry.frameId));
      const last = sent.length > 0 ? sent[sent.length - 1].seq : -1;
      const key = `__e2eQuiet:${ids.join(',')}`;
      const now = performance.now();
      const seen = window[key];
      if (!seen || seen.last !== last) {
        window[key] = { last, since: now };
        return false;
      }
      return now - seen.since >= quiet;
    },
    { ids: frameIds, quiet: quietMs },
    { polling: 200, timeout: LOAD_TIMEOUT },
  );
}

/**
 * What the frame `frameId` sent the desktop so far, by what it is (request, subscribe,
 * unsubscribe), counting also the messages the desktop ignored (the rate limit, a profile's API
 * filter): they were sent all the same. `total` is requests + subscribes.
 */
export async function sentBy(page, frameId) {
  const entries = await page.evaluate(
    (id) =>
      window.wweSimulator
        .messages()
        .filter((entry) => entry.direction === 'in' && entry.frameId === id && ['request', 'subscribe', 'unsubscribe', 'ignored'].includes(entry.kind))
        .map(({ kind, name, reason, payload }) => {
          const event = payload?.event;
          const type = kind !== 'ignored' ? kind : event === 'subscribe' || event === 'unsubscribe' ? event : 'request';
          return { type, name: type === 'subscribe' ? `subscribe:${[payload?.data].flat().join('+')}` : name, ignored: kind === 'ignored' ? reason : undefined };
        }),
    frameId,
  );
  const count = (type) => entries.filter((entry) => entry.type === type).length;
  const ignored = entries.filter((entry) => entry.ignored !== undefined);
  return {
    requests: count('request'),
    subscribes: count('subscribe'),
    unsubscribes: count('unsubscribe'),
    ignored: ignored.length,
    rateLimited: ignored.filter((entry) => entry.ignored === 'rate-limit').length,
    total: count('request') + count('subscribe'),
    names: entries.filter((entry) => entry.type !== 'unsubscribe').map((entry) => (entry.ignored ? `${entry.name} [ignored: ${entry.ignored}]` : entry.name)),
    ignoredNames: ignored.map((entry) => `${entry.name} [${entry.ignored}]`),
  };
}

/** An element's rendered text (its shadow root's), whitespace collapsed, for failure messages. */
export async function shownText(locator) {
  return locator
    .evaluate((element) => (element.shadowRoot ?? element).textContent.replace(/\s+/g, ' ').trim(), undefined, { timeout: 2_000 })
    .catch((error) => `? (${error instanceof Error ? error.message.split('\n')[0] : error})`);
}

/** The last `count` messages between the desktop and `frameId`, one short line each. */
export async function recentTraffic(page, frameId, count = 8) {
  const lines = await page.evaluate(
    ({ id, count }) =>
      window.wweSimulator
        .messages()
        .filter((entry) => entry.frameId === id)
        .slice(-count)
        .map((entry) => `${entry.direction === 'in' ? '→' : '←'} ${entry.kind} ${entry.name}${entry.reason ? ` [${entry.reason}]` : ''}${entry.errorMessage ? ` (${entry.errorMessage})` : ''}`),
    { id: frameId, count },
  );
  return lines.length > 0 ? `last messages of the frame: ${lines.join(' | ')}` : 'the frame exchanged no message with the desktop';
}

/** A small fixed-width table for stdout. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd();
  return [line(cells[0]), line(widths.map((width) => '-'.repeat(width))), ...cells.slice(1).map(line)].join('\n');
}

/** `name, name ×3, …`: repeated names counted. */
export function summarizeNames(names) {
  const counts = new Map();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ');
}
