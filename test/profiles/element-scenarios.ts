/**
 * The table the profile suite runs: one core scenario per element of the kit, each a function of a
 * kit connected to a simulated desktop (already playing the profile) that drives the element as a
 * user or the agent would and asserts what the element shows and what the desktop received.
 *
 * Budget: the `rate-limited` profile ignores a frame after 10 requests a minute, and every scenario
 * runs on it, so each one keeps the page's own requests (probe, subscriptions, the store's fetches,
 * the element's actions) under that. Desktop-side actions (kit.desktop.call) cost the page nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/all.js';
import type { ElementTag } from '../../src/elements/registry.js';
import type { WweAgentState } from '../../src/elements/agent-state/agent-state.js';
import type { WweCallControls } from '../../src/elements/call-controls/call-controls.js';
import type { WweCaseSelector } from '../../src/elements/case-selector/case-selector.js';
import type { WweConnectionStatus } from '../../src/elements/connection-status/connection-status.js';
import type { WweDialButton } from '../../src/elements/dial-button/dial-button.js';
import type { WweEmailButton } from '../../src/elements/email-button/email-button.js';
import type { WweEventLog } from '../../src/elements/event-log/event-log.js';
import type { WweInteractionInfo } from '../../src/elements/interaction-info/interaction-info.js';
import type { WweMarkdoneGuard } from '../../src/elements/markdone-guard/markdone-guard.js';
import type { WweRecordingControl } from '../../src/elements/recording-control/recording-control.js';
import type { WweTelLinks } from '../../src/elements/tel-links/tel-links.js';
import type { WweToastTrigger } from '../../src/elements/toast-trigger/toast-trigger.js';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { ProfileName } from '../../src/simulator/engine/index.js';
import type { KitOnDesktop } from '../helpers/kit.js';
import {
  actionButton,
  actionsShown,
  clockSeconds,
  desktopInteraction,
  fromPage,
  isEnabled,
  liveText,
  nextEvent,
  sentParameters,
  shadowText,
  typeInto,
  until,
} from './page.js';
import { clickWithoutLeaving } from '../helpers/links.js';

export interface ElementScenario {
  tag: ElementTag;
  /** What the scenario proves, for the test title. */
  does: string;
  run(kit: KitOnDesktop, profile: ProfileName): Promise<void>;
}

/** The voice icon's path, as both interaction-info and case-selector draw it. */
const VOICE_ICON = /^M6\.6 10\.8a15\.1 15\.1 0 0 0 6\.6 6\.6/;

/** Term → value pairs of interaction-info's description list. */
function infoEntries(el: WweInteractionInfo): Record<string, string> {
  const result: Record<string, string> = {};
  for (const term of el.shadowRoot!.querySelectorAll('dt')) {
    result[term.textContent!.trim()] = (term.nextElementSibling as HTMLElement).textContent!.replace(/\s+/g, ' ').trim();
  }
  return result;
}

/** The duration interaction-info shows is a clock of a few seconds: not negative, not decades. */
function expectSaneDuration(el: WweInteractionInfo, when: string): void {
  const text = el.shadowRoot!.querySelector('[part="duration"]')?.textContent ?? '(none)';
  const seconds = clockSeconds(text);
  expect(seconds, `duration "${text}" ${when}`).to.be.within(0, 120);
}

const dialButton: ElementScenario = {
  tag: 'wwe-dial-button',
  does: 'dials the number; the desktop places the call; wwe-dial fires',
  async run(kit: KitOnDesktop) {
    const el = await fixture<WweDialButton>(html`<wwe-dial-button number="+33 (0)2 98-00.00.00"></wwe-dial-button>`);
    const button = () => el.shadowRoot!.querySelector('button')!;
    await until(() => !button().disabled, 'the dial button to enable');
    const dialed = nextEvent<{ number: string }>(el, 'wwe-dial');
    button().click();
    expect((await dialed).detail.number).to.equal('+33298000000');
    expect((await sentParameters(kit, 'voice.dial')).map((params) => params[0])).to.deep.equal(['+33298000000']);
    await until(async () => (await kit.desktop.snapshot()).interactions.some((ixn) => ixn.dnis === '+33298000000'), 'the outbound call on the desktop');
    // The announcement after the desktop accepted (while busy it ends with an ellipsis).
    await until(() => liveText(el) === 'Dialing +33298000000', 'the dialed announcement');
  },
};

