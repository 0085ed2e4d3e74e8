import type { SimulatorEngine } from '../engine/index.js';
import { playScenario, type PlayResult } from './player.js';
import { parseTimeline, TIMELINE_ACTIONS, type Timeline } from './timeline.js';
import { currentReplay, loadRecording, type RecordingReplay, type ReplayOptions } from '../replay/replay.js';
import { seedProfile, type SeededProfile } from '../replay/seed.js';

/** Engine methods a simulator page exposes to scripts, demos and end-to-end tests. */
export const SIMULATOR_GLOBAL_METHODS = [
  ...TIMELINE_ACTIONS,
  'clickToastButton',
  'closeToast',
  'snapshot',
  'messages',
  'clearMessages',
] as const satisfies readonly (keyof SimulatorEngine)[];

type GlobalMethod = (typeof SIMULATOR_GLOBAL_METHODS)[number];

/** `window.wweSimulator`: the engine's actions and observations, plus the timeline player. */
export type WweSimulatorGlobal = Pick<SimulatorEngine, GlobalMethod> & {
  readonly engine: SimulatorEngine;
  /** The desktop profile's name; change it with `setProfile(name or definition)` or `seedProfile`. */
  readonly profile: string;
  /** Plays a timeline, given as an object or JSON text; rejects naming the first bad step. */
  playScenario(timeline: Timeline | string): Promise<PlayResult>;
  /**
   * Replays a recording (JSON text or data, docs/RECORDING.md): answers by request name and order,
   * events replayed; the previous replay stops. Throws a RecordingError with a code for a bad one.
   */
  loadRecording(recording: unknown, options?: ReplayOptions): RecordingReplay;
  /**
   * Seeds a desktop profile from a recording (JSON text or data) and plays it: the shapes the
   * recorded desktop sent become this desktop's. Returns the definition (named `name`, default
   * `'recorded'`). Throws a coded RecordingError for a bad file, a coded SimulatorError for a name
   * it refuses; either way the profile stays as it was.
   */
  seedProfile(recording: unknown, name?: string): SeededProfile;
  /** The replay playing, if any. */
  readonly replay: RecordingReplay | undefined;
};

export function createSimulatorGlobal(engine: SimulatorEngine): WweSimulatorGlobal {
  const api: Record<string, unknown> = { engine };
  for (const name of SIMULATOR_GLOBAL_METHODS) {
    const method = engine[name] as (...args: unknown[]) => unknown;
    api[name] = (...args: unknown[]) => method.apply(engine, args);
  }
  Object.defineProperty(api, 'profile', { enumerable: true, get: () => engine.profile });
  api.playScenario = async (timeline: Timeline | string) => {
    const parsed = parseTimeline(timeline);
    if (!parsed.ok) throw new Error(`Invalid timeline: ${parsed.error}`);
    return playScenario(engine, parsed.timeline);
  };
  Object.defineProperty(api, 'replay', { enumerable: true, get: () => currentReplay(engine) });
  api.loadRecording = (recording: unknown, options?: ReplayOptions) => loadRecording(engine, recording, options);
  api.seedProfile = (recording: unknown, name?: string) => seedProfile(engine, recording, name);
  return Object.freeze(api) as unknown as WweSimulatorGlobal;
}
