/**
 * One conformance spec per element: what it needs to be usable, the request its command depends
 * on, how a person or the desktop makes it act, and the attribute values the manifest checks use.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ElementTag } from '../../src/elements/registry.js';
import { getConnection } from '../../src/connection/index.js';
import { en } from '../../src/i18n/index.js';
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
import type { KitOnDesktop } from '../helpers/kit.js';
import { clickWithoutLeaving } from '../helpers/links.js';
import type { ConformanceSpec } from './element-conformance.js';

const shadow = (el: Element) => el.shadowRoot!;
const first = <T extends HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const all = <T extends HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const enabled = (node: HTMLElement | null | undefined) => node !== null && node !== undefined && !(node as HTMLButtonElement).disabled;
const hostError = (request: string) => ({ faults: { hostErrors: { [request]: `${request} refused by the conformance suite` } }, action: request });
/** A user data sample as attribute text and property value. */
const USER_DATA: [string, unknown] = ['{"crmId":"A-17"}', { crmId: 'A-17' }];

async function answeredCall(kit: KitOnDesktop, userData?: Record<string, string>) {
  const interactionId = await kit.desktop.inboundCall({ ani: '+33298000000', ...(userData ? { userData } : {}) });
  await kit.desktop.call('answer', interactionId);
  return { interactionId };
}

const dialButton: ConformanceSpec<WweDialButton> = {
  tag: 'wwe-dial-button',
  render: () => html`<wwe-dial-button number="5001"></wwe-dial-button>`,
  usable: (el) => enabled(first(el, 'button')),
  commands: (el) => all(el, 'button'),
  event: {
    name: 'wwe-dial',
    cause: (el) => first(el, 'button')!.click(),
  },
  denial: { request: 'voice.dial', services: 'agent.*, system.*' },
  invoke: (el) => el.dial(),
  actsWithoutDesktopData: true,
  failure: hostError('voice.dial'),
  keyboard: { target: (el) => first(el, 'button')! },
  samples: () => ({ number: ['5002', '5002'], 'user-data': USER_DATA, extensions: ['{"ek":"ev"}', { ek: 'ev' }], disabled: ['', true] }),
};

const telLinks: ConformanceSpec<WweTelLinks> = {
  tag: 'wwe-tel-links',
  render: () => html`<wwe-tel-links><p>Call <a href="tel:5001">the desk</a></p></wwe-tel-links>`,
  lightDom: '<a href="tel:5001">the desk</a>',
  usable: (el) => el.dialsThroughDesktop && el.querySelector('a[data-wwe-dial]') !== null,
  commands: (el) => [...el.querySelectorAll<HTMLElement>('a[data-wwe-dial]')],
  event: {
    name: 'wwe-dial',
    cause: (el) => void clickWithoutLeaving(el.querySelector('a')!),
  },
  // Its commands are the links it takes over: under a denial it leaves them as links.
  denial: { request: 'voice.dial', services: 'agent.*, system.*' },
  failure: hostError('voice.dial'),
  keyboard: { target: (el) => el.querySelector('a')! },
  samples: () => ({ 'user-data': USER_DATA }),
};

const emailButton: ConformanceSpec<WweEmailButton> = {
  tag: 'wwe-email-button',
  render: () => html`<wwe-email-button address="ana@example.com"></wwe-email-button>`,
  usable: (el) => enabled(first(el, 'button')),
  commands: (el) => all(el, 'button'),
  event: {
    name: 'wwe-email',
    cause: (el) => first(el, 'button')!.click(),
  },
  denial: { request: 'email.create', services: 'agent.*, voice.*, system.*' },
  invoke: (el) => el.create(),
  actsWithoutDesktopData: true,
  failure: hostError('email.create'),
  keyboard: { target: (el) => first(el, 'button')! },
  samples: () => ({ address: ['bo@example.org', 'bo@example.org'], 'user-data': USER_DATA, disabled: ['', true] }),
};

