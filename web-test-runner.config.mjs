// @ts-check
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { build } from 'esbuild';
import { frameworkTestPlugins } from './test/frameworks/wtr-plugins.mjs';
import { cspMiddleware } from './test/csp/csp-middleware.mjs';
import { RECORDER_LOADER_BESIDE, isRecorderLoaderImport } from './scripts/recorder-beside.mjs';

// Agent Desktop runs in Chrome, Edge and Firefox, so the suite runs in both engines.
// BROWSERS=chromium (or firefox) narrows a local run.
const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim());

// One page per browser: axe checks time out when pages share a browser (see shared/reference/firefox.md).
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];
const chromiumLauncher = (extraArgs = []) =>
  chromeLauncher({
    launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: [...chromiumArgs, ...extraArgs] },
    concurrency: 1,
  });
const chromium = chromiumLauncher();
const firefox = chromeLauncher({
  puppeteer: /** @type {any} */ (puppeteerCore),
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
  },
  concurrency: 1,
});

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** As scripts/build.mjs does for the compat script: its recorder loader is the one of the file beside it. */
const recorderBesideScript = {
  name: 'recorder-beside-script',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^\.\/load-recorder\.js$/ }, (args) => (isRecorderLoaderImport(args.path, args.importer) ? { path: RECORDER_LOADER_BESIDE } : undefined));
  },
};

/**
 * Script-tag builds, made in memory from the sources, so tests load the real shapes a legacy or
 * no-code page pastes, without a prior `npm run build`. Lit is bundled in, as in dist/.
 */
const scriptBundles = {
  // The compat script loads the session recorder from the file beside it, as the build wires it;
  // under alone/ there is none beside it.
  '/__bundles/wwe-service-client-api.js': { entry: 'src/compat/wwe-service-client-api.ts', format: 'iife', plugins: [recorderBesideScript] },
  '/__bundles/alone/wwe-service-client-api.js': { entry: 'src/compat/wwe-service-client-api.ts', format: 'iife', plugins: [recorderBesideScript] },
  '/__bundles/wwe-service-client-api.recorder.js': { entry: 'src/connection/recorder.ts', format: 'esm' },
  '/__bundles/wwe-components.bundle.js': { entry: 'src/bundle/bundle.ts', format: 'esm' },
  '/__bundles/wwe-components.bundle.classic.js': { entry: 'src/bundle/bundle.ts', format: 'iife' },
  '/__bundles/wwe-components.autoloader.js': { entry: 'src/bundle/autoloader.ts', format: 'esm', splitting: true },
  // Not a shipped build: a second, independently bundled copy of the kit for the two-copies tests.
  '/__bundles/kit-copy.js': { entry: 'test/fixtures/kit-copy.ts', format: 'esm' },
};
/** Output files by URL path; the autoloader's chunks are served from here too. */
const builtFiles = new Map();

async function buildBundle(path) {
  const bundle = scriptBundles[path];
  const result = await build({
    entryPoints: { [path.slice('/__bundles/'.length).replace(/\.js$/, '')]: bundle.entry },
    bundle: true,
    format: bundle.format,
    splitting: bundle.splitting ?? false,
    plugins: bundle.plugins ?? [],
    outdir: '/__bundles',
    target: 'es2022',
    write: false,
    tsconfig,
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) builtFiles.set(file.path, file.text);
}

/** @type {import('@web/dev-server-core').Plugin} */
const scriptBundlePlugin = {
  name: 'script-bundles',
  async serve(context) {
    if (!context.path.startsWith('/__bundles/')) return undefined;
    if (!builtFiles.has(context.path) && scriptBundles[context.path]) await buildBundle(context.path);
    const body = builtFiles.get(context.path);
    return body === undefined ? undefined : { body, type: 'js' };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/leaks/**'],
  // Leak tests read the heap after a forced collection, which only Chromium offers (--expose-gc).
  groups: [{ name: 'leaks', files: 'test/leaks/**/*.test.ts', browsers: [chromiumLauncher(['--js-flags=--expose-gc', '--enable-precise-memory-info'])] }],
  nodeResolve: true,
  // The test page runs on http://localhost:<port>; fixtures load from http://127.0.0.1:<port> to cross origins.
  hostname: 'localhost',
  // Serves the strict-CSP fixtures (and `?csp=strict` pages) with the policy header.
  middleware: [cspMiddleware()],
  // The framework plugins compile .vue, .svelte and .tsx before esbuild sees them.
  plugins: [scriptBundlePlugin, ...frameworkTestPlugins(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  browsers: [...(wanted.includes('chromium') ? [chromium] : []), ...(wanted.includes('firefox') ? [firefox] : [])],
  // Tests wait for events and states; these limits are only a safety net, sized for a loaded 2-core
  // machine (axe on a big shadow tree, a browser that starts slowly), never a budget a test relies on.
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  // Development builds are on purpose in tests (they warn about misuse); their banners are noise.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|Angular is running in development mode)/.test(String(args[0])),
  // `npm test -- --coverage` (as CI runs it) fails below these. Coverage comes from Chromium only.
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { lines: 90, branches: 90, statements: 0, functions: 0 },
  },
};