const telLinks: ElementScenario = {
  tag: 'wwe-tel-links',
  does: 'a tel: link dials through the desktop instead of navigating',
  async run(kit: KitOnDesktop) {
    const el = await fixture<WweTelLinks>(html`<wwe-tel-links><p>Call <a href="tel:+33-2-98-00-00-01">the office</a></p></wwe-tel-links>`);
    const link = el.querySelector('a')!;
    await until(() => link.getAttribute('data-wwe-dial') === '+33298000001', 'the tel: link to be taken over');
    const dialed = nextEvent<{ number: string }>(el, 'wwe-dial');
    expect(clickWithoutLeaving(link), 'the browser must not follow the tel: link').to.equal(false);
    expect((await dialed).detail.number).to.equal('+33298000001');
    expect((await sentParameters(kit, 'voice.dial')).map((params) => params[0])).to.deep.equal(['+33298000001']);
    await until(async () => (await kit.desktop.snapshot()).interactions.some((ixn) => ixn.dnis === '+33298000001'), 'the outbound call on the desktop');
  },
};

const emailButton: ElementScenario = {
  tag: 'wwe-email-button',
  does: 'creates the e-mail through email.create; wwe-email fires',
  async run(kit: KitOnDesktop) {
    const el = await fixture<WweEmailButton>(html`<wwe-email-button address="ana@example.com" user-data='{"crmId":"A-17"}'></wwe-email-button>`);
    const button = () => el.shadowRoot!.querySelector('button')!;
    await until(() => !button().disabled, 'the e-mail button to enable');
    const created = nextEvent<{ address: string }>(el, 'wwe-email');
    button().click();
    expect((await created).detail.address).to.equal('ana@example.com');
    expect(await sentParameters(kit, 'email.create')).to.deep.equal([['ana@example.com', { crmId: 'A-17' }]]);
    const snapshot = await kit.desktop.snapshot();
    expect(snapshot.interactions.some((ixn) => ixn.media === 'email' && ixn.parties.some((party) => party.address === 'ana@example.com'))).to.equal(true);
    await until(() => liveText(el).includes('E-mail to ana@example.com opened'), 'the announcement');
  },
};

const recordingControl: ElementScenario = {
  tag: 'wwe-recording-control',
  does: 'starts, pauses and stops recording an answered call, showing each state',
  async run(kit: KitOnDesktop) {
    // The call exists before the element: the store learns it from the list, not from events.
    const id = await kit.desktop.inboundCall({ ani: '+33298000002' });
    await kit.desktop.call('answer', id);
    const el = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
    const indicatorState = () => el.shadowRoot!.querySelector<HTMLElement>('[part="indicator"]')?.dataset.state;
    await until(() => isEnabled(el, 'start') && indicatorState() === 'STOPPED', 'the start button on the answered call');
    expect(el.getAttribute('recording-state')).to.equal('STOPPED');
    const steps: [action: string, request: string, state: string, label: string, offered: string[]][] = [
      ['start', 'voice.startCallRecording', 'RECORDING', 'Recording', ['pause', 'stop']],
      ['pause', 'voice.pauseCallRecording', 'PAUSED', 'Recording paused', ['resume', 'stop']],
      ['stop', 'voice.stopCallRecording', 'STOPPED', 'Not recording', ['start']],
    ];
    for (const [action, request, state, label, offered] of steps) {
      actionButton(el, action)!.click();
      await until(async () => (await desktopInteraction(kit, id))?.recordingState === state, `the desktop to be ${state}`);
      await until(() => indicatorState() === state && el.getAttribute('recording-state') === state, `the element to show ${state} after ${action}`);
      await until(() => actionsShown(el).join() === offered.join() && offered.every((shown) => isEnabled(el, shown)), `${offered.join()} offered after ${action}`);
      expect(shadowText(el, '[part="indicator"] .state')).to.equal(label);
      expect(await sentParameters(kit, request)).to.deep.equal([[id]]);
    }
  },
};

