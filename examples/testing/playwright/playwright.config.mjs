// Playwright: tests run in Node, so openTestDesktop turns the test's page into the simulated
// desktop (served by page.route from the package) and proxies the TestDesktop API with
// page.evaluate. Only the app is served (serve.mjs). Run after `npm run build`:
// npx playwright test --config examples/testing/playwright/playwright.config.mjs
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.PORT || 4391);

export default defineConfig({
  testDir: '.',
  timeout: 30000,
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    // No browser download: the system Chromium.
    launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: { command: `node serve.mjs`, url: `http://localhost:${PORT}/examples/sample-crm/index.html`, env: { PORT: String(PORT) }, reuseExistingServer: false, timeout: 30000 },
});
