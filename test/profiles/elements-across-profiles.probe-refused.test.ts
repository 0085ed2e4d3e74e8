/** The element table (element-scenarios.ts) on the 'probe-refused' desktop: system.getAllowedServices is refused with an errorMessage. */
import { describeElementsOn } from './across-profiles.js';

describe('elements across desktop profiles', () => {
  describeElementsOn('probe-refused');
});
