import { expect } from '@open-wc/testing';
import { SimulatorEngine } from '../../src/simulator/engine/index.js';
import { createSimulatorGlobal, parseTimeline, playScenario, ScenarioError, SCENARIO_LIBRARY, type Timeline } from '../../src/simulator/scenarios/index.js';
import { button, deepQuery, mountShell, settle, until } from './harness.js';

describe('simulator scenarios: timelines', () => {
  let engine: SimulatorEngine;

  beforeEach(() => {
    engine = new SimulatorEngine({ dialDelay: 5 });
  });

  afterEach(() => engine.dispose());

  it('reads a timeline from JSON and names the first problem', () => {
    expect(parseTimeline('{"steps":[{"wait":5},{"do":"answer","args":["$call"]}]}')).to.deep.equal({
      ok: true,
      timeline: { name: 'Untitled timeline', steps: [{ wait: 5 }, { do: 'answer', args: ['$call'] }] },
    });
    const problems: [unknown, string][] = [
      ['{not json', 'not JSON'],
      ['[]', 'a timeline is an object'],
      [{ steps: {} }, '"steps" must be an array'],
      [{ steps: [{ wait: -1 }] }, 'step 1: "wait"'],
      [{ steps: [{ wait: 1 }, { do: 'snapshot' }] }, 'step 2: "do" must be one of'],
      [{ steps: [{ do: 'answer', args: 'x' }] }, '"args" must be an array'],
      [{ steps: [{ do: 'answer', as: 'not a name' }] }, '"as" must be a name'],
    ];
    for (const [input, message] of problems) {
      const parsed = parseTimeline(input);
      expect(parsed.ok, JSON.stringify(input)).to.equal(false);
      if (!parsed.ok) expect(parsed.error).to.contain(message);
    }
  });

  it('plays actions in order, reusing stored ids', async () => {
    const timeline: Timeline = {
      name: 'answered call',
      steps: [
        { do: 'inboundCall', args: [{ ani: '+15550001111', userData: { Reason: 'Billing' } }], as: 'call' },
        { wait: 5 },
        { do: 'answer', args: ['$call'] },
        { do: 'setUserData', args: ['$call', { Disposition: 'Sale' }] },
      ],
    };
    const result = await playScenario(engine, timeline);
    const [call] = engine.snapshot().interactions;
    expect(result.values.call).to.equal(call.interactionId);
    expect(call.state).to.equal('ESTABLISHED');
    expect(call.userData).to.include({ Reason: 'Billing', Disposition: 'Sale' });
  });

  it('stops at the first step the desktop refuses, naming it', async () => {
    const failing: Timeline = { name: 'bad', steps: [{ do: 'answer', args: ['404'] }] };
    const error = await playScenario(engine, failing).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ScenarioError);
    expect((error as ScenarioError).stepIndex).to.equal(0);
    expect((error as Error).message).to.contain("'bad' failed at step 1 (answer)").and.contain('404');
    const unknown = await playScenario(engine, { name: 'x', steps: [{ do: 'answer', args: ['$nothing'] }] }).catch((caught: unknown) => caught);
    expect((unknown as Error).message).to.contain('"$nothing" was not stored');
  });

  it('can be stopped between steps', async () => {
    const controller = new AbortController();
    const playing = playScenario(engine, { name: 'long', steps: [{ wait: 60_000 }, { do: 'reload' }] }, { signal: controller.signal });
    controller.abort();
    const error = await playing.catch((caught: unknown) => caught);
    expect((error as ScenarioError).message).to.contain('stopped');
  });

  it('plays every built-in scenario against a fresh desktop', async () => {
    for (const timeline of SCENARIO_LIBRARY) {
      const fresh = new SimulatorEngine({ dialDelay: 5 });
      // Shorten the waits: the scenarios are paced for people, not for tests.
      const quick = { ...timeline, steps: timeline.steps.map((step) => ('wait' in step ? { wait: 10 } : step)) };
      await playScenario(fresh, quick);
      fresh.dispose();
    }
  });

  it('exposes the engine and the player as a page global', async () => {
    const api = createSimulatorGlobal(engine);
    const id = api.inboundCall({ ani: '+15550002222' });
    expect(api.snapshot().interactions.map((interaction) => interaction.interactionId)).to.deep.equal([id]);
    await api.playScenario(JSON.stringify({ steps: [{ do: 'answer', args: [id] }] }));
    expect(api.snapshot().interactions[0].state).to.equal('ESTABLISHED');
    api.endInteraction(id);
    expect(api.snapshot().interactions).to.have.length(0);
    await api.playScenario('{"steps": 1}').then(
      () => expect.fail('an invalid timeline must reject'),
      (error: Error) => expect(error.message).to.contain('Invalid timeline'),
    );
  });
});

