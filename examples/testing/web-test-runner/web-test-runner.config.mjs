// @web/test-runner: the tests run in the browser, so the test page itself is the simulated desktop
// (startTestDesktop) and the sample CRM loads in an iframe of it. Run from the repository root
// after `npm run build`: npx web-test-runner --config examples/testing/web-test-runner/web-test-runner.config.mjs
import { chromeLauncher } from '@web/test-runner';

export default {
  rootDir: '.',
  files: ['examples/testing/web-test-runner/**/*.test.js'],
  // Resolves `wwe-components/testing` as a user's install does: through the package's `exports`.
  nodeResolve: true,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] },
    }),
  ],
  testFramework: { config: { timeout: 30000 } },
};
