/**
 * The reporter of the startup bench's app pages (the kit's and the baseline's): from this
 * document's own time origin (its navigation start) to its three elements showing the desktop's
 * data: the agent's state selected, the live call's caller, an enabled dial button. The page's
 * `<body data-tags>` names the elements' prefix.
 */
const prefix = document.body.dataset.tags ?? 'wwe';
const shadow = (tag: string) => document.querySelector(`${prefix}-${tag}`)?.shadowRoot;
const ready = () => {
  const state = shadow('agent-state')?.querySelector('select');
  const info = shadow('interaction-info')?.textContent ?? '';
  const dial = shadow('dial-button')?.querySelector('button');
  return Boolean(state && state.value && info.includes('+33298000000') && dial && !dial.disabled);
};
const check = () => {
  if (ready()) parent.postMessage({ startupMs: performance.now() }, '*');
  else requestAnimationFrame(check);
};
requestAnimationFrame(check);
