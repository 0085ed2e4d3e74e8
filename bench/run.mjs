// Runs the benchmarks in headless Chromium (Debian's, through playwright-core) through real
// cross-origin iframes, prints a table and writes bench/RESULTS.md (machine, date, command) so runs
// can be compared. Every figure is a ratio against a baseline measured in the same run; nothing
// asserts time.
//
//   npm run bench                          every bench, then RESULTS.md
//   npm run bench -- <name> [<name> …]     some of them (names below)
//   options: --events N     flood: the largest burst of the agent case (default 100000); the
//                           other cases and the smaller sizes scale from it
//            --cap S        flood: seconds one case may take before it is reported as "> S s" (default 30)
//            --rounds N     startup and request overhead: rounds per figure
//            --no-build     use dist/ as it is (default: `npm run build` first)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { prebuild, startStaticServer } from './serve.mjs';
import { sizeRows } from './size.mjs';

const BENCHES = ['startup', 'load-messages', 'request-overhead', 'flood', 'fan-out', 'size'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? Number(args[at + 1]) : fallback;
};
const optionValues = new Set(['--events', '--cap', '--rounds'].flatMap((name) => (args.includes(name) ? [args[args.indexOf(name) + 1]] : [])));
const wanted = args.filter((arg) => !arg.startsWith('-') && !optionValues.has(arg));
const unknown = wanted.filter((name) => !BENCHES.includes(name));
if (unknown.length) {
  console.error(`bench: unknown bench ${unknown.join(', ')}; the benches are ${BENCHES.join(', ')}`);
  process.exit(1);
}
const selected = wanted.length ? BENCHES.filter((name) => wanted.includes(name)) : BENCHES;
const FLOOD_EVENTS = option('events', 100_000);
const CAP_S = option('cap', 30);
const rounds = option('rounds', undefined);
const started = performance.now();

if (!args.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
await prebuild([
  ...readdirSync('bench').filter((file) => file.endsWith('.ts') && file !== 'bench-page.ts').map((file) => `bench/${file}`),
  'test/fixtures/desktop-frame.ts',
  'demo/crm/crm.ts',
  'demo/elements/gallery.ts',
  'demo/monitor/monitor.ts',
  'demo/notifier/notifier.ts',
]);
const server = await startStaticServer();
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});

/** Opens `page` (bench/<page>.html) on the desktop origin and resolves with what it leaves on `key`. */
async function runPage(page, { query = '', key = 'benchResult', timeoutMs = 180_000 } = {}) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error(`[${page}]`, error.message));
  tab.on('crash', () => console.error(`[${page}] the page crashed`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || process.env.BENCH_DEBUG) console.error(`[${page}] console:`, message.type(), message.text());
  });
  try {
    await tab.goto(`${server.desktopOrigin}/bench/${page}.html${query}`);
    await tab.waitForFunction((name) => window[name] !== undefined, key, { timeout: timeoutMs, polling: 100 });
    const result = await tab.evaluate((name) => window[name], key);
    if (result && 'error' in result) throw new Error(`${page}: ${result.error}`);
    return result;
  } finally {
    await tab.close();
  }
}

const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/**
 * The flood cases: each size of each kind, the kit's page and the bare one alternated, one page
 * load per case. A kit case past the cap is reported as "> cap", and its larger sizes are not run.
 */
async function floodRows() {
  const scale = FLOOD_EVENTS / 100_000;
  const KINDS = [
    { kind: 'agent', label: 'agent STATE_CHANGED', sizes: [1_000, 10_000, 100_000] },
    { kind: 'userdata', label: 'ATTACHED_DATA_CHANGED, one call', sizes: [200, 2_000, 20_000] },
    { kind: 'interactions', label: 'distinct interactions', sizes: [500, 1_000, 5_000] },
  ];
  const rows = [];
  for (const { kind, label, sizes } of KINDS) {
    let capped = false;
    for (const size of sizes.map((count) => Math.max(1, Math.round(count * scale)))) {
      const run = (variant) => runPage('flood', { query: `?kind=${kind}&events=${size}&variant=${variant}&cap=${CAP_S}`, key: 'floodResult', timeoutMs: (CAP_S + 60) * 1000 });
      const base = { bench: 'flood', case: `${size.toLocaleString('en')} ${label}`, goal: '≤ 2× bare, linear' };
      if (capped) {
        rows.push({ ...base, ours: `not run: a smaller burst passed the ${CAP_S} s cap` });
        continue;
      }
      const bare = await run('bare');
      const kit = await run('kit');
      if (kit.timedOut) {
        capped = true;
        rows.push({ ...base, raw: `${seconds(bare.drainMs)}, lag ${seconds(bare.lagMs)}`, ours: `> ${CAP_S} s (cap)`, ratio: `> ${((CAP_S * 1000) / bare.drainMs).toFixed(1)}×` });
        continue;
      }
      const seen = kit.lastEventSeen && bare.lastEventSeen ? '' : ' (last event not seen!)';
      rows.push({
        ...base,
        raw: `${seconds(bare.drainMs)}, lag ${seconds(bare.lagMs)}`,
        ours: `${seconds(kit.drainMs)}, lag ${seconds(kit.lagMs)}${seen}`,
        ratio: `${(kit.drainMs / bare.drainMs).toFixed(2)}× (lag ${(kit.lagMs / Math.max(bare.lagMs, 1)).toFixed(1)}×)`,
      });
    }
  }
  return rows;
}

const rows = [];
const timings = [];
try {
  for (const name of selected) {
    const benchStarted = performance.now();
    const query = rounds ? `?rounds=${rounds}` : '';
    if (name === 'flood') rows.push(...(await floodRows()));
    else if (name === 'size') rows.push(...(await sizeRows()));
    else rows.push(...(await runPage(name, { query })).rows);
    timings.push(`${name} ${seconds(performance.now() - benchStarted)}`);
  }
} finally {
  await browser.close();
  await server.close();
}

const columns = ['bench', 'case', 'raw', 'ours', 'ratio', 'goal'];
const table = [
  `| ${['bench', 'case', 'baseline', 'ours', 'ratio', 'goal'].join(' | ')} |`,
  `| ${columns.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${columns.map((column) => String(row[column] ?? '').replaceAll('|', '\\|')).join(' | ')} |`),
].join('\n');
const details = rows.filter((row) => row.detail).map((row) => `- ${row.detail}`).join('\n');
console.log(table);
if (details) console.log(`\n${details}`);
const total = `${seconds(performance.now() - started)} (${timings.join(', ')})`;
console.log(`\nbench: ${total}`);

const chromiumVersion = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(1)} at the end, ${os.type()} ${os.release()}, node ${process.version}, ${chromiumVersion}`;
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results

Machine: ${machine}
Date: ${new Date().toISOString()}
Command: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\`
Run time: ${total}

Numbers from one run on a shared machine; compare runs on the same machine only. Every figure is
set against a baseline measured in the same run (bench/README.md says what each bench measures
and what its baseline is); sizes against anchors (the tiny LitElement is measured in the run, the
others are published figures).

${table}

${details ? `What was sent at load:\n\n${details}\n\n` : ''}${readFileSync('bench/analysis.md', 'utf8')}`,
);
console.log('\nbench/RESULTS.md written.');
