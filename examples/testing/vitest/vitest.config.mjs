// Vitest browser mode: the tests run in Chromium (through Playwright, the system browser), in a
// page of Vitest's own server, so they use startTestDesktop like any in-browser runner and the
// sample CRM is served by the same server. Run after `npm run build`:
// npx vitest run --config examples/testing/vitest/vitest.config.mjs
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The repository root, so /examples/sample-crm/ and the dist/ bundle it loads are served.
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['examples/testing/vitest/**/*.test.js'],
    testTimeout: 30000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
