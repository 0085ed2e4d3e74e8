import type { Agent, CallResult, MediaState, OutboundCampaign } from '../../protocol/index.js';

/** A plausible agent; `SimulatorOptions.agent` overrides any field. */
export const DEFAULT_AGENT: Agent = {
  employeeId: '5001',
  firstname: 'Alex',
  lastname: 'Martin',
  username: 'amartin',
};

function notReadyWith(reason: string, reasonCode: string): MediaState {
  return {
    operationName: `NotReady_${reason}`,
    displayName: `Not Ready - ${reason}`,
    state: 'NOT_READY_ACTION_CODE',
    reason,
    reasonCode,
  };
}

/** The agent state list, shaped like a desktop configured with a few Not Ready reasons. */
export function defaultStateList(): MediaState[] {
  return [
    { operationName: 'Ready', displayName: 'Ready', state: 'READY' },
    { operationName: 'NotReady', displayName: 'Not Ready', state: 'NOT_READY' },
    notReadyWith('Break', '1511'),
    notReadyWith('Lunch', '1512'),
    notReadyWith('Meeting', '1513'),
    notReadyWith('Training', '1514'),
    { operationName: 'AfterCallWork', displayName: 'After Call Work', state: 'NOT_READY_AFTER_CALLWORK' },
    { operationName: 'Logout', displayName: 'Log Off', state: 'LOGOUT' },
  ];
}

export const DEFAULT_MEDIA_NAMES = ['voice', 'chat', 'email'] as const;

/** Options `configuration.getOption` can find; section-scoped keys use `Section/key`. */
export function defaultConfiguration(blockMarkdoneTimeout: number): Record<string, string> {
  return {
    'voice.dial-plan-rule-1': '9*=>+1{DIGITS:1}',
    'voice.auto-answer': 'false',
    'voice.cancel-after-call-work-on-done': 'true',
    'interaction.case-data.format-business-attribute': 'CaseData',
    'interaction.disposition.key-name': 'DispositionCode',
    'service-client-api.block-markdone-timeout': String(blockMarkdoneTimeout),
    'service-client-api.rate-limit': '0',
    'MySection/greeting': 'Welcome to the simulator',
    'MySection/max-items': '25',
  };
}

export function defaultCampaigns(): OutboundCampaign[] {
  return [
    { name: 'Renewals Preview', description: 'Contract renewals, agent-previewed', mode: 'PREVIEW', isActive: true },
    { name: 'Retention Push', description: 'Pushed preview records', mode: 'PUSH_PREVIEW', isActive: true },
    { name: 'Winter Progressive', description: 'Seasonal offers', mode: 'PROGRESSIVE', isActive: false },
  ];
}

/** Call results as an OCS call-result business attribute lists them. */
export const CALL_RESULTS: readonly CallResult[] = [
  { id: 33, name: 'Answered' },
  { id: 6, name: 'Busy' },
  { id: 7, name: 'No Answer' },
  { id: 9, name: 'Answering Machine Detected' },
  { id: 17, name: 'Fax Detected' },
  { id: 41, name: 'Wrong Party' },
  { id: 53, name: 'Do Not Call' },
];