const callControls: ElementScenario = {
  tag: 'wwe-call-controls',
  does: 'answers, holds, resumes and hangs up a ringing call, showing each state',
  async run(kit: KitOnDesktop) {
    // The element first, then the call: the store learns it from the ADDED event.
    const el = await fixture<WweCallControls>(html`<wwe-call-controls></wwe-call-controls>`);
    await until(() => kit.connection.state === 'ready' && shadowText(el, '.empty') === 'No call', 'the empty controls');
    const id = await kit.desktop.inboundCall({ ani: '+33298000003' });
    await until(() => isEnabled(el, 'answer'), 'the answer button for the ringing call');
    expect(actionsShown(el)).to.deep.equal(['answer']);
    expect(el.interaction?.interactionId).to.equal(id);
    const steps: [action: string, request: string, state: string, offered: string[]][] = [
      ['answer', 'voice.answer', 'ESTABLISHED', ['hold', 'hangUp']],
      ['hold', 'voice.hold', 'HELD', ['resume', 'hangUp']],
      ['resume', 'voice.resume', 'ESTABLISHED', ['hold', 'hangUp']],
      ['hangUp', 'voice.hangUp', 'RELEASED', ['markdone']],
    ];
    for (const [action, request, state, offered] of steps) {
      const done = nextEvent<{ action: string; interactionId: string }>(el, 'wwe-call-action');
      actionButton(el, action)!.click();
      expect((await done).detail).to.deep.equal({ action, interactionId: id });
      expect(await sentParameters(kit, request)).to.deep.equal([[id]]);
      expect((await desktopInteraction(kit, id))?.state).to.equal(state);
      await until(() => el.interaction?.state === state && actionsShown(el).slice(0, offered.length).join() === offered.join(), `${offered.join()} shown for ${state}`);
      await until(() => offered.every((shown) => isEnabled(el, shown)), `${offered.join()} enabled for ${state}`);
    }
    expect(actionsShown(el)).to.deep.equal(['markdone']);
  },
};

const interactionInfo: ElementScenario = {
  tag: 'wwe-interaction-info',
  does: 'shows caller, voice media, direction, each state and a sane duration',
  async run(kit: KitOnDesktop) {
    // The call exists before the element: on the vendor profile the list carries no media, so the
    // store must infer voice; and the element has no interaction-id, so the target rule must find it.
    const id = await kit.desktop.inboundCall({ ani: '+33298000004', callerName: 'Ada Lovelace' });
    const el = await fixture<WweInteractionInfo>(html`<wwe-interaction-info></wwe-interaction-info>`);
    await until(() => infoEntries(el).State === 'Ringing', 'the ringing call');
    expect(el.interaction?.interactionId).to.equal(id);
    const shown = infoEntries(el);
    expect(shown.Caller).to.equal('Ada Lovelace +33298000004');
    expect(shown.Media, 'media label').to.equal('Voice');
    expect(shown.Direction).to.equal('Inbound');
    expect(el.shadowRoot!.querySelector('[part="icon"] path')?.getAttribute('d') ?? '', 'media icon').to.match(VOICE_ICON);
    expectSaneDuration(el, 'while ringing');
    for (const [action, state] of [
      ['answer', 'Connected'],
      ['hold', 'On hold'],
      ['resume', 'Connected'],
      ['hangUp', 'Ended'],
    ] as const) {
      await kit.desktop.call(action, id);
      await until(() => infoEntries(el).State === state, `${state} after the desktop's ${action}`);
      // Partial events must not lose what they do not repeat.
      expect(infoEntries(el)).to.deep.include({ Caller: 'Ada Lovelace +33298000004', Media: 'Voice', Direction: 'Inbound' });
      expectSaneDuration(el, `after ${action}`);
    }
  },
};

