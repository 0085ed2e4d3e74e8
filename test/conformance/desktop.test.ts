import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/elements/registry.js';
import { CONFORMANCE_GROUPS } from './groups.js';
import { conformanceSpecOf } from './specs.js';
import { runConformanceSuite } from './element-conformance.js';

it('the conformance groups run every element of the kit once', () => {
  expect(Object.values(CONFORMANCE_GROUPS).flat().sort()).to.deep.equal([...ELEMENT_TAGS].sort());
});

for (const tag of CONFORMANCE_GROUPS.desktop) runConformanceSuite(conformanceSpecOf(tag));
