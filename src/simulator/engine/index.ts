/**
 * The Agent Desktop simulator engine: the desktop end of the Service Client API wire. It depends
 * on src/protocol only, so it can never share state with the client it serves.
 */
export { SimulatorEngine, type ChangeKind, type ChangeListener } from './engine.js';
export type { SimulatorOptions } from './options.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { SimulatorError, type SimulatorErrorCode } from './errors.js';
export type { Faults } from './faults.js';
export type { FrameKind, FrameOptions, FrameSnapshot } from './frames.js';
export type { DialOutcome } from './desktop.js';
export type { InboundCallSpec } from './flows/voice.js';
export type { ChatArrivalSpec, EmailArrivalSpec } from './flows/open-media.js';
export type { RecordingAction } from './flows/recording.js';
export type { LogEntry, LogKind, RejectReason } from './inspector-log.js';
export type { DesktopSnapshot, CaseSnapshot } from './snapshot.js';
export type { KeyAllowList } from './user-data-acl.js';
export type { AnswerSource, RecordedAnswer } from './intake.js';
export { OriginPolicy, parseAcceptedOrigins, type OriginRule } from './origin-policy.js';
export { SIMULATOR_USER_AGENT } from './transport.js';
export { PROFILES, DEFAULT_PROFILE, isProfileName, readProfileDefinition, type ProfileName, type DesktopProfile, type ProfileDefinition } from './profiles.js';
