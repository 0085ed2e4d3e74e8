/**
 * `wwe-components/testing`: a simulated Agent Desktop around your page, from your own tests.
 * Imports the simulator's engine and the protocol only; side-effect free.
 */
export { startTestDesktop, type StartTestDesktopOptions, type TestDesktop } from './desktop.js';
export { TestDesktopError, isTestDesktopError, type TestDesktopErrorCode } from './errors.js';
export { matchesPattern } from './match.js';
export { replayRecording, type ContractReport, type ReplayRecordingOptions } from './contract.js';
export { contractDiff, sameData, sameDataRedacted, type ParamsMatcher, type RequestCall } from './contract-check.js';
export { SCENARIO_ACTIONS } from './types.js';
export type { ExpectRequestOptions, ParamsPattern, RequestEntry, ScenarioAction, ScenarioMethods, TestDesktopApi, TestDesktopOptions, WaitOptions } from './types.js';
export { PROFILES, isProfileName, type ProfileName, type ProfileDefinition, type LogEntry, type DesktopSnapshot } from '../simulator/engine/index.js';
export { profileFromRecording, type SeededProfile } from '../simulator/replay/seed.js';