const recordingControl: ConformanceSpec<WweRecordingControl> = {
  tag: 'wwe-recording-control',
  arrange: (kit) => answeredCall(kit),
  render: ({ interactionId }) => html`<wwe-recording-control interaction-id=${ifDefined(interactionId)}></wwe-recording-control>`,
  usable: (el) => enabled(first(el, 'button[data-action="start"]')),
  commands: (el) => all(el, 'button[data-action]'),
  event: {
    name: 'wwe-recording-change',
    cause: (el, _kit, { interactionId }) => {
      first(el, 'button[data-action="start"]')!.click();
      return { interactionId, recordingState: 'RECORDING' };
    },
  },
  denial: { request: 'voice.startCallRecording', services: 'agent.*, interaction.*, media.*, system.*' },
  invoke: (el) => el.start(),
  failure: hostError('voice.startCallRecording'),
  keyboard: { target: (el) => first(el, 'button[data-action="start"]')! },
  samples: (_kit, { interactionId }) => ({ 'interaction-id': [interactionId!, interactionId], disabled: ['', true] }),
};

const userdataEditor: ConformanceSpec<WweUserdataEditor> = {
  tag: 'wwe-userdata-editor',
  arrange: (kit) => answeredCall(kit, { Notes: 'old' }),
  render: ({ interactionId }) => html`<wwe-userdata-editor interaction-id=${ifDefined(interactionId)} keys="Notes"></wwe-userdata-editor>`,
  usable: (el) => el.interaction !== undefined && enabled(first(el, '[data-key="Notes"] [part="input"]')) && !first<HTMLInputElement>(el, '[data-key="Notes"] [part="input"]')!.readOnly,
  commands: (el) => all(el, '[part="input"], button'),
  event: {
    name: 'wwe-userdata-change',
    cause: (el, _kit, { interactionId }) => {
      const input = first<HTMLInputElement>(el, '[data-key="Notes"] [part="input"]')!;
      input.value = 'new';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return { interactionId, changes: { Notes: 'new' } };
    },
  },
  denial: { request: 'interaction.setUserData', services: 'agent.*, media.*, system.*, interaction.getInteractions' },
  failure: hostError('interaction.setUserData'),
  // A text field commits what was typed on Enter.
  keyboard: { target: (el) => first(el, '[data-key="Notes"] [part="input"]')!, presses: [{ press: 'End' }, { type: ' and more' }, { press: 'Enter' }] },
  samples: (_kit, { interactionId }) => ({ 'interaction-id': [interactionId!, interactionId], keys: ['Notes', ['Notes']], readonly: ['', true] }),
};

/** Two calls, each its own case; the desktop selects the newer. */
async function twoCases(kit: KitOnDesktop) {
  const caseOf = async (id: string) => (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === id)!.caseId;
  const older = await kit.desktop.inboundCall({ ani: '+33298000001', callerName: 'Ada Lovelace' });
  const newer = await kit.desktop.inboundCall({ ani: '+33298000002', callerName: 'Grace Hopper' });
  return { caseIds: [await caseOf(older), await caseOf(newer)] };
}

const caseSelector: ConformanceSpec<WweCaseSelector> = {
  tag: 'wwe-case-selector',
  arrange: twoCases,
  render: () => html`<wwe-case-selector></wwe-case-selector>`,
  usable: (el) => all(el, '[role="option"]').length === 2 && first(el, '[role="listbox"]')?.getAttribute('aria-disabled') === 'false',
  commands: (el) => all(el, '[role="listbox"]'),
  event: {
    name: 'wwe-case-select',
    cause: (el, _kit, { caseIds }) => {
      all(el, '[role="option"]').find((option) => option.dataset.caseId === caseIds![0])!.click();
      return { caseId: caseIds![0] };
    },
  },
  denial: { request: 'interaction.selectCaseByCaseId', services: 'agent.*, media.*, system.*, interaction.getInteractions' },
  invoke: (el, { caseIds }) => el.select(caseIds![0]!),
  failure: hostError('interaction.selectCaseByCaseId'),
  // A listbox: Home goes to the first case, Enter selects it.
  keyboard: { target: (el) => first(el, '[role="listbox"]')!, presses: [{ press: 'Home' }, { press: 'Enter' }] },
  samples: () => ({ disabled: ['', true] }),
};

