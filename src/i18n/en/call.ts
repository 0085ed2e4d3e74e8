/** English terms of `<wwe-call-controls>`. */
export const callTerms = {
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
  'call.label': 'Call controls',
  'call.transferLabel': 'Transfer and consult',
  'call.noCall': 'No call',
} as const;
