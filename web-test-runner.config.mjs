// @ts-check
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { build } from 'esbuild';

// Agent Desktop runs in Chrome, Edge and Firefox, so the suite runs in both engines.
// BROWSERS=chromium (or firefox) narrows a local run.
const wanted = (process.env.BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim());

// One page per browser: axe checks time out when pages share a browser (see shared/reference/firefox.md).
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  },
  concurrency: 1,
});
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

/**
 * Script-tag bundles, built in memory from the sources, so tests load the real classic-script
 * shape (what a legacy or no-code page pastes) without a prior `npm run build`.
 */
const scriptBundles = {
  '/__bundles/wwe-service-client-api.js': { entry: 'src/compat/wwe-service-client-api.ts', format: 'iife' },
};

/** @type {import('@web/dev-server-core').Plugin} */
const scriptBundlePlugin = {
  name: 'script-bundles',
  async serve(context) {
    const bundle = scriptBundles[context.path];
    if (!bundle) return undefined;
    const result = await build({ entryPoints: [bundle.entry], bundle: true, format: bundle.format, target: 'es2020', write: false, tsconfig, logLevel: 'silent' });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // The test page runs on http://localhost:<port>; fixtures load from http://127.0.0.1:<port> to cross origins.
  hostname: 'localhost',
  plugins: [scriptBundlePlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
  browsers: [...(wanted.includes('chromium') ? [chromium] : []), ...(wanted.includes('firefox') ? [firefox] : [])],
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build is on purpose in tests (it warns about misuse); its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
  },
};
