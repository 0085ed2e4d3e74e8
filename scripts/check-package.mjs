// What a consumer installs: the package as `npm pack` makes it (run `npm run build` first), not the
// repository. Needs no network: the tarball is unpacked into a temporary app's node_modules beside
// its one dependency, Lit, linked from this repository's node_modules.
//   1. The tarball: every `exports` target and every shipped `sideEffects` pattern names a packed
//      file (the `./src/` ones are for this repository's builds from source, which read the same
//      field: without them Vite and esbuild drop the bundles' bare imports of the elements);
//      every packed module that registers an element or runs at load is in `sideEffects`; no
//      sources, tests or declaration maps (they point at sources the package does not ship).
//   2. A Vite app (test/package-consumer/index.html, main.ts) importing an element through
//      `wwe-components/elements/…` and the client through the root, built with Vite and run in
//      Chromium (playwright-core, CHROME_PATH): the element upgraded and rendered, the client
//      answers NOT_FRAMED outside the desktop, and the page logged no error.
//   3. The script-tag files served from a CDN-like path of the unpacked package (bundle.html,
//      classic.html, autoloader.html): the bundles define every element of the manifest, the
//      autoloader loads its element chunks from beside itself, and each reads the
//      `data-desktop-origin` of its own tag; the compat script (compat.html) records, loading the
//      session recorder from beside itself.
//   4. main.ts type-checks against the packed declarations with skipLibCheck false, under
//      moduleResolution bundler and nodenext.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const KIT_ROOT = resolve(import.meta.dirname, '..');
const CONSUMER = join(KIT_ROOT, 'test/package-consumer');
// Modules that run code at import: element and simulator-shell define entries, the Trusted Types
// prelude, and the script-tag files. Matched on the built code, so a new define entry cannot be left out.
const RUNS_AT_LOAD = /^\s*(?:[\w$]+\.define\(|defineOnce\(|install\(\);|new MutationObserver\b)/m;

if (!existsSync(join(KIT_ROOT, 'dist/wwe-components.js'))) {
  console.error('check-package: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'wwe-package-'));
const failures = [];
const fail = (message) => failures.push(message);
let browser;
let server;
try {
  const { tarball, files } = pack(work);
  const app = join(work, 'app');
  const installed = join(app, 'node_modules/wwe-components');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  checkContents(manifest, files, installed);
  for (const name of Object.keys(manifest.dependencies ?? {})) linkDependency(name, join(app, 'node_modules'));

  for (const name of ['index.html', 'main.ts']) cpSync(join(CONSUMER, name), join(app, name));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'package-consumer', private: true, type: 'module' }, null, 2));
  typeCheck(app);

  process.env.NODE_ENV = 'production';
  await build({ root: app, mode: 'production', configFile: false, logLevel: 'warn', publicDir: false, build: { outDir: join(app, 'dist'), emptyOutDir: true } });

  const served = [];
  server = await serve({ '/cdn/wwe-components/': installed, '/pages/': CONSUMER, '/': join(app, 'dist') }, served);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  await checkBundledApp(browser, origin);
  const tags = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')).modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean));
  if (tags.length === 0) fail('custom-elements.json names no element');
  await checkScriptTag(browser, origin, 'bundle', served, tags);
  await checkScriptTag(browser, origin, 'classic', served, tags);
  await checkScriptTag(browser, origin, 'autoloader', served, ['wwe-dial-button']);
  await checkCompatRecorder(browser, origin, served);
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  for (const failure of failures) console.error(`check-package: ${failure}`);
  process.exit(1);
}
console.log('check-package: the packed package installs, builds in a Vite app, runs in Chromium from npm and from a CDN path, and type-checks (bundler, nodenext)');

/** `npm pack` into `dir`: the tarball's path and the files it holds. */
function pack(dir) {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: KIT_ROOT, encoding: 'utf8' });
  const [result] = JSON.parse(output);
  console.log(`check-package: ${result.filename}, ${(result.size / 1e6).toFixed(2)} MB packed, ${result.entryCount} files`);
  return { tarball: join(dir, result.filename), files: new Set(result.files.map((file) => file.path)) };
}

/**
 * A path pattern of package.json as a test on packed paths: in `sideEffects` a `*` stays within a
 * folder, as in a glob; in `exports` it may span folders.
 */
function globTest(pattern, star = '[^/]+') {
  const source = pattern.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, star);
  return new RegExp(`^${source}$`);
}

