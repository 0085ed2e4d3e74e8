import { expect } from '@open-wc/testing';
import { button, deepQuery, deepQueryAll, mountShell, settle, until, type MountedShell } from './harness.js';

const CALLER = { ani: '+14155550142', callerName: 'Jordan Lee', userData: { CustomerId: 'C-1042' } };

describe('simulator shell: renders and drives the desktop', () => {
  let mounted: MountedShell;

  beforeEach(async () => {
    mounted = await mountShell([{ kind: 'interaction', label: 'CRM' }]);
  });

  it('lists an inbound call grouped by case, with media, state and attached data', async () => {
    const { shell, engine, root } = mounted;
    const id = engine.inboundCall(CALLER);
    await settle(shell);
    const item = deepQuery(root, 'wwe-sim-interaction-list')!.shadowRoot!.querySelector('.item')!;
    expect(item.textContent).to.contain('Jordan Lee').and.contain('Ringing');
    expect(item.querySelector('svg[aria-label="Call"]')).not.to.equal(null);
    expect(item.getAttribute('aria-current')).to.equal('true');
    const data = deepQuery(root, 'wwe-sim-attached-data')!.shadowRoot!;
    expect(data.textContent).to.contain('CustomerId').and.contain('C-1042');
    expect(engine.snapshot().interactions[0].interactionId).to.equal(id);
  });

  it('answers, holds, resumes, hangs up and marks done from the call controls', async () => {
    const { shell, engine, root } = mounted;
    const id = engine.inboundCall(CALLER);
    const stateOf = () => engine.snapshot().interactions.find((interaction) => interaction.interactionId === id)?.state;
    for (const [label, expected] of [
      ['Answer', 'ESTABLISHED'],
      ['Hold', 'HELD'],
      ['Resume', 'ESTABLISHED'],
      ['Hang up', 'RELEASED'],
    ] as const) {
      await settle(shell);
      button(root, label).click();
      expect(stateOf(), label).to.equal(expected);
    }
    await settle(shell);
    button(root, 'Mark done').click();
    expect(engine.snapshot().interactions).to.have.length(0);
  });

  it('controls call recording and shows its state', async () => {
    const { shell, engine, root } = mounted;
    const id = engine.inboundCall(CALLER);
    engine.answer(id);
    const recording = () => engine.snapshot().interactions[0].recordingState;
    await settle(shell);
    button(root, 'Start recording').click();
    expect(recording()).to.equal('RECORDING');
    await settle(shell);
    expect(deepQuery(root, 'wwe-sim-recording')!.shadowRoot!.textContent).to.contain('Recording');
    button(root, 'Pause').click();
    expect(recording()).to.equal('PAUSED');
    await settle(shell);
    button(root, 'Stop').click();
    expect(recording()).to.equal('STOPPED');
  });

  it('shows what the desktop refuses as a notice instead of throwing', async () => {
    const { shell, engine, root } = mounted;
    engine.answer(engine.inboundCall(CALLER));
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-call-panel')!.shadowRoot!;
    const target = panel.querySelector<HTMLInputElement>('input[aria-label="Consult target"]')!;
    target.value = ' ';
    target.dispatchEvent(new Event('input'));
    button(panel, 'Consult').click();
    await settle(shell);
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('The target destination is empty');
    expect(engine.snapshot().interactions).to.have.length(1);
  });

  it('selects and expands cases; hosted pages see isCaseSelected / isCaseExpanded', async () => {
    const { shell, engine, root } = mounted;
    const app = await mounted.app('CRM');
    await app.subscribe(['interaction']);
    const first = engine.inboundCall(CALLER);
    engine.inboundCall({ ani: '+14155550177' });
    await settle(shell);
    const list = deepQuery(root, 'wwe-sim-interaction-list')!.shadowRoot!;
    const firstCase = engine.snapshot().interactions.find((interaction) => interaction.interactionId === first)!.caseId;
    const caseTitle = list.querySelector<HTMLButtonElement>(`[data-case="${firstCase}"] .case-title`)!;
    caseTitle.click();
    expect(engine.snapshot().selectedCaseId).to.equal(firstCase);
    const selected = await until(
      () => app.events('interaction', 'CASE_SELECTION_CHANGED').map((message) => (message.data as { interaction: { interactionId: string; isCaseSelected: boolean } }).interaction).find((item) => item.interactionId === first && item.isCaseSelected),
      'CASE_SELECTION_CHANGED for the first call',
    );
    expect(selected.isCaseSelected).to.equal(true);
    await settle(shell);
    list.querySelector<HTMLButtonElement>(`[data-case="${firstCase}"] [aria-expanded]`)!.click();
    expect(engine.snapshot().cases.find((entry) => entry.caseId === firstCase)!.isExpanded).to.equal(false);
    await until(
      () => app.events('interaction', 'CASE_SELECTION_CHANGED').some((message) => {
        const interaction = (message.data as { interaction: { interactionId: string; isCaseExpanded: boolean } }).interaction;
        return interaction.interactionId === first && !interaction.isCaseExpanded;
      }),
      'the collapse to reach the page',
    );
    await settle(shell);
    expect(list.querySelector(`[data-case="${firstCase}"] .item`)).to.equal(null);
  });

  it('changes the agent state from the menu, reasons included', async () => {
    const { shell, engine, root } = mounted;
    const app = await mounted.app('CRM');
    await app.subscribe(['agent']);
    const menu = deepQuery(root, 'wwe-sim-agent-state')!.shadowRoot!;
    menu.querySelector<HTMLButtonElement>('.trigger')!.click();
    await settle(shell);
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitemradio"]')];
    expect(items.map((item) => item.textContent!.trim())).to.include('Not Ready - Break');
    items.find((item) => item.textContent!.includes('Not Ready - Break'))!.click();
    expect(engine.snapshot().agentState.operationName).to.equal('NotReady_Break');
    const event = await until(() => app.events('agent', 'STATE_CHANGED')[0], 'agent STATE_CHANGED');
    expect(event.data).to.include({ mediaState: 'NOT_READY_ACTION_CODE', reason: 'Break' });
    await settle(shell);
    expect(menu.querySelector('[role="menu"]')).to.equal(null);
    expect(menu.querySelector('.trigger')!.textContent).to.contain('Not Ready - Break');
  });

  it('lets the agent set and delete attached data', async () => {
    const { shell, engine, root } = mounted;
    const id = engine.inboundCall(CALLER);
    await settle(shell);
    const panel = deepQuery(root, 'wwe-sim-attached-data')!.shadowRoot!;
    panel.querySelector<HTMLInputElement>('input[name="key"]')!.value = 'Disposition';
    panel.querySelector<HTMLInputElement>('input[name="value"]')!.value = 'Sale';
    panel.querySelector('form')!.requestSubmit();
    expect(engine.snapshot().interactions[0].userData.Disposition).to.equal('Sale');
    await settle(shell);
    panel.querySelector<HTMLButtonElement>('button[aria-label="Delete Disposition"]')!.click();
    expect(engine.snapshot().interactions.find((interaction) => interaction.interactionId === id)!.userData).not.to.have.property('Disposition');
  });

  it('hosts each app in its own frame with its own frameId', async () => {
    const { shell } = await mountShell([
      { kind: 'tab', label: 'Tab app' },
      { kind: 'interaction', label: 'View app' },
      { kind: 'hidden', label: 'Hidden app' },
    ]);
    const engine = shell.engine!;
    const apps = await Promise.all(['Tab app', 'View app', 'Hidden app'].map(async (label) => {
      const frame = deepQueryAll<HTMLElement & { app?: { label: string } }>(shell.shadowRoot!, 'wwe-sim-app-frame').find((candidate) => candidate.app?.label === label)!;
      return frame;
    }));
    expect(apps.every((frame) => frame !== undefined)).to.equal(true);
    await until(() => engine.snapshot().frames.length === 3, 'three frames to register');
    const frames = engine.snapshot().frames;
    expect(new Set(frames.map((frame) => frame.frameId)).size).to.equal(3);
    expect(frames.map((frame) => frame.kind).sort()).to.deep.equal(['hidden', 'interaction', 'tab']);
  });

  it('is accessible', async () => {
    const { shell, engine } = mounted;
    engine.inboundCall(CALLER);
    await settle(shell);
    await expect(shell).to.be.accessible();
  });
});
