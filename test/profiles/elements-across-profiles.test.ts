/**
 * Conformance across desktop profiles: every element's core behaviour (element-scenarios.ts) against
 * every desktop the simulator can play (src/simulator/engine/profiles.ts), through the real
 * cross-origin desktop frame. The kit must work the same on each: a desktop that sends partial
 * events, drops or refuses the probe, rate-limits the page, or speaks the 8.5 event shape.
 *
 * This file checks the table and runs the default profile; every other profile runs the same table
 * from `elements-across-profiles.<profile>.test.ts` (see fileOf in across-profiles.ts).
 */
import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from '../../src/elements/registry.js';
import { PROFILES } from '../../src/simulator/engine/index.js';
import { ELEMENT_SCENARIOS } from './element-scenarios.js';
import { describeElementsOn, fileOf } from './across-profiles.js';

describe('elements across desktop profiles', () => {
  it('has one scenario per element of the kit', () => {
    expect(ELEMENT_SCENARIOS.map((scenario) => scenario.tag).sort()).to.deep.equal([...ELEMENT_TAGS].sort());
  });

  it('runs every profile the simulator plays, each from its file', async () => {
    const missing: string[] = [];
    for (const { name } of PROFILES) {
      const file = fileOf(name);
      const response = await fetch(new URL(file, import.meta.url));
      const source = response.ok ? await response.text() : '';
      // The file must exist and hand its profile to the table (served compiled: either quote).
      if (!source.includes(`describeElementsOn('${name}')`) && !source.includes(`describeElementsOn("${name}")`)) missing.push(file);
    }
    expect(missing, 'profiles with no test file running the table').to.deep.equal([]);
  });

  describeElementsOn('vendor');
});
