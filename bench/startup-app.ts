/**
 * The hosted app of the startup bench: reports, from this document's own time origin (its
 * navigation start), when its elements show the desktop's data.
 */
const ready = () => {
  const state = document.querySelector('wwe-agent-state')?.shadowRoot?.querySelector('select');
  const info = document.querySelector('wwe-interaction-info')?.shadowRoot?.textContent ?? '';
  const dial = document.querySelector('wwe-dial-button')?.shadowRoot?.querySelector('button');
  return Boolean(state && state.value && info.includes('+33298000000') && dial && !dial.disabled);
};
const check = () => {
  if (ready()) parent.postMessage({ startupMs: performance.now() }, '*');
  else requestAnimationFrame(check);
};
requestAnimationFrame(check);