function checkContents(manifest, files, installed) {
  for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json']) {
    if (!files.has(required)) fail(`the tarball has no ${required}`);
  }
  const stray = [...files].filter((file) => /^(src|test|demo|scripts|e2e|bench)\//.test(file) || file.endsWith('.d.ts.map'));
  if (stray.length) fail(`the tarball ships files a consumer cannot use:\n  ${stray.slice(0, 10).join('\n  ')}`);

  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of targets) {
      if (![...files].some((file) => globTest(path, '.+').test(file))) fail(`exports["${subpath}"] names ${path}, which is not in the tarball`);
    }
  }

  const sideEffects = manifest.sideEffects.map((pattern) => globTest(pattern));
  for (const pattern of manifest.sideEffects.filter((entry) => !entry.startsWith('./src/'))) {
    if (![...files].some((file) => globTest(pattern).test(file))) fail(`sideEffects names ${pattern}, which is not in the tarball`);
  }
  const unlisted = [...files].filter((file) => file.endsWith('.js') && file.startsWith('dist/') && !sideEffects.some((test) => test.test(file)) && RUNS_AT_LOAD.test(readFileSync(join(installed, file), 'utf8')));
  if (unlisted.length) fail(`these modules run code at import but sideEffects does not list them, so bundlers may drop them:\n  ${unlisted.join('\n  ')}`);
}