describe('simulator shell: scenario and fault panels', () => {
  it('plays a scenario from the panel and shows its progress', async () => {
    const { shell, engine, root } = await mountShell();
    shell.drawer = 'scenarios';
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-scenario-panel')!.shadowRoot!;
    panel.querySelector<HTMLButtonElement>('button[aria-label="Play E-mail arrives"]')!.click();
    await until(() => engine.snapshot().interactions.some((interaction) => interaction.media === 'email'), 'the e-mail');
    await settle(shell);
    expect(panel.querySelector('[role="status"]')!.textContent).to.contain("'E-mail arrives' finished");
    const list = deepQuery(root, 'wwe-sim-interaction-list')!.shadowRoot!;
    expect(list.textContent).to.contain('m.dubois@example.org');
  });

  it('reports an invalid pasted timeline without playing it', async () => {
    const { shell, root } = await mountShell();
    shell.drawer = 'scenarios';
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-scenario-panel')!.shadowRoot!;
    const editor = panel.querySelector<HTMLTextAreaElement>('textarea[aria-label="Timeline JSON"]')!;
    editor.value = '{"steps":[{"do":"explode"}]}';
    editor.dispatchEvent(new Event('input'));
    button(panel, 'Play timeline').click();
    await settle(shell);
    expect(panel.querySelector('[role="status"]')!.textContent).to.contain('step 1: "do" must be one of');
  });

  it('rings the agent from the inbound-call form with attached data', async () => {
    const { shell, engine, root } = await mountShell();
    shell.drawer = 'scenarios';
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-scenario-panel')!.shadowRoot!;
    panel.querySelector<HTMLTextAreaElement>('textarea[name="userData"]')!.value = '{"OrderId": "SO-1"}';
    button(panel, 'Ring the agent').click();
    const [call] = engine.snapshot().interactions;
    expect(call).to.include({ media: 'voice', state: 'RINGING', ani: '+14155550142' });
    expect(call.userData.OrderId).to.equal('SO-1');
  });

  it('toggles faults that hosted pages feel', async () => {
    const mounted = await mountShell([{ kind: 'tab', label: 'App' }]);
    const { shell, engine, root } = mounted;
    const app = await mounted.app('App');
    shell.drawer = 'faults';
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-fault-panel')!.shadowRoot!;
    const submit = (name: string, values: Record<string, string>) => {
      const form = [...panel.querySelectorAll('form')].find((candidate) => candidate.elements.namedItem(name))!;
      for (const [field, value] of Object.entries(values)) (form.elements.namedItem(field) as HTMLInputElement).value = value;
      form.requestSubmit();
    };

    submit('message', { pattern: 'agent.get', message: 'Desktop busy' });
    expect((await app.request('agent.get')).errorMessage).to.equal('Desktop busy');
    await settle(shell);
    panel.querySelector<HTMLButtonElement>('button[aria-label="Remove host error for agent.get"]')!.click();
    expect((await app.request('agent.get')).errorMessage).to.equal(undefined);

    submit('latency', { latency: '20' });
    expect(engine.snapshot().faults.latencyMs).to.equal(20);
    expect((await app.request('agent.get')).data).to.include({ username: 'amartin' });

    submit('count', { count: '1', pattern: 'agent.*' });
    app.post({ request: 'agent.get', referenceId: 'dropped', userAgent: 'WWE Client', protocolVersion: 2 });
    await until(() => engine.messages().some((entry) => entry.reason === 'dropped-by-fault'), 'the drop');
    expect(app.received().some((message) => message.referenceId === 'dropped')).to.equal(false);

    await settle(shell);
    const checks = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    checks[0].click();
    expect(engine.snapshot().faults.forceQuarantine).to.equal(true);
    checks[1].click();
    expect(engine.snapshot().acceptedOrigins).not.to.contain(new URL(app.frame.app!.url).origin);
    await settle(shell);
    button(panel, 'Restore a healthy desktop').click();
    expect(engine.snapshot().faults).to.deep.equal({ hostErrors: {}, dropResponses: 0 });
    expect(engine.snapshot().acceptedOrigins).to.equal(new URL(app.frame.app!.url).origin);
    expect((await app.request('agent.get')).data).to.include({ username: 'amartin' });
  });

  it('is accessible with the scenario and fault panels open', async () => {
    const { shell, root } = await mountShell();
    shell.drawer = 'scenarios';
    await settle(shell);
    await expect(deepQuery(root, 'wwe-sim-drawer')!).to.be.accessible();
    shell.drawer = 'faults';
    await settle(shell);
    await expect(deepQuery(root, 'wwe-sim-drawer')!).to.be.accessible();
  });
});
