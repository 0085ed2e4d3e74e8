/** English terms of `<wwe-dial-button>`, `<wwe-tel-links>`. */
export const dialTerms = {
  'dial.label': 'Call {number}',
  'dial.dialing': 'Dialing {number}…',
  'dial.dialed': 'Dialing {number}',
  'dial.invalidNumber': 'Not a valid phone number',
} as const;
