/** The element table (element-scenarios.ts) on the 'rate-limited' desktop: 10 requests a minute per frame, then 30 s ignored. */
import { describeElementsOn } from './across-profiles.js';

describe('elements across desktop profiles', () => {
  describeElementsOn('rate-limited');
});
