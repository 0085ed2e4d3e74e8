/** The element table (element-scenarios.ts) on the 'probe-filtered' desktop: system.getAllowedServices is never answered. */
import { describeElementsOn } from './across-profiles.js';

describe('elements across desktop profiles', () => {
  describeElementsOn('probe-filtered');
});
