// Records the session examples/testing/playwright/contract.spec.mjs replays, as a person would on
// a real desktop with recording on: run it again when the sample CRM or the kit changes what the
// page asks the desktop (after `npm run build`):
// npx playwright test --config examples/testing/playwright/record.config.mjs
import config from './playwright.config.mjs';

export default { ...config, testMatch: 'record-sample-crm.mjs' };