const toastTrigger: ConformanceSpec<WweToastTrigger> = {
  tag: 'wwe-toast-trigger',
  render: () => html`<wwe-toast-trigger toast-title="Callback" message="Call Ana back"></wwe-toast-trigger>`,
  usable: (el) => enabled(first(el, '[part="button"]')) && first(el, '[part="status"]') === null,
  commands: (el) => all(el, 'button'),
  event: {
    name: 'wwe-toast-open',
    cause: (el) => first(el, '[part="button"]')!.click(),
  },
  denial: { request: 'system.popupToast', services: 'agent.*, voice.*' },
  invoke: (el) => el.show(),
  actsWithoutDesktopData: true,
  failure: hostError('system.popupToast'),
  keyboard: { target: (el) => first(el, '[part="button"]')! },
  samples: () => ({
    'toast-title': ['Callback', 'Callback'],
    subject: ['Ana Lima', 'Ana Lima'],
    message: ['Call back', 'Call back'],
    'icon-url': ['https://crm.example/icon.png', 'https://crm.example/icon.png'],
    buttons: ['["Accept","Decline"]', ['Accept', 'Decline']],
    'key-values': ['{"Customer":"Ana"}', { Customer: 'Ana' }],
    'auto-close': ['60000', 60000],
    headless: ['', true],
    'toast-id': ['toast-1', 'toast-1'],
  }),
};

