/**
 * The TestDesktop API, shared by the in-browser kit (`wwe-components/testing`) and the Playwright
 * proxy (`wwe-components/testing/playwright`): every method returns a promise, so one type serves
 * a desktop in the test's own page and one reached through `page.evaluate`.
 */
import type { Agent } from '../protocol/index.js';
import type { DesktopSnapshot, LogEntry, ProfileDefinition, ProfileName, SimulatorEngine, SimulatorOptions } from '../simulator/engine/index.js';
import { TIMELINE_ACTIONS, type TimelineAction } from '../simulator/scenarios/timeline.js';

/** What a timeline may do but a test does through its own checked method (`setProfile`). */
type OwnMethod = 'setProfile';

/**
 * The engine's scenario actions a test may drive (a timeline's actions, plus the agent's clicks on
 * toasts and clearing the log); each keeps the engine's parameters and result.
 */
export const SCENARIO_ACTIONS = [
  ...TIMELINE_ACTIONS.filter((name): name is Exclude<TimelineAction, OwnMethod> => name !== 'setProfile'),
  'clickToastButton',
  'closeToast',
  'clearMessages',
] as const satisfies readonly (keyof SimulatorEngine)[];

export type ScenarioAction = (typeof SCENARIO_ACTIONS)[number];

export type ScenarioMethods = {
  [K in ScenarioAction]: (...args: Parameters<SimulatorEngine[K]>) => Promise<ReturnType<SimulatorEngine[K]>>;
};

/**
 * What a request's `parameters` must look like: an array matched position by position (objects
 * match when they hold the given keys with matching values, recursively; other values by
 * `Object.is`; `undefined` matches anything), or, in the browser only, a predicate over the parameters.
 */
export type ParamsPattern = readonly unknown[];

export interface ExpectRequestOptions {
  /** A pattern, or a predicate (in the browser only: a function cannot cross `page.evaluate`). */
  params?: ParamsPattern | ((parameters: readonly unknown[]) => boolean);
  /** Milliseconds to wait for the request; default 5 000. */
  timeout?: number;
}

export interface WaitOptions {
  /** Milliseconds to wait; default 5 000. */
  timeout?: number;
}

/** Options of a test desktop that can cross into a page (`page.evaluate`): data only. */
export interface TestDesktopOptions {
  /** The page under test, absolute or relative to the test page. Loaded in its own iframe. */
  app: string;
  /**
   * The desktop profile; default `'vendor'`. See PROFILES in `wwe-components/simulator`; or a
   * definition of its own, such as `profileFromRecording(recording)` gives (plain JSON).
   */
  profile?: ProfileName | ProfileDefinition;
  /** Overrides of the simulated agent. */
  agent?: Partial<Agent>;
  /** Milliseconds for the app's page to load; default 30 000. */
  timeout?: number;
  /**
   * Other desktop options (`userDataWriteAllowed`, `dialDelay`, `acceptedOrigins`…). Unset,
   * `acceptedOrigins` is the app's origin, as a desktop configured for this one app.
   */
  options?: Omit<SimulatorOptions, 'window' | 'clock' | 'profile' | 'agent'>;
}

/** A request the app sent, as the desktop's inspector logged it. */
export type RequestEntry = LogEntry & { kind: 'request'; direction: 'in' };

/** The API both kinds of test desktop share. */
export interface TestDesktopApi extends ScenarioMethods {
  /**
   * Switches the desktop profile from its next message on: a built-in one by name, or a definition
   * (plain JSON, so it crosses `page.evaluate`), such as `profileFromRecording(recording)` gives.
   * An unknown name or a bad definition rejects (INVALID_ARGUMENT; the message starts with the
   * simulator's code for a definition: PROFILE_INVALID or PROFILE_NAME_TAKEN).
   */
  setProfile(profile: ProfileName | ProfileDefinition): Promise<void>;
  /** The desktop's state: agent, interactions, cases, frames, faults, profile. */
  snapshot(): Promise<DesktopSnapshot>;
  /** The inspector log, oldest first: every message in and out, and every refusal with its reason. */
  messages(): Promise<LogEntry[]>;
  /**
   * Resolves with the request `name` (e.g. `'voice.dial'`) once the app has sent it, or at once
   * if it already has; rejects with TIMEOUT, listing the requests the app did send.
   */
  expectRequest(name: string, options?: ExpectRequestOptions): Promise<RequestEntry>;
  /** Resolves once the app has sent its first message to the desktop (it has connected). */
  waitForReady(options?: WaitOptions): Promise<void>;
  /** Removes the desktop and the app's frame; what is pending rejects with DISPOSED. Idempotent. */
  dispose(): Promise<void>;
}
