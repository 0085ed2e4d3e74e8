/** English terms of `<wwe-agent-state>`. */
export const agentTerms = {
  'agent.state': 'Agent state',
  'agent.change': 'Change state',
  'agent.changed': 'State changed to {state}',
  'agent.unknown': 'Unknown state',
  'agent.reasons': 'Not Ready reasons',
} as const;