/** Links `name` and, through its package.json, what it depends on, from this repository's node_modules. */
function linkDependency(name, nodeModules, seen = new Set()) {
  if (seen.has(name)) return;
  seen.add(name);
  const source = join(KIT_ROOT, 'node_modules', name);
  if (!existsSync(source)) throw new Error(`${name} is not installed in this repository; run npm ci`);
  const link = join(nodeModules, name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(realpathSync(source), link, 'dir');
  const { dependencies = {} } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  for (const dependency of Object.keys(dependencies)) linkDependency(dependency, nodeModules, seen);
}

function typeCheck(app) {
  const tsc = join(KIT_ROOT, 'node_modules/typescript/bin/tsc');
  const base = { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] };
  const modes = { bundler: { module: 'ESNext', moduleResolution: 'bundler' }, nodenext: { module: 'NodeNext', moduleResolution: 'NodeNext' } };
  for (const [mode, options] of Object.entries(modes)) {
    const config = join(app, `tsconfig.${mode}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...base, ...options }, files: ['main.ts'] }, null, 2));
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      fail(`main.ts does not type-check against the packed declarations (moduleResolution ${mode}, skipLibCheck false):\n${error.stdout}${error.stderr}`);
    }
  }
}

/** A static server on 127.0.0.1: URL prefix → folder, first match wins. Records the paths it served. */
function serve(mounts, served) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };
  const httpServer = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const [prefix, folder] = Object.entries(mounts).find(([mount]) => path.startsWith(mount));
    const file = normalize(join(folder, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(folder + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    served.push(path);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolveServer) => httpServer.listen(0, '127.0.0.1', () => resolveServer(httpServer)));
}

/** Opens `url` in a fresh page; the errors it logs are collected into `problems`. */
async function open(browserInstance, url, problems) {
  const page = await browserInstance.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return page;
}

/** Opens test/package-consumer/<name>.html framed by host.html, as Agent Desktop frames a page. */
async function openFramed(browserInstance, origin, name, problems) {
  const page = await open(browserInstance, `${origin}/pages/host.html`, problems);
  await page.evaluate((src) => new Promise((resolveFrame, rejectFrame) => {
    const frame = document.createElement('iframe');
    frame.addEventListener('load', resolveFrame, { once: true });
    frame.addEventListener('error', rejectFrame, { once: true });
    frame.src = src;
    document.body.append(frame);
  }), `/pages/${name}.html`);
  return { page, frame: page.frames().find((candidate) => candidate.url().endsWith(`/pages/${name}.html`)) };
}

async function checkBundledApp(browserInstance, origin) {
  const problems = [];
  const page = await open(browserInstance, `${origin}/index.html`, problems);
  const report = await page.waitForFunction(() => window.consumerReport, undefined, { timeout: 60_000 }).then((handle) => handle.jsonValue());
  await page.close();
  if (!report.upgraded) fail('Vite app: <wwe-dial-button> was not upgraded by its define entry');
  if (!report.rendered) fail('Vite app: <wwe-dial-button> rendered no button');
  if (!report.client) fail('Vite app: the client from the root has no wwe.voice.dial / wwe.interaction.setUserData');
  if (report.outsideTheDesktop !== 'NOT_FRAMED') fail(`Vite app: a request outside the desktop gave ${report.outsideTheDesktop}, not NOT_FRAMED`);
  if (problems.length) fail(`Vite app: the page logged errors:\n  ${problems.join('\n  ')}`);
  console.log(`check-package: Vite app: element upgraded, client answered ${report.outsideTheDesktop}, connection ${report.connectionState}`);
}

/**
 * The compat script from a CDN path, with `data-record`: it loads the session recorder from
 * `wwe-service-client-api.recorder.js` beside it, and the recording holds the page's request.
 */
async function checkCompatRecorder(browserInstance, origin, served) {
  const problems = [];
  const { page, frame } = await openFramed(browserInstance, origin, 'compat', problems);
  const result = await frame.evaluate(async () => {
    const connection = window[Symbol.for('wwe-components.connection.v1')]?.connection;
    if (!connection) return { error: 'no connection on the page runtime' };
    try {
      const recording = await connection.recording();
      return { requests: recording.messages.filter((message) => message.kind === 'request').map((message) => message.name) };
    } catch (error) {
      return { error: `${error.code}: ${error.message}` };
    }
  });
  await page.close();
  problems.splice(0, problems.length, ...problems.filter((problem) => !/target origin provided \('https:\/\/wwe\.example\.com'\) does not match/.test(problem)));
  if (result.error) fail(`compat.html: recording() failed: ${result.error}`);
  else if (!result.requests.includes('agent.get')) fail(`compat.html: the recording holds no agent.get (requests: ${result.requests.join(', ')})`);
  if (!served.includes('/cdn/wwe-components/dist/wwe-service-client-api.recorder.js')) fail('compat.html: the recorder was not loaded from beside the compat script');
  if (problems.length) fail(`compat.html: the page logged errors:\n  ${problems.join('\n  ')}`);
  console.log(`check-package: compat script from a CDN path, recording: ${result.requests?.length ?? 0} requests recorded`);
}

/**
 * Loads a script-tag page framed by a host page, as Agent Desktop frames it: the connection then
 * resolves its desktop origin, which must be the one the tag pins, not the host's (derived).
 */
async function checkScriptTag(browserInstance, origin, name, served, tags) {
  const problems = [];
  const { page, frame } = await openFramed(browserInstance, origin, name, problems);
  await frame.waitForFunction(() => customElements.get('wwe-dial-button') !== undefined && window.WweComponents?.getConnection().desktopOrigin, undefined, { timeout: 60_000 }).catch(() => undefined);
  const result = await frame.evaluate(async (expected) => {
    const button = document.querySelector('wwe-dial-button');
    await button.updateComplete;
    return {
      undefinedTags: expected.filter((tag) => customElements.get(tag) === undefined),
      rendered: button.shadowRoot?.querySelector('button') instanceof HTMLButtonElement,
      api: typeof window.WweComponents?.wwe?.voice?.dial === 'function',
      desktopOrigin: window.WweComponents?.getConnection().desktopOrigin ?? null,
    };
  }, tags);
  await page.close();
  // The host is not https://wwe.example.com, so the browser drops what the page posts to it, and says so.
  problems.splice(0, problems.length, ...problems.filter((problem) => !/target origin provided \('https:\/\/wwe\.example\.com'\) does not match/.test(problem)));
  if (result.undefinedTags.length) fail(`${name}.html: these elements were not defined: ${result.undefinedTags.join(', ')}`);
  if (!result.rendered) fail(`${name}.html: <wwe-dial-button> rendered no button`);
  if (!result.api) fail(`${name}.html: window.WweComponents.wwe is missing`);
  if (result.desktopOrigin !== 'https://wwe.example.com') fail(`${name}.html: the tag's data-desktop-origin was not applied (desktop origin ${result.desktopOrigin})`);
  if (name === 'autoloader' && !served.some((path) => path.startsWith('/cdn/wwe-components/dist/autoloader/'))) {
    fail('autoloader.html: no element chunk was loaded from beside the autoloader (dist/autoloader/)');
  }
  if (problems.length) fail(`${name}.html: the page logged errors:\n  ${problems.join('\n  ')}`);
  console.log(`check-package: ${name} from a CDN path: ${tags.length - result.undefinedTags.length}/${tags.length} elements defined, desktop origin ${result.desktopOrigin}`);
}
