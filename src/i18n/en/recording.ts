/** English terms of `<wwe-recording-control>`. */
export const recordingTerms = {
  'recording.start': 'Start recording',
  'recording.stop': 'Stop recording',
  'recording.pause': 'Pause recording',
  'recording.resume': 'Resume recording',
  'recording.state.RECORDING': 'Recording',
  'recording.state.PAUSED': 'Recording paused',
  'recording.state.STOPPED': 'Not recording',
  'recording.started': 'Recording started',
  'recording.stopped': 'Recording stopped',
  'recording.paused': 'Recording paused',
  'recording.resumed': 'Recording resumed',
  'recording.elapsed': 'Recorded for {duration}',
  'recording.label': 'Call recording',
  'recording.noCall': 'No call to record',
} as const;
