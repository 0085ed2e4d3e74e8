// Runs the testing kit's examples (examples/testing/) against the sample CRM (examples/sample-crm/),
// each with its own runner, Chromium only: @web/test-runner, Playwright, Vitest browser mode.
// Needs `npm run build` first: the examples import `wwe-components/testing` as a user would, which
// this package resolves to itself through its `exports` (package self-reference), so they test the
// built files that ship, and the sample CRM loads the built no-code bundle.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/wwe-testing.js') || !existsSync('dist/testing/wwe-test-desktop.js')) {
  console.error('check-testing-kit: dist/ is missing the testing kit; run `npm run build` first.');
  process.exit(1);
}

const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const suites = [
  ['@web/test-runner', ['web-test-runner', '--config', 'examples/testing/web-test-runner/web-test-runner.config.mjs', '--static-logging']],
  ['Playwright', ['playwright', 'test', '--config', 'examples/testing/playwright/playwright.config.mjs']],
  ['Vitest browser mode', ['vitest', 'run', '--config', 'examples/testing/vitest/vitest.config.mjs']],
];

const failed = [];
for (const [name, args] of suites) {
  console.log(`\n--- testing kit example: ${name}`);
  const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit', env });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\ncheck-testing-kit: failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\ncheck-testing-kit: the three example suites passed');
