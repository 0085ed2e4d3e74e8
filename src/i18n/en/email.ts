/** English terms of `<wwe-email-button>`. */
export const emailTerms = {
  'email.label': 'E-mail {address}',
  'email.created': 'E-mail to {address} opened',
  'email.invalidAddress': 'Not a valid e-mail address',
} as const;
