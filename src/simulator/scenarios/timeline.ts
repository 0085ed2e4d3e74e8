import { isPlainRecord, sanitize } from '../../protocol/index.js';
import { isProfileName, PROFILES, type ProfileName, type SimulatorEngine } from '../engine/index.js';

/**
 * The engine actions a timeline may call: what the agent or the contact center does, plus the
 * desktop's configuration switches. Observation methods and frame management are left out, so a
 * pasted timeline can only act on the desktop model.
 */
export const TIMELINE_ACTIONS = [
  'inboundCall',
  'dial',
  'answer',
  'hold',
  'resume',
  'hangUp',
  'markDone',
  'endInteraction',
  'setAgentState',
  'setMediaState',
  'setUserData',
  'deleteUserData',
  'startRecording',
  'stopRecording',
  'pauseRecording',
  'resumeRecording',
  'selectCase',
  'expandCase',
  'chatArrival',
  'emailArrival',
  'accept',
  'endChat',
  'consult',
  'completeTransfer',
  'completeConference',
  'setFaults',
  'setAcceptedOrigins',
  'setDialOutcome',
  'setProfile',
  'reload',
] as const satisfies readonly (keyof SimulatorEngine)[];

export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

/** Pause the timeline for `wait` milliseconds. */
export interface WaitStep {
  wait: number;
}

/**
 * Call the engine action `do` with `args`. A string argument `"$name"` is replaced by the result
 * an earlier step stored with `"as": "name"` (an interaction id, usually).
 */
export interface ActionStep {
  do: TimelineAction;
  args?: unknown[];
  as?: string;
}

export type TimelineStep = WaitStep | ActionStep;

/** A scripted scenario, written as JSON so demos, tests and people can share it. */
export interface Timeline {
  id?: string;
  name: string;
  description?: string;
  /** The desktop profile the timeline plays against, set when it starts. */
  profile?: ProfileName;
  steps: TimelineStep[];
}

/** Longest single wait: a timeline that sleeps for hours is a typo. */
export const MAX_WAIT_MS = 10 * 60 * 1000;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ACTION_SET: ReadonlySet<string> = new Set(TIMELINE_ACTIONS);

export type TimelineParse = { ok: true; timeline: Timeline } | { ok: false; error: string };

function parseStep(raw: unknown, index: number): TimelineStep | string {
  const where = `step ${index + 1}`;
  if (!isPlainRecord(raw)) return `${where} is not an object`;
  if ('wait' in raw) {
    const wait = raw.wait;
    if (typeof wait !== 'number' || !Number.isFinite(wait) || wait < 0 || wait > MAX_WAIT_MS) {
      return `${where}: "wait" must be a number of milliseconds between 0 and ${MAX_WAIT_MS}`;
    }
    return { wait };
  }
  if (typeof raw.do !== 'string' || !ACTION_SET.has(raw.do)) {
    return `${where}: "do" must be one of ${TIMELINE_ACTIONS.join(', ')}`;
  }
  if (raw.args !== undefined && !Array.isArray(raw.args)) return `${where}: "args" must be an array`;
  if (raw.as !== undefined && (typeof raw.as !== 'string' || !VARIABLE_NAME.test(raw.as))) {
    return `${where}: "as" must be a name such as "call"`;
  }
  return {
    do: raw.do as TimelineAction,
    ...(raw.args !== undefined ? { args: raw.args as unknown[] } : {}),
    ...(raw.as !== undefined ? { as: raw.as as string } : {}),
  };
}

/**
 * Reads a timeline from untrusted input (pasted JSON text or a parsed value). Never throws; the
 * error names the first problem so a person can fix it.
 */
export function parseTimeline(input: unknown): TimelineParse {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const copy = sanitize(value);
  if (!copy.ok) return { ok: false, error: `unreadable timeline (${copy.reason})` };
  const data = copy.value;
  if (!isPlainRecord(data)) return { ok: false, error: 'a timeline is an object with "steps"' };
  if (!Array.isArray(data.steps)) return { ok: false, error: '"steps" must be an array' };
  const steps: TimelineStep[] = [];
  for (const [index, raw] of data.steps.entries()) {
    const step = parseStep(raw, index);
    if (typeof step === 'string') return { ok: false, error: step };
    steps.push(step);
  }
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  if (data.profile !== undefined && !isProfileName(data.profile)) {
    return { ok: false, error: `"profile" must be one of ${PROFILES.map((profile) => profile.name).join(', ')}` };
  }
  return {
    ok: true,
    timeline: {
      ...(text('id') !== undefined ? { id: text('id') } : {}),
      name: text('name') ?? 'Untitled timeline',
      ...(text('description') !== undefined ? { description: text('description') } : {}),
      ...(data.profile !== undefined ? { profile: data.profile as ProfileName } : {}),
      steps,
    },
  };
}
