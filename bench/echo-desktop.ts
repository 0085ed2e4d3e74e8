/**
 * The cheapest possible desktop: answers every request at once, so a benchmark measures the
 * page side and the browser's postMessage, not desktop work.
 */
const ALLOWED = ['*'];
/** A result of the right shape, so the typed client's result check passes as it would on a real desktop. */
const AGENT_STATE = { operationName: 'Ready', displayName: 'Ready', state: 'READY' };
window.addEventListener('message', (event) => {
  const data = event.data as { referenceId?: unknown; request?: unknown } | null;
  if (event.source !== parent || !data || data.referenceId === undefined) return;
  const answer = data.request === 'system.getAllowedServices' ? ALLOWED : data.request === 'agent.getState' ? AGENT_STATE : null;
  parent.postMessage({ referenceId: data.referenceId, data: answer, userAgent: 'WWE Bench' }, event.origin);
});
parent.postMessage({ benchDesktopReady: true }, '*');
