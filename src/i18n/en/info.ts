import { STATE_WORDS } from '../../format/index.js';

/** English terms of `<wwe-interaction-info>`, and the interactions of `<wwe-case-selector>`. */
export const infoTerms = {
  'info.caller': 'Caller',
  'info.direction': 'Direction',
  'info.direction.IN': 'Inbound',
  'info.direction.OUT': 'Outbound',
  'info.direction.UNKNOWN': 'Unknown direction',
  'info.state': 'State',
  'info.duration': 'Duration',
  'info.media': 'Media',
  'info.label': 'Interaction',
  'info.media.voice': 'Voice',
  'info.media.chat': 'Chat',
  'info.media.email': 'E-mail',
  'info.media.workitem': 'Work item',
  'info.state.RINGING': STATE_WORDS.RINGING,
  'info.state.DIALING': STATE_WORDS.DIALING,
  'info.state.ESTABLISHED': STATE_WORDS.ESTABLISHED,
  'info.state.HELD': STATE_WORDS.HELD,
  'info.state.RELEASED': STATE_WORDS.RELEASED,
  'info.state.IDLE': STATE_WORDS.IDLE,
  'info.state.INVITED': STATE_WORDS.INVITED,
  'info.state.ACCEPTED': STATE_WORDS.ACCEPTED,
  'info.state.ENDED': STATE_WORDS.ENDED,
  'info.unknownCaller': 'Unknown caller',
} as const;
