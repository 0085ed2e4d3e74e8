// End-to-end: `npm start`'s two servers, the simulator shell on one origin and the demo apps on
// another, driven in system Chromium with playwright-core.
//   1. The vendor tour (e2e/tour.mjs): the whole shell and the demo CRM, screenshots in
//      test-results/, the messages each demo page sends the desktop at load, and a blank page
//      with one pasted snippet.
//   2. One inbound call played end to end from the CRM's elements on each desktop profile the CRM
//      must handle as it is (e2e/profile-call.mjs), with no console errors.
//   3. The CRM on a rate-limited desktop (e2e/rate-limited.mjs): it loads within a budget that
//      leaves the agent room, and answering still reaches the desktop.
//   4. The shell at 1280 and 1440 px with each side panel open, light and dark (e2e/layout.mjs):
//      the hosted CRM keeps 600 px. `npm run e2e -- --hero` also refreshes docs/images/simulator.png.
// Every flow runs even when another failed; the failures are listed at the end, in order. The
// flows run E2E_CONCURRENCY (default 2) at a time, each in its own page, each worker in its own
// browser context; the tour starts first. E2E_ONLY=tour,profiles,rate-limited,layout picks parts.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServersPolitely, summarizeNames, table } from './harness.mjs';
import { playCallOnProfile } from './profile-call.mjs';
import { runLayout } from './layout.mjs';
import { LOAD_BUDGET, runRateLimited } from './rate-limited.mjs';
import { runBlankSnippet, runTour } from './tour.mjs';

const OUT = 'test-results';
const PROFILES = ['vendor', 'partial-events', 'probe-filtered', 'legacy-8.5'];
const CONCURRENCY = Math.max(1, Number(process.env.E2E_CONCURRENCY) || 2);
const only = process.env.E2E_ONLY?.split(',').map((part) => part.trim());
const runs = (part) => !only || only.includes(part);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
mkdirSync(OUT, { recursive: true });
// Screenshots of failed steps are from this run only.
for (const name of readdirSync(OUT)) if (/^failed-.*\.png$/.test(name)) rmSync(`${OUT}/${name}`);

const started = performance.now();
const servers = await startServersPolitely();
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await chromium
  .launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] })
  .catch(async (error) => {
    await servers.close();
    console.error(`e2e: cannot start Chromium at ${executablePath} (set CHROME_PATH): ${String(error?.message ?? error).split('\n')[0]}`);
    process.exit(1);
  });

/**
 * Runs one flow with `{ problems, notes, timings }`: console errors, failed checks that let it go
 * on, and the time of each step. Resolves with its result and what failed; never rejects, so the
 * other flows go on.
 */
async function flow(name, fn) {
  const problems = [];
  const notes = [];
  const timings = [];
  const flowStarted = performance.now();
  let result;
  let failed = false;
  try {
    result = await fn({ problems, notes, timings });
  } catch (error) {
    failed = true;
    notes.push(error instanceof Error && error.name === 'StepError' ? error.message : `${name}: ${error instanceof Error ? error.stack : String(error)}`);
  }
  if (problems.length > 0) notes.push(`${name}: the pages logged errors:\n  ${problems.join('\n  ')}`);
  const slowest = timings
    .toSorted((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((step) => `${step.name} ${seconds(step.ms)}`)
    .join(', ');
  console.log(`e2e: ${name} ${!failed && notes.length === 0 ? 'passed' : 'FAILED'} (${seconds(performance.now() - flowStarted)}${slowest ? `; slowest: ${slowest}` : ''})`);
  return { result, failures: notes };
}

/**
 * Vite's hot reload reloads a page when a source file changes: someone editing src/ during the run
 * would reload the simulator mid-flow. Its web socket is answered by Playwright instead and never
 * reaches the server (the page's client sees an open socket that never says anything).
 */
async function cutHotReload(context) {
  const ports = new Set([new URL(servers.shellOrigin).port, new URL(servers.appsOrigin).port]);
  await context.routeWebSocket((url) => ports.has(url.port), () => {});
}

/**
 * Runs `jobs` (functions of a browser context), at most `limit` at a time, and resolves with their
 * outcomes in job order. Each worker has its own context, reused from one job to the next for its
 * HTTP and code caches: two pages of one context share a window, and Chromium stops rendering the
 * background tab, which then misroutes clicks into its cross-origin frames.
 */
async function pool(jobs, limit) {
  const outcomes = [];
  let next = 0;
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await cutHotReload(context);
    try {
      while (next < jobs.length) {
        const index = next++;
        outcomes[index] = await jobs[index](context);
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return outcomes;
}

const report = {};
const jobs = [];
if (runs('tour')) {
  jobs.push((context) => flow('vendor tour', (sinks) => runTour({ context, servers, out: OUT, report, ...sinks })));
}
if (runs('profiles')) {
  for (const profile of PROFILES) {
    jobs.push((context) => flow(`call on ${profile}`, (sinks) => playCallOnProfile({ context, servers, out: OUT, profile, ...sinks })));
  }
}
if (runs('rate-limited')) {
  jobs.push((context) =>
    flow('rate-limited CRM', async ({ problems, notes, timings }) => {
      const outcome = await runRateLimited({ context, servers, problems, timings });
      notes.push(...outcome.failures);
      return outcome;
    }),
  );
}
if (runs('layout')) {
  const hero = process.argv.includes('--hero');
  jobs.push((context) => flow('laptop layout', (sinks) => runLayout({ context, servers, out: OUT, hero, ...sinks })));
}
if (runs('tour')) {
  jobs.push((context) => flow('blank page snippet', (sinks) => runBlankSnippet({ context, servers, out: OUT, ...sinks })));
}

let outcomes;
try {
  outcomes = await pool(jobs, CONCURRENCY);
} finally {
  await browser.close();
  await servers.close();
}

if (report.loadCounts?.length) {
  console.log('\nMessages each demo page sent the desktop at load (vendor profile):');
  console.log(table(['page', 'requests', 'subscribes', 'total'], report.loadCounts.map(({ page, counts }) => [page, counts.requests, counts.subscribes, counts.total])));
  for (const { page, counts } of report.loadCounts) console.log(`  ${page}: ${summarizeNames(counts.names)}`);
}

const crmLoads = outcomes.map(({ result }) => result?.load).filter(Boolean);
if (crmLoads.length > 0) {
  console.log(`\nMessages the CRM sent at load, per profile (the rate-limited budget is ${LOAD_BUDGET}):`);
  const rows = outcomes.filter(({ result }) => result?.load).map(({ result: { profile, load } }) => [profile, load.requests, load.subscribes, load.total, load.ignored]);
  console.log(table(['profile', 'requests', 'subscribes', 'total', 'of which ignored'], rows));
  for (const { result } of outcomes) {
    if (result?.load && (result.profile === 'rate-limited' || result.load.ignored > 0)) console.log(`  ${result.profile}: ${summarizeNames(result.load.names)}`);
  }
}

console.log(`\ne2e: ${seconds(performance.now() - started)} in all`);
const failures = outcomes.flatMap((outcome) => outcome?.failures ?? []);
if (failures.length > 0) {
  console.error(`e2e: FAILED (${failures.length})\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`e2e: passed; screenshots in ${OUT}/`);
}