const userdataEditor: ElementScenario = {
  tag: 'wwe-userdata-editor',
  does: "writes an edited key and shows the desktop's own change",
  async run(kit: KitOnDesktop) {
    const id = await kit.desktop.inboundCall({ ani: '+33298000005', userData: { Notes: 'old', Amount: 5 } });
    const el = await fixture<WweUserdataEditor>(html`<wwe-userdata-editor interaction-id=${id} keys="Notes, Amount"></wwe-userdata-editor>`);
    const control = (key: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-key="${key}"] [part="input"]`);
    await until(() => control('Notes')?.value === 'old' && control('Amount')?.value === '5', 'the call data in the editor');
    const written = nextEvent<{ interactionId: string; changes: unknown }>(el, 'wwe-userdata-change');
    typeInto(control('Notes')!, 'new');
    expect((await written).detail).to.deep.include({ interactionId: id, changes: { Notes: 'new' } });
    expect(await sentParameters(kit, 'interaction.setUserData')).to.deep.equal([[id, { Notes: 'new' }]]);
    expect((await desktopInteraction(kit, id))?.userData).to.deep.include({ Notes: 'new', Amount: 5 });
    // The agent changes attached data in the desktop: the editor follows.
    await kit.desktop.call('setUserData', id, { Amount: 12 });
    await until(() => control('Amount')?.value === '12', "the desktop's change in the editor");
    expect(control('Notes')!.value, 'the key nobody changed keeps its value').to.equal('new');
    expect(el.value).to.deep.include({ Notes: 'new', Amount: 12 });
  },
};

const caseSelector: ElementScenario = {
  tag: 'wwe-case-selector',
  does: 'lists two cases and selects one through selectCaseByCaseId',
  async run(kit: KitOnDesktop) {
    const options = (el: WweCaseSelector) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    const option = (el: WweCaseSelector, caseId: string) => options(el).find((item) => item.dataset.caseId === caseId);
    // One call before the element (the list), one after (the ADDED event).
    const first = await kit.desktop.inboundCall({ ani: '+33298000006', callerName: 'Ada Lovelace' });
    const el = await fixture<WweCaseSelector>(html`<wwe-case-selector></wwe-case-selector>`);
    await until(() => options(el).length === 1, 'the first case');
    const second = await kit.desktop.inboundCall({ ani: '+33298000007', callerName: 'Grace Hopper' });
    const firstCase = (await desktopInteraction(kit, first))!.caseId;
    const secondCase = (await desktopInteraction(kit, second))!.caseId;
    expect(firstCase).to.not.equal(secondCase);
    await until(() => options(el).length === 2 && el.shadowRoot!.querySelector('[role="listbox"]')?.getAttribute('aria-disabled') === 'false', 'two cases listed');
    const lines = (caseId: string) => [...option(el, caseId)!.querySelectorAll('[part="interaction"]')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines(firstCase)).to.deep.equal(['Voice Ada Lovelace Ringing']);
    expect(lines(secondCase)).to.deep.equal(['Voice Grace Hopper Ringing']);
    expect(option(el, firstCase)!.querySelector('[part="media-icon"] path')!.getAttribute('d')).to.match(VOICE_ICON);
    const desktopSelected = (await kit.desktop.snapshot()).selectedCaseId;
    expect(desktopSelected, 'the desktop selects the newest case').to.equal(secondCase);
    await until(() => option(el, secondCase)!.getAttribute('aria-selected') === 'true', "the desktop's selection shown");

    const selected = nextEvent<{ caseId: string }>(el, 'wwe-case-select');
    option(el, firstCase)!.click();
    expect((await selected).detail).to.deep.equal({ caseId: firstCase });
    expect(await sentParameters(kit, 'interaction.selectCaseByCaseId')).to.deep.equal([[firstCase]]);
    expect((await kit.desktop.snapshot()).selectedCaseId).to.equal(firstCase);
    await until(
      () => option(el, firstCase)!.getAttribute('aria-selected') === 'true' && option(el, secondCase)!.getAttribute('aria-selected') === 'false',
      'the new selection shown',
    );
    expect(el.selectedCaseId).to.equal(firstCase);
  },
};

const toastTrigger: ElementScenario = {
  tag: 'wwe-toast-trigger',
  does: "opens a toast and reports the desktop's button click",
  async run(kit: KitOnDesktop) {
    const el = await fixture<WweToastTrigger>(html`<wwe-toast-trigger toast-title="Transfer?" message="Ana Lima asks for a callback" buttons='["Accept","Decline"]'></wwe-toast-trigger>`);
    const trigger = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    await until(() => kit.connection.state === 'ready' && !trigger().disabled && el.shadowRoot!.querySelector('[part="status"]') === null, 'the trigger to be usable');
    const opened = nextEvent<{ toastId: string }>(el, 'wwe-toast-open');
    trigger().click();
    const { toastId } = (await opened).detail;
    expect(el.getAttribute('toast-id')).to.equal(toastId);
    expect(await sentParameters(kit, 'system.popupToast')).to.deep.equal([[{ title: 'Transfer?', message: 'Ana Lima asks for a callback', buttons: ['Accept', 'Decline'] }]]);
    const onDesktop = (await kit.desktop.snapshot()).toasts.find((toast) => toast.toastId === toastId);
    expect(onDesktop?.params.title).to.equal('Transfer?');

    const clicked = nextEvent<{ toastId: string; button: string }>(el, 'wwe-toast-button-click');
    await kit.desktop.clickToastButton(toastId, 'Accept');
    expect((await clicked).detail).to.deep.equal({ toastId, button: 'Accept' });
  },
};

const agentState: ElementScenario = {
  tag: 'wwe-agent-state',
  does: 'lists the states, sets one through agent.setState, and follows the desktop',
  async run(kit: KitOnDesktop) {
    const el = await fixture<WweAgentState>(html`<wwe-agent-state></wwe-agent-state>`);
    const select = () => el.shadowRoot!.querySelector('select')!;
    const selectedText = () => select().selectedOptions[0]?.textContent?.trim();
    await until(() => !select().disabled && el.agentState !== undefined && el.stateList.length > 0, 'the state list');
    await el.updateComplete;
    expect(selectedText()).to.equal('Ready');
    const values = [...select().querySelectorAll('option')].map((item) => item.value);
    expect(values).to.include.members(['Ready', 'NotReady', 'NotReady_Lunch', 'AfterCallWork']);

    const changed = nextEvent<{ operationName: string }>(el, 'wwe-agent-state-change');
    select().value = 'NotReady_Lunch';
    select().dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).detail).to.deep.equal({ operationName: 'NotReady_Lunch' });
    expect(await sentParameters(kit, 'agent.setState')).to.deep.equal([['NotReady_Lunch']]);
    expect((await kit.desktop.snapshot()).agentState.operationName).to.equal('NotReady_Lunch');
    await until(() => selectedText() === 'Not Ready - Lunch' && el.agentState?.operationName === 'NotReady_Lunch', 'the new state shown');

    // A change the agent makes in the desktop reaches the element through an agent event only.
    await kit.desktop.setAgentState('AfterCallWork');
    await until(() => selectedText() === 'After Call Work', "the desktop's change shown");
  },
};

const markdoneGuard: ElementScenario = {
  tag: 'wwe-markdone-guard',
  does: 'blocks mark done while a required key is missing and unblocks when it is filled',
  async run(kit: KitOnDesktop) {
    const id = await kit.desktop.inboundCall({ ani: '+33298000008', userData: {} });
    await kit.desktop.call('answer', id);
    await kit.desktop.call('hangUp', id);
    const el = await fixture<WweMarkdoneGuard>(html`<wwe-markdone-guard interaction-id=${id} required-keys="Disposition"></wwe-markdone-guard>`);
    const blocks = async () => (await kit.desktop.snapshot()).markdoneBlocks;
    await until(async () => (await blocks()).some((block) => block.interactionId === id), 'the block on the desktop');
    expect(await sentParameters(kit, 'interaction.blockMarkdone')).to.deep.equal([[id, 'Fill in Disposition before marking done.']]);
    await until(() => el.blocked && shadowText(el, '[part="state"]') === 'Mark done is blocked until these are filled: Disposition', 'the blocked state shown');

    // The agent tries: the desktop refuses, and says so on the markdone channel.
    const refused = await kit.desktop.call('markDone', id).then(
      () => false,
      () => true,
    );
    expect(refused, 'mark done refused while Disposition is missing').to.equal(true);
    await until(() => liveText(el) === 'Mark done was refused: fill in Disposition.', 'the refused attempt announced');

    const unblocked = nextEvent<{ interactionId: string; blocked: boolean; missingKeys: string[] }>(el, 'wwe-markdone-guard-change');
    await kit.desktop.call('setUserData', id, { Disposition: 'Sale' });
    expect((await unblocked).detail).to.deep.equal({ interactionId: id, blocked: false, missingKeys: [] });
    expect(await blocks()).to.deep.equal([]);
    expect(await sentParameters(kit, 'interaction.unblockMarkdone')).to.deep.equal([[id]]);
    await until(() => shadowText(el, '[part="state"]') === 'Mark done is allowed', 'the allowed state shown');
    await kit.desktop.call('markDone', id);
    expect(await desktopInteraction(kit, id), 'marked done once filled').to.equal(undefined);
  },
};

const connectionStatus: ElementScenario = {
  tag: 'wwe-connection',
  does: 'says Connected, and keeps saying it once the probe settles',
  async run(kit: KitOnDesktop, profile: ProfileName) {
    const el = await fixture<WweConnectionStatus>(html`<wwe-connection></wwe-connection>`);
    await until(() => el.state === 'ready' && shadowText(el, '[part="state"]') === 'Connected to Agent Desktop', 'Connected');
    expect(kit.connection.frameId, 'the frameId the desktop posted').to.equal(kit.desktop.frameId);
    // The probe settles (answered, refused, or, when the desktop drops it, timed out): the element
    // must still say connected, because the frameId and the answers prove the desktop is there.
    await until(() => kit.connection.stats().pendingRequests === 0, 'the probe to settle');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(shadowText(el, '[part="state"]')).to.equal('Connected to Agent Desktop');
    expect(el.shadowRoot!.querySelector('[part="reason"]'), 'no reason shown while connected').to.equal(null);
    expect(el.shadowRoot!.querySelector('.indicator--ready')).to.not.equal(null);
    const probes = (await fromPage(kit)).filter((entry) => entry.name === 'system.getAllowedServices');
    expect(probes.length, 'the probe reached the desktop').to.be.greaterThan(0);
    if (profile === 'probe-filtered') {
      expect(probes.every((entry) => entry.kind === 'ignored' && entry.reason === 'api-filtered')).to.equal(true);
      expect(kit.connection.allowedServices).to.equal(undefined);
    } else if (profile === 'probe-refused') {
      expect(kit.connection.allowedServices).to.equal(undefined);
    } else {
      expect(kit.connection.allowedServices, 'the allowed list from the answered probe').to.include('voice.dial');
    }
    // And it is usable: a request goes through.
    expect(await kit.connection.request('agent.getState', [] as never)).to.have.property('operationName');
  },
};

const eventLog: ElementScenario = {
  tag: 'wwe-event-log',
  does: 'shows the events with their type as the desktop names it',
  async run(kit: KitOnDesktop, profile: ProfileName) {
    const el = await fixture<WweEventLog>(html`<wwe-event-log channels="agent, interaction"></wwe-event-log>`);
    await until(() => el.channels.every((channel) => kit.connection.channelStatus(channel as 'agent') === 'active'), 'the subscriptions');
    expect(shadowText(el, '[part~="empty"]')).to.equal('No events yet');
    await kit.desktop.setAgentState('NotReady');
    await until(() => el.entries.some((entry) => entry.channel === 'agent'), 'the agent event');
    await kit.desktop.inboundCall({ ani: '+33298000009' });
    await until(() => el.entries.some((entry) => entry.channel === 'interaction'), 'the interaction event');
    await el.updateComplete;

    const agentEntry = el.entries.find((entry) => entry.channel === 'agent')!;
    const payload = JSON.parse(agentEntry.json) as Record<string, unknown>;
    // The payload as the desktop sent it: 8.5 says `type`, later desktops `eventType`.
    const typeKey = profile === 'legacy-8.5' ? 'type' : 'eventType';
    expect(payload[typeKey], `the payload's ${typeKey}`).to.equal('STATE_CHANGED');
    expect(agentEntry.eventType, "the agent event's type as the log shows it").to.equal('STATE_CHANGED');
    const summaries = [...el.shadowRoot!.querySelectorAll('summary')].map((summary) => summary.textContent!.replace(/\s+/g, ' ').trim());
    expect(summaries.some((summary) => / agent STATE_CHANGED$/.test(summary)), `summaries: ${summaries.join(' | ')}`).to.equal(true);
    const interactionEntry = el.entries.find((entry) => entry.channel === 'interaction')!;
    expect(interactionEntry.eventType, "the interaction event's type as the log shows it").to.not.equal('?');
    expect(JSON.parse(interactionEntry.json)[typeKey]).to.equal(interactionEntry.eventType);
  },
};

/** Every element of the kit, once: the suite checks the table against ELEMENT_TAGS. */
export const ELEMENT_SCENARIOS: readonly ElementScenario[] = [
  dialButton,
  telLinks,
  emailButton,
  recordingControl,
  callControls,
  interactionInfo,
  userdataEditor,
  caseSelector,
  toastTrigger,
  agentState,
  markdoneGuard,
  connectionStatus,
  eventLog,
];