/** Picks `operationName` as a person does: the select changes, then fires `change`. */
function pickState(el: WweAgentState, operationName: string): void {
  const select = first<HTMLSelectElement>(el, 'select')!;
  select.value = operationName;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const agentState: ConformanceSpec<WweAgentState> = {
  tag: 'wwe-agent-state',
  render: () => html`<wwe-agent-state></wwe-agent-state>`,
  usable: (el) => el.agentState !== undefined && enabled(first(el, 'select')),
  commands: (el) => all(el, 'select'),
  event: {
    name: 'wwe-agent-state-change',
    cause: (el) => {
      pickState(el, 'NotReady');
      return { operationName: 'NotReady' };
    },
  },
  denial: { request: 'agent.setState', services: 'agent.get, agent.getState, agent.getStateList, system.*' },
  invoke: (el) => el.setState('NotReady'),
  failure: hostError('agent.setState'),
  // A native select: the arrow keys change it.
  keyboard: { target: (el) => first(el, 'select')!, presses: [{ press: 'ArrowDown' }] },
  samples: () => ({ disabled: ['', true] }),
};

const callControls: ConformanceSpec<WweCallControls> = {
  tag: 'wwe-call-controls',
  arrange: async (kit) => ({ interactionId: await kit.desktop.inboundCall({ ani: '+33298000000' }) }),
  render: ({ interactionId }) => html`<wwe-call-controls interaction-id=${ifDefined(interactionId)}></wwe-call-controls>`,
  usable: (el) => enabled(first(el, 'button[data-action="answer"]')),
  commands: (el) => all(el, 'button[data-action], input'),
  event: {
    name: 'wwe-call-action',
    cause: (el, _kit, { interactionId }) => {
      first(el, 'button[data-action="answer"]')!.click();
      return { action: 'answer', interactionId };
    },
  },
  denial: { request: 'voice.answer', services: 'agent.*, interaction.*, media.*, system.*' },
  invoke: (el) => el.perform('answer'),
  failure: hostError('voice.answer'),
  keyboard: { target: (el) => first(el, 'button[data-action="answer"]')! },
  samples: (_kit, { interactionId }) => ({
    'interaction-id': [interactionId!, interactionId],
    destination: ['5009', '5009'],
    'target-type': ['AGENT', 'AGENT'],
    disabled: ['', true],
  }),
};

const markdoneGuard: ConformanceSpec<WweMarkdoneGuard> = {
  tag: 'wwe-markdone-guard',
  arrange: (kit) => answeredCall(kit, { Disposition: 'Sale' }),
  render: ({ interactionId }) => html`<wwe-markdone-guard interaction-id=${ifDefined(interactionId)} required-keys="Disposition"></wwe-markdone-guard>`,
  usable: (el) => el.interaction !== undefined && el.missingKeys.length === 0 && first(el, '[part="status"]') === null,
  // It acts by itself as the data changes; nothing to operate.
  commands: () => [],
  event: {
    name: 'wwe-markdone-guard-change',
    cause: async (_el, kit, { interactionId }) => {
      await kit.desktop.call('setUserData', interactionId!, { Disposition: '' });
      return { interactionId, blocked: true, missingKeys: ['Disposition'] };
    },
  },
  denial: { request: 'interaction.blockMarkdone', services: 'agent.*, media.*, system.*, interaction.getInteractions' },
  failure: hostError('interaction.blockMarkdone'),
  samples: (_kit, { interactionId }) => ({ 'interaction-id': [interactionId!, interactionId], 'required-keys': ['Disposition,CaseNote', ['Disposition', 'CaseNote']] }),
};

const interactionInfo: ConformanceSpec<WweInteractionInfo> = {
  tag: 'wwe-interaction-info',
  arrange: (kit) => answeredCall(kit),
  // No interaction-id: it follows the target interaction, which a newer call changes.
  render: () => html`<wwe-interaction-info></wwe-interaction-info>`,
  usable: (el) => el.interaction !== undefined && first(el, 'dl') !== null,
  commands: () => [],
  event: {
    name: 'wwe-interaction-change',
    cause: async (_el, kit, context) => {
      const previous = context.interactionId;
      const interactionId = await kit.desktop.inboundCall({ ani: '+33298000009' });
      context.interactionId = interactionId;
      return { interactionId, previous };
    },
  },
  display: {
    change: async (kit, { interactionId }) => void (await kit.desktop.call('hold', interactionId!)),
    shown: (el) => first(el, 'dl')?.textContent!.includes(en['info.state.HELD']) === true,
  },
  samples: (_kit, { interactionId }) => ({ 'interaction-id': [interactionId!, interactionId] }),
};

const connectionStatus: ConformanceSpec<WweConnectionStatus> = {
  tag: 'wwe-connection',
  render: () => html`<wwe-connection></wwe-connection>`,
  usable: (el) => el.state === 'ready' && enabled(first(el, '[part="reconnect"]')),
  commands: (el) => all(el, 'button'),
  event: {
    name: 'wwe-connection-change',
    cause: (el) => {
      first(el, '[part="reconnect"]')!.click();
      return { previous: 'ready', state: 'connecting' };
    },
  },
  invoke: (el) => el.reconnect(),
  actsWithoutDesktopData: true,
  // A desktop that ignores every request: the handshake of the reconnection goes unanswered.
  failure: { faults: { forceQuarantine: true }, action: 'connection.reconnect' },
  keyboard: { target: (el) => first(el, '[part="reconnect"]')! },
  samples: (kit) => ({
    'desktop-origin': [kit.desktop.origin, kit.desktop.origin],
    'desktop-origins': [kit.desktop.origin, kit.desktop.origin],
    'allow-derived-origin': ['', true],
    timeout: ['1500', 1500],
    'handshake-timeout': ['1500', 1500],
    'allow-any-origin': ['', true],
    record: ['', true],
  }),
};

const eventLog: ConformanceSpec<WweEventLog> = {
  tag: 'wwe-event-log',
  render: () => html`<wwe-event-log channels="agent"></wwe-event-log>`,
  // Listening: an event sent before the desktop took the subscription never reaches it.
  usable: (el) => first(el, '[part="status"]') === null && getConnection().channelStatus('agent') === 'active',
  commands: (el) => all(el, 'button, summary'),
  // The only event it documents: a channel list it cannot use.
  event: {
    name: 'wwe-error',
    cause: (el) => void (el.channels = ['agent', 42 as unknown as string]),
  },
  display: {
    change: (kit) => kit.desktop.setAgentState('NotReady'),
    shown: (el) => el.entries.some((entry) => entry.channel === 'agent'),
  },
  keyboard: { target: (el) => first(el, '[part="pause"]')!, presses: [{ press: ' ' }], done: (el) => el.paused },
  samples: () => ({ channels: ['agent, media', ['agent', 'media']], limit: ['5', 5], paused: ['', true] }),
};

/** The specs, one per element of the kit (the type makes a missing element a compile error). */
export const CONFORMANCE_SPECS: { [Tag in ElementTag]: ConformanceSpec<HTMLElementTagNameMap[Tag]> } = {
  'wwe-dial-button': dialButton,
  'wwe-tel-links': telLinks,
  'wwe-email-button': emailButton,
  'wwe-recording-control': recordingControl,
  'wwe-userdata-editor': userdataEditor,
  'wwe-case-selector': caseSelector,
  'wwe-toast-trigger': toastTrigger,
  'wwe-agent-state': agentState,
  'wwe-call-controls': callControls,
  'wwe-markdone-guard': markdoneGuard,
  'wwe-interaction-info': interactionInfo,
  'wwe-connection': connectionStatus,
  'wwe-event-log': eventLog,
};

/** The spec of `tag`, typed for the suite (which only reads the element through the spec). */
export function conformanceSpecOf(tag: ElementTag): ConformanceSpec {
  return CONFORMANCE_SPECS[tag] as unknown as ConformanceSpec;
}
