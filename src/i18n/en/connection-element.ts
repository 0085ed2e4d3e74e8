/** English terms of `<wwe-connection>`. */
export const connectionElementTerms = {
  'connectionElement.label': 'Agent Desktop connection',
  'connectionElement.reconnect': 'Reconnect',
  'connectionElement.channelsFailing': 'Connected, but {channels} events are not arriving: retrying',
} as const;
