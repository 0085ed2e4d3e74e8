/**
 * English terms: the canonical key set. Every built-in string of every element comes from here
 * (or a translation of it); `{name}` placeholders are filled from the parameters.
 */
export const en = {
  // Connection states, shared by every element.
  'connection.idle': 'Not connected',
  'connection.connecting': 'Connecting to Agent Desktop…',
  'connection.ready': 'Connected to Agent Desktop',
  'connection.unavailable': 'Agent Desktop is not available',
  'connection.error': 'Connection error',
  'connection.notFramed': 'Open this page inside Agent Desktop to use it.',
  'status.busy': 'Working…',
  'status.denied': 'Not allowed by the Agent Desktop security configuration',
  'status.noInteraction': 'No active interaction',
  'status.dismiss': 'Dismiss',
  'status.retry': 'Retry',

  // Error codes: a localized explanation shown beside the desktop's own message.
  'error.TIMEOUT': 'Agent Desktop did not answer in time.',
  'error.NOT_FRAMED': 'This page is not running inside Agent Desktop.',
  'error.NOT_CONNECTED': 'Not connected to Agent Desktop.',
  'error.HOST_ERROR': 'Agent Desktop refused the request.',
  'error.BAD_RESPONSE': 'Agent Desktop sent an unexpected answer.',
  'error.ABORTED': 'The request was cancelled.',
  'error.DENIED': 'The Agent Desktop security configuration does not allow this.',
  'error.INVALID_ARGUMENT': 'The request has invalid values.',
  'error.ORIGIN_UNKNOWN': 'The Agent Desktop address is not configured.',
  'error.DESKTOP_RELOADED': 'Agent Desktop reloaded; try again.',
  'error.DISPOSED': 'The connection was closed.',

  // <wwe-dial-button>, <wwe-tel-links>, <wwe-email-button>
  'dial.label': 'Call {number}',
  'dial.dialing': 'Dialing {number}…',
  'dial.dialed': 'Dialing {number}',
  'dial.invalidNumber': 'Not a valid phone number',
  'email.label': 'E-mail {address}',
  'email.created': 'E-mail to {address} opened',
  'email.invalidAddress': 'Not a valid e-mail address',

  // <wwe-recording-control>
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

  // <wwe-userdata-editor>
  'userdata.label': 'Attached data',
  'userdata.key': 'Key',
  'userdata.value': 'Value',
  'userdata.add': 'Add',
  'userdata.save': 'Save',
  'userdata.cancel': 'Cancel',
  'userdata.edit': 'Edit {key}',
  'userdata.delete': 'Delete {key}',
  'userdata.empty': 'No attached data',
  'userdata.saved': '{key} saved',
  'userdata.deleted': '{key} deleted',
  'userdata.readonly': 'Read only',
  'userdata.writeDenied': 'The desktop does not allow changing {key}',
  'userdata.conflict': '{key} was changed in Agent Desktop while you were editing.',
  'userdata.keepMine': 'Keep mine',
  'userdata.takeTheirs': 'Use desktop value',
  'userdata.true': 'Yes',
  'userdata.false': 'No',
  'userdata.invalidNumber': 'Enter a number',
  'userdata.required': 'Required',

  // <wwe-case-selector>
  'cases.label': 'Cases',
  'cases.empty': 'No cases',
  'cases.selected': 'Selected',
  'cases.expanded': 'Expanded',
  'cases.selectedAnnounce': 'Case {name} selected',
  'cases.interactions': '{count} interactions',

  // <wwe-toast-trigger>
  'toast.show': 'Show notification',
  'toast.update': 'Update notification',
  'toast.close': 'Close notification',
  'toast.opened': 'Notification shown',
  'toast.closed': 'Notification closed',
  'toast.clicked': '{button} clicked',

  // <wwe-agent-state>
  'agent.state': 'Agent state',
  'agent.change': 'Change state',
  'agent.changed': 'State changed to {state}',
  'agent.unknown': 'Unknown state',

  // <wwe-call-controls>
  'call.answer': 'Answer',
  'call.hold': 'Hold',
  'call.resume': 'Resume',
  'call.hangUp': 'Hang up',
  'call.markdone': 'Mark done',
  'call.consult': 'Consult',
  'call.transfer': 'Transfer',
  'call.conference': 'Conference',
  'call.completeTransfer': 'Complete transfer',
  'call.completeConference': 'Complete conference',
  'call.target': 'Transfer or consult target',
  'call.done': '{action} done',

  // <wwe-markdone-guard>
  'markdone.blocked': 'Mark done is blocked until these are filled: {keys}',
  'markdone.unblocked': 'Mark done is allowed',
  'markdone.warning': 'Fill in {keys} before marking done.',

  // <wwe-interaction-info>
  'info.caller': 'Caller',
  'info.direction.IN': 'Inbound',
  'info.direction.OUT': 'Outbound',
  'info.direction.UNKNOWN': 'Unknown direction',
  'info.state': 'State',
  'info.duration': 'Duration',
  'info.media': 'Media',

  // <wwe-connection>, <wwe-event-log>
  'connectionElement.label': 'Agent Desktop connection',
  'connectionElement.reconnect': 'Reconnect',
  'eventLog.label': 'Desktop events',
  'eventLog.empty': 'No events yet',
  'eventLog.clear': 'Clear',
  'eventLog.pause': 'Pause',
  'eventLog.resume': 'Resume',
} as const;

export type TermKey = keyof typeof en;
