/**
 * The baseline of the startup bench: three trivial Lit elements that show what the kit's three
 * show (the agent's state, the live call's caller, an enabled dial button), talking raw
 * postMessage to the same desktop: every fetch sent at once, one round trip, the answers rendered.
 * No origin derivation or trust, no parser, no store, no localization: the floor a kit can be
 * compared with. Reports like startup-app.ts does.
 */
import { LitElement, html } from 'lit';
import type { Interaction, MediaState } from '../src/protocol/index.js';

const desktopOrigin = new URLSearchParams(location.search).get('desktop-origin') ?? '*';
const answers = new Map<string, (data: unknown) => void>();
addEventListener('message', (event) => {
  if (event.source !== parent || event.origin !== desktopOrigin) return;
  answers.get(event.data?.referenceId)?.(event.data.data);
});
let nextId = 0;
function ask(request: string): Promise<unknown> {
  const referenceId = `baseline-${nextId++}`;
  parent.postMessage({ request, referenceId, userAgent: 'WWE Client', protocolVersion: 2 }, desktopOrigin);
  return new Promise((resolve) => answers.set(referenceId, resolve));
}
// All at once, before any element renders: one round trip.
const allowed = ask('system.getAllowedServices');
const state = ask('agent.getState') as Promise<MediaState>;
const stateList = ask('agent.getStateList') as Promise<MediaState[]>;
const interactions = ask('interaction.getInteractions') as Promise<Interaction[]>;

class BaselineAgentState extends LitElement {
  static override properties = { current: { state: true }, list: { state: true } };
  current?: MediaState;
  list: MediaState[] = [];
  override connectedCallback() {
    super.connectedCallback();
    void Promise.all([state, stateList]).then(([current, list]) => Object.assign(this, { current, list }));
  }
  override render() {
    const current = this.current?.operationName;
    return html`<select>${this.list.map((entry) => html`<option value=${entry.operationName} ?selected=${entry.operationName === current}>${entry.displayName}</option>`)}</select>`;
  }
}
class BaselineInteractionInfo extends LitElement {
  static override properties = { call: { state: true } };
  call?: Interaction;
  override connectedCallback() {
    super.connectedCallback();
    void interactions.then((list) => (this.call = list[0]));
  }
  override render() {
    return html`<span>${this.call?.ani ?? ''}</span> <span>${this.call?.state ?? ''}</span>`;
  }
}
class BaselineDialButton extends LitElement {
  static override properties = { ready: { state: true } };
  ready = false;
  override connectedCallback() {
    super.connectedCallback();
    void allowed.then(() => (this.ready = true));
  }
  override render() {
    return html`<button ?disabled=${!this.ready}>Call ${this.getAttribute('number')}</button>`;
  }
}
customElements.define('baseline-agent-state', BaselineAgentState);
customElements.define('baseline-interaction-info', BaselineInteractionInfo);
customElements.define('baseline-dial-button', BaselineDialButton);
