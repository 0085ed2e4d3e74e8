/** The element table (element-scenarios.ts) on the 'legacy-8.5' desktop: events name their type under `type`, not `eventType`. */
import { describeElementsOn } from './across-profiles.js';

describe('elements across desktop profiles', () => {
  describeElementsOn('legacy-8.5');
});
