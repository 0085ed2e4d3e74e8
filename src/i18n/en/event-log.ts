import { plural } from '../locales/plural.js';

/** English terms of `<wwe-event-log>`. */
export const eventLogTerms = {
  'eventLog.label': 'Desktop events',
  'eventLog.empty': 'No events yet',
  'eventLog.clear': 'Clear',
  'eventLog.pause': 'Pause',
  'eventLog.resume': 'Resume',
  'eventLog.download': 'Download recording',
  'eventLog.held': plural('en', { one: '{count} new event held while paused', other: '{count} new events held while paused' }),
  'eventLog.invalidChannels': 'Not channels: {channels}',
} as const;
