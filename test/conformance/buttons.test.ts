import { CONFORMANCE_GROUPS } from './groups.js';
import { conformanceSpecOf } from './specs.js';
import { runConformanceSuite } from './element-conformance.js';

for (const tag of CONFORMANCE_GROUPS.buttons) runConformanceSuite(conformanceSpecOf(tag));
