export { RecordingReplay, loadRecording, currentReplay } from './replay.js';
export type { ReplayOptions, ReplayStatus } from './replay.js';
export { profileFromRecording, seedProfile } from './seed.js';
export type { SeededProfile } from './seed.js';
export { RecordingError, readRecording, recordedExchanges, RECORDING_FORMAT, RECORDING_VERSION } from '../../protocol/recording.js';
export type { Recording, RecordedMessage, RecordedExchange, RecordingErrorCode } from '../../protocol/recording.js';
