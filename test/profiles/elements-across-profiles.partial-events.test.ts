/** The element table (element-scenarios.ts) on the 'partial-events' desktop: interaction events after ADDED carry only the interactionId and the fields that changed. */
import { describeElementsOn } from './across-profiles.js';

describe('elements across desktop profiles', () => {
  describeElementsOn('partial-events');
});
