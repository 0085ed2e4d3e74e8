import { expect } from '@open-wc/testing';
import { PROFILES, SimulatorEngine, SimulatorError, type ChangeKind } from '../../src/simulator/engine/index.js';
import { createSimulatorGlobal, parseTimeline, playScenario, ScenarioError, TIMELINE_ACTIONS } from '../../src/simulator/scenarios/index.js';
import { deepQuery, mountShell, settle } from './harness.js';

const NAMES = PROFILES.map((profile) => profile.name);

describe('simulator profiles: engine, timeline and page global', () => {
  let engine: SimulatorEngine;

  beforeEach(() => {
    engine = new SimulatorEngine({ dialDelay: 5 });
  });

  afterEach(() => engine.dispose());

  it('lists every profile with a description, vendor first and by default', () => {
    expect(NAMES).to.deep.equal(['vendor', 'partial-events', 'probe-filtered', 'probe-refused', 'rate-limited', 'legacy-8.5']);
    expect(PROFILES.every((profile) => profile.description.length > 10)).to.equal(true);
    expect(engine.profile).to.equal('vendor');
    expect(engine.snapshot().profile).to.equal('vendor');
    const legacy = new SimulatorEngine({ profile: 'legacy-8.5' });
    expect(legacy.profile).to.equal('legacy-8.5');
    legacy.dispose();
  });

  it('announces a profile change through onChange, and refuses an unknown name', () => {
    const kinds: ChangeKind[] = [];
    engine.onChange((kind) => kinds.push(kind));
    engine.setProfile('partial-events');
    expect(kinds).to.include('model');
    expect(engine.snapshot().profile).to.equal('partial-events');
    expect(() => engine.setProfile('nope' as never)).to.throw(SimulatorError, `Unknown desktop profile 'nope': use one of ${NAMES.join(', ')}`);
    expect(() => new SimulatorEngine({ profile: 'legacy' as never })).to.throw(SimulatorError, 'legacy-8.5');
    expect(engine.profile).to.equal('partial-events');
  });

  it('is a timeline action and a top-level "profile" of a scenario', async () => {
    expect(TIMELINE_ACTIONS).to.include('setProfile');
    const parsed = parseTimeline({ name: 'old desktop', profile: 'legacy-8.5', steps: [{ do: 'inboundCall', args: [{ ani: '1' }], as: 'call' }, { do: 'setProfile', args: ['rate-limited'] }] });
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.timeline.profile).to.equal('legacy-8.5');
    const seen: string[] = [];
    engine.onChange(() => seen.push(engine.profile));
    await playScenario(engine, parsed.timeline);
    expect(seen[0]).to.equal('legacy-8.5');
    expect(engine.profile).to.equal('rate-limited');
    expect(engine.snapshot().configuration['service-client-api.rate-limit']).to.equal('10');
    const bad = parseTimeline({ profile: 'nope', steps: [] });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error).to.equal(`"profile" must be one of ${NAMES.join(', ')}`);
    const refused = await playScenario(engine, { name: 'x', steps: [{ do: 'setProfile', args: ['nope'] }] }).catch((error: unknown) => error);
    expect((refused as ScenarioError).message).to.contain("Unknown desktop profile 'nope'");
  });

  it('is on the page global: setProfile and profile', () => {
    const api = createSimulatorGlobal(engine);
    expect(api.profile).to.equal('vendor');
    api.setProfile('probe-filtered');
    expect(api.profile).to.equal('probe-filtered');
    expect(engine.profile).to.equal('probe-filtered');
    expect(() => api.setProfile('nope' as never)).to.throw(SimulatorError);
  });
});

describe('simulator shell: profile selector', () => {
  it('lists the profiles with their descriptions and switches the desktop', async () => {
    const { shell, engine, root } = await mountShell();
    shell.drawer = 'faults';
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-fault-panel')!.shadowRoot!;
    const select = panel.querySelector<HTMLSelectElement>('select[name="profile"]')!;
    expect(select.labels[0].textContent).to.contain('Profile');
    expect([...select.options].map((option) => option.value)).to.deep.equal(NAMES);
    expect([...select.options].every((option, index) => option.textContent!.includes(PROFILES[index].description))).to.equal(true);
    expect(select.value).to.equal('vendor');
    select.value = 'legacy-8.5';
    select.dispatchEvent(new Event('change'));
    expect(engine.profile).to.equal('legacy-8.5');
    await settle(shell);
    expect(panel.querySelector('#profile-description')!.textContent).to.contain('"type"');
    // A change made elsewhere (a timeline, the page global) shows in the selector.
    engine.setProfile('partial-events');
    await settle(shell);
    expect(select.value).to.equal('partial-events');
  });
});
