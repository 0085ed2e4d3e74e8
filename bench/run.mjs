// Runs the benchmarks in headless Chromium through real cross-origin iframes, prints a table and
// writes bench/RESULTS.md (machine, date, command) so runs can be compared. Never asserts time.
// Usage: npm run bench [-- name …]   (names: the bench/*.html pages, without extension)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { createServer } from 'vite';
import { sizeRows } from './size.mjs';

const PAGES = ['request-overhead', 'fan-out', 'startup'];
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const pages = wanted.length ? PAGES.filter((page) => wanted.includes(page)) : PAGES;

// The startup bench loads the one-file bundle as a page would: built and minified, not module by module.
await build({ entryPoints: { 'wwe-components.bundle': 'src/bundle/bundle.ts' }, bundle: true, minify: true, format: 'esm', target: 'es2022', outdir: 'bench/.build', logLevel: 'warning' });

// No dependency discovery: a late pre-bundle reloads the page in the middle of a measurement.
// mode production: Lit's production build, as pages ship it (the dev server would pick its development build).
const server = await createServer({ configFile: false, mode: 'production', root: process.cwd(), logLevel: 'error', optimizeDeps: { noDiscovery: true, include: [] }, server: { host: '127.0.0.1', port: 5190, strictPort: false } });
await server.listen();
const { port } = /** @type {import('node:net').AddressInfo} */ (server.httpServer.address());
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});

const rows = [];
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => console.error(`[${page}]`, error.message));
    tab.on('console', (message) => { if (message.type() === 'error' || process.env.BENCH_DEBUG) console.error(`[${page}] console:`, message.type(), message.text(), JSON.stringify(message.location())); });
    await tab.goto(`http://127.0.0.1:${port}/bench/${page}.html`);
    await tab.waitForFunction(() => window.benchResult !== undefined, undefined, { timeout: 120_000 });
    const result = await tab.evaluate(() => window.benchResult);
    if ('error' in result) throw new Error(`${page}: ${result.error}`);
    rows.push(...result.rows);
    await tab.close();
  }
  if (!wanted.length || wanted.includes('size')) rows.push(...(await sizeRows()));
} finally {
  await browser.close();
  await server.close();
}

const columns = ['bench', 'case', 'raw', 'ours', 'ratio', 'goal'];
const table = [
  `| ${columns.join(' | ')} |`,
  `| ${columns.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${columns.map((column) => row[column] ?? '').join(' | ')} |`),
].join('\n');
console.log(table);

const chromiumVersion = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, node ${process.version}, ${chromiumVersion}`;
writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nMachine: ${machine}\nDate: ${new Date().toISOString()}\nCommand: \`npm run bench${wanted.length ? ` -- ${wanted.join(' ')}` : ''}\`\n\nNumbers from one run on a shared machine; compare runs on the same machine only. Goals are in the table; see bench/README.md for what each bench measures.\n\n${table}\n\n${readFileSync('bench/analysis.md', 'utf8')}`,
);
console.log('\nbench/RESULTS.md written.');
