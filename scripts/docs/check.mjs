// `npm run check:site`: builds site/, serves it under a sub-path (the links must be relative), and
// opens every page in Chromium. Fails on a console error, an uncaught page error, a failed or
// refused request, a link to a missing page or file, or a `#anchor` no element of its page has.
// On one element page it drives the live example: an inbound call must reach the framed element.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { SITE, buildSite } from './build.mjs';

const BASE = '/any/base/path/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };
const DRIVEN = 'elements/wwe-interaction-info.html';

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(SITE, path.slice(BASE.length)));
    if (!path.startsWith(BASE) || !file.startsWith(SITE + sep)) return response.writeHead(404).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const { deadLinks } = await buildSite();
const published = new Set(files(SITE).map((file) => relative(SITE, file).split(sep).join('/')));
const pages = [...published].filter((path) => path.endsWith('.html')).sort();
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const siteUrl = `${origin}${BASE}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const failures = [...deadLinks];
/** Page path → the ids its elements carry, for checking `#anchor` links. */
const anchors = new Map();
/** [page, href as written, resolved URL] of every same-site link. */
const links = [];

try {
  // One tab for every page: a navigation leaves nothing of the page before it.
  const page = await browser.newPage();
  let path = '';
  const fail = (what) => failures.push(`${path}: ${what}`);
  page.on('console', (message) => message.type() === 'error' && fail(`console error: ${message.text()}`));
  page.on('pageerror', (error) => fail(`page error: ${error.message}`));
  // A missing file is a 404 (the response handler); ERR_ABORTED is the next navigation cancelling a
  // request still open (the favicon, say), which says nothing about the site.
  page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && fail(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => response.status() >= 400 && fail(`HTTP ${response.status()}: ${response.url()}`));
  for (path of pages) {
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    // An element page is done loading when its example app has talked to the desktop.
    if (path.startsWith('elements/wwe-')) await page.waitForSelector('html[data-example="hosted"]', { state: 'attached', timeout: 15_000 });
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id], a[name]')].map((element) => element.id || element.getAttribute('name')),
      hrefs: [...document.querySelectorAll('a[href]')].map((anchor) => [anchor.getAttribute('href'), anchor.href]),
    }));
    anchors.set(path, new Set(found.ids));
    for (const [href, url] of found.hrefs) if (url.startsWith(origin)) links.push([path, href, new URL(url)]);
    if (path === DRIVEN) {
      await page.getByRole('button', { name: 'Inbound call' }).click();
      await page.frameLocator('iframe.example').locator('wwe-interaction-info').getByText('Jordan Lee').first().waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Answer' }).click();
      await page.frameLocator('iframe.example').locator('wwe-interaction-info').getByText('Connected', { exact: true }).first().waitFor({ timeout: 15_000 });
    }
  }
} finally {
  await browser.close();
  server.close();
}

for (const [page, href, url] of links) {
  const target = url.pathname.startsWith(BASE) ? decodeURIComponent(url.pathname.slice(BASE.length)) || 'index.html' : undefined;
  if (target === undefined || !published.has(target)) {
    failures.push(`${page}: dead link ${href}`);
    continue;
  }
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !anchors.get(target)?.has(id)) failures.push(`${page}: dead anchor ${href} (no id "${id}" on ${target})`);
}

if (failures.length > 0) {
  console.error(`docs site: ${failures.length} problem(s)\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log(`docs site: ${pages.length} pages loaded without errors; ${links.length} internal links and anchors resolve; the live example answered an inbound call`);
