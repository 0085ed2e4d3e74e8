/** English terms shared by every element: connection states, the status line, and error codes. */
export const sharedTerms = {
  // Connection states.
  'connection.idle': 'Not connected',
  'connection.connecting': 'Connecting to Agent Desktop…',
  'connection.ready': 'Connected to Agent Desktop',
  'connection.unavailable': 'Agent Desktop is not available',
  'connection.error': 'Connection error',
  'connection.notFramed': 'Open this page inside Agent Desktop to use it.',
  'connection.originUntrusted': 'This page does not trust the Agent Desktop at {origin}. If that is your Agent Desktop, add data-desktop-origin="{origin}" to the kit’s script tag (or desktop-origin="{origin}" to <wwe-connection>).',
  // The status line under an action.
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
  'error.ORIGIN_UNTRUSTED': 'This page does not trust the Agent Desktop it is in: its address is not configured.',
  'error.DESKTOP_RELOADED': 'Agent Desktop reloaded; try again.',
  'error.DISPOSED': 'The connection was closed.',
  'error.NOT_LOADED': 'A part of the kit could not be loaded.',
} as const;
