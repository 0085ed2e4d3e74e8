import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AgentMediaState, MediaState } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { renderStateOptions } from './state-options.js';
import { agentStateStyles } from './agent-state.styles.js';
import { agentTerms } from '../../i18n/en/agent.js';

const REQUEST = 'agent.setState';

const INDICATOR_CLASS: Partial<Record<AgentMediaState, string>> = {
  READY: 'indicator--ready',
  NOT_READY: 'indicator--not-ready',
  NOT_READY_ACTION_CODE: 'indicator--not-ready',
  NOT_READY_AFTER_CALLWORK: 'indicator--after-call-work',
};

/**
 * The agent's current state in Agent Desktop and a native select to change it (`agent.setState`),
 * listing the desktop's state list with the Not Ready reasons grouped. The shown state follows the
 * desktop; a refused change snaps back to it and shows why.
 *
 * @summary Agent state display and picker.
 * @tag wwe-agent-state
 *
 * @fires {{ operationName: string }} wwe-agent-state-change - The desktop accepted a state change made here.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - The change failed.
 *
 * @csspart label - The "Agent state" label.
 * @csspart indicator - The coloured dot before the select.
 * @csspart select - The native select.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-agent-ready-color=var(--wwe-success-color)] - Dot colour when Ready.
 * @cssprop [--wwe-agent-not-ready-color=var(--wwe-danger-color)] - Dot colour when Not Ready (with or without reason).
 * @cssprop [--wwe-agent-after-call-work-color=var(--wwe-warning-color)] - Dot colour in After Call Work.
 * @cssprop [--wwe-border-color] - Border of the select; default: the text colour at 25 %.
 * @cssprop [--wwe-radius=6px] - Corner radius of the select.
 */
export class WweAgentState extends WweElement {
  static override styles = [...WweElement.styles, agentStateStyles];
  /** @internal */
  protected static override readonly englishTerms = agentTerms;

  constructor() {
    super();
    this.desktop.watch(['agentState', 'stateList']);
  }

  /** Disables the select; the state is still shown. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The operation being sent, shown selected while the desktop works. */
  private pending: string | undefined;

  /** The agent's current state as the desktop last reported it. */
  get agentState(): MediaState | undefined {
    return this.desktop.state.agentState;
  }

  /** The states the agent can choose, in the desktop's order. */
  get stateList(): readonly MediaState[] {
    return this.desktop.state.stateList;
  }

  /**
   * Asks the desktop to put the agent in the state named by `operationName` (an entry of
   * `stateList`). Resolves true when the desktop accepted, false otherwise (the element shows why).
   */
  async setState(operationName: string): Promise<boolean> {
    const entry = this.stateList.find((state) => state.operationName === operationName);
    if (!entry) {
      this.actions.fail(REQUEST, new WweError('INVALID_ARGUMENT', REQUEST, `'${operationName}' is not in the agent's state list.`));
      return false;
    }
    this.pending = operationName;
    const outcome = await this.actions.run(REQUEST, async () => {
      try {
        return await this.desktop.connection.request(REQUEST, [operationName]);
      } finally {
        // Cleared before the outcome is announced, so the render that shows it shows the real state.
        this.pending = undefined;
      }
    });
    if (!outcome.ok) return false;
    this.actions.announce(this.localize.term('agent.changed', { state: entry.displayName }));
    emit(this, 'wwe-agent-state-change', { operationName });
    return true;
  }

  private onChange(event: Event): void {
    void this.setState((event.target as HTMLSelectElement).value);
  }

  protected override render() {
    const current = this.agentState;
    const list = this.stateList;
    const selected = this.pending ?? current?.operationName;
    const known = list.some((entry) => entry.operationName === selected);
    const busy = this.actions.isBusy(REQUEST);
    const unusable = this.disabled || list.length === 0 || !this.desktop.canRequest(REQUEST);
    const indicator = (current && INDICATOR_CLASS[current.state]) ?? '';
    return html`<div class="field">
        <label part="label" for="state">${this.localize.term('agent.state')}</label>
        <span class="indicator ${indicator}" part="indicator" aria-hidden="true"></span>
        <select id="state" part="select" aria-busy=${busy ? 'true' : 'false'} ?disabled=${unusable || busy} @change=${this.onChange}>
          ${known ? nothing : html`<option value="" disabled .selected=${live(true)}>${current?.displayName ?? this.localize.term('agent.unknown')}</option>`}
          ${renderStateOptions(list, selected, this.localize.term('agent.reasons'))}
        </select>
      </div>
      ${this.renderStatus(REQUEST)}
      ${this.renderLiveRegion()}`;
  }
}
