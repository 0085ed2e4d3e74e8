export { TIMELINE_ACTIONS, MAX_WAIT_MS, parseTimeline } from './timeline.js';
export type { Timeline, TimelineStep, TimelineAction, ActionStep, WaitStep, TimelineParse } from './timeline.js';
export { playScenario, ScenarioError } from './player.js';
export type { PlayOptions, PlayResult } from './player.js';
export { SCENARIO_LIBRARY, SAMPLE_CALLER } from './library.js';
export { createSimulatorGlobal, SIMULATOR_GLOBAL_METHODS } from './global.js';
export type { WweSimulatorGlobal } from './global.js';
