import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Interaction, TargetType } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { FocusKeeper, TargetController } from '../../controllers/index.js';
import { emit, type WweCallAction } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { renderCommandButton } from '../shared/action-button.js';
import {
  CALL_REQUEST,
  canReachOut,
  consultationOf,
  isEnabledTargeted,
  plainActionsFor,
  targetQueryOf,
  type CompletingAction,
  type TargetedAction,
} from './call-actions.js';
import { callControlsStyles } from './call-controls.styles.js';
import { callTerms } from '../../i18n/en/call.js';

const TARGETED: readonly TargetedAction[] = ['consult', 'transfer', 'conference'];
const COMPLETING: readonly CompletingAction[] = ['completeTransfer', 'completeConference'];

/**
 * The buttons to handle a call: answer, hold, resume, hang up and mark done, showing only those
 * that fit the call's state, plus consult, transfer and conference to a target the agent types,
 * and complete transfer / complete conference while a consultation is going on.
 *
 * The call is the one named by `interaction-id`, else the kit's target interaction; a released
 * call stays shown until it is marked done.
 *
 * @summary Call handling buttons.
 * @tag wwe-call-controls
 *
 * @fires {{ action: 'answer' | 'hold' | 'resume' | 'hangUp' | 'markdone' | 'consult' | 'transfer' | 'conference' | 'completeTransfer' | 'completeConference'; interactionId: string }} wwe-call-action - The desktop accepted a call action (for complete transfer/conference, `interactionId` is the consultation's id).
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - A call action failed.
 *
 * @csspart actions - The group of call buttons.
 * @csspart button - Each button.
 * @csspart transfer - The group with the target field and the consult/transfer/conference buttons.
 * @csspart input - The target field.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-accent-color=#1f6feb] - Background of the main button (answer, resume).
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Colour of the hang-up button and of error text.
 * @cssprop [--wwe-border-color=color-mix(in srgb, currentColor 25%, transparent)] - Border of buttons and field.
 * @cssprop [--wwe-spacing=0.5rem] - Gap between the controls.
 */
export class WweCallControls extends WweElement {
  static override styles = [...WweElement.styles, callControlsStyles];
  /** @internal */
  protected static override readonly englishTerms = callTerms;

  /** The call to handle; when absent, the kit's target interaction. */
  @property({ attribute: 'interaction-id', reflect: true }) interactionId?: string;

  /** The consult / transfer / conference target: a phone number, or the destination of `target-type`. */
  @property() destination = '';

  /** What `destination` is: `CUSTOM_CONTACT` (a phone number, the default), `AGENT`, `AGENT_GROUP`, `SKILL`, `INTERACTION_QUEUE` or `ROUTING_POINT`. */
  @property({ attribute: 'target-type' }) targetType: TargetType = 'CUSTOM_CONTACT';

  /** Disables every button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private call: Interaction | undefined;
  // Answer becomes Hold + Hang up: keep keyboard focus on the controls when their buttons change.
  protected readonly focusKeeper = new FocusKeeper(this);

  private readonly target = new TargetController(this, this.desktop, { interactionId: () => this.interactionId, media: 'voice' });

  /** The voice call the element handles now, if any. */
  get interaction(): Interaction | undefined {
    return this.target.interaction;
  }

  /** Runs `action` on the call. Resolves true when the desktop accepted; otherwise the element shows why. */
  async perform(action: WweCallAction): Promise<boolean> {
    const request = CALL_REQUEST[action];
    const call = this.call ?? this.interaction;
    const subject = call && (COMPLETING as readonly string[]).includes(action) ? consultationOf(call, this.desktop.state.interactions) : call;
    const destination = this.destination.trim();
    const targeted = (TARGETED as readonly string[]).includes(action);
    if (!subject || (targeted && destination === '')) {
      const reason = subject ? this.localize.term('call.target') : this.localize.term('call.noCall');
      this.actions.fail(request, new WweError('INVALID_ARGUMENT', request, reason));
      return false;
    }
    const outcome = await this.actions.run(request, () => this.send(action, subject.interactionId, destination));
    if (!outcome.ok) return false;
    this.actions.announce(this.localize.term('call.done', { action: this.localize.term(`call.${action}`) }));
    emit(this, 'wwe-call-action', { action, interactionId: subject.interactionId });
    return true;
  }

  private send(action: WweCallAction, interactionId: string, destination: string): Promise<unknown> {
    const connection = this.desktop.connection;
    switch (action) {
      case 'consult':
        return connection.request('interaction.consult', [interactionId, targetQueryOf(destination, this.targetType, action)]);
      case 'transfer':
        return connection.request('interaction.singleStepTransfer', [interactionId, targetQueryOf(destination, this.targetType, action)]);
      case 'conference':
        return connection.request('interaction.singleStepConference', [interactionId, targetQueryOf(destination, this.targetType, action)]);
      default:
        return connection.request(CALL_REQUEST[action], [interactionId]);
    }
  }

  protected override willUpdate(): void {
    this.call = this.interaction;
  }

  protected override render() {
    const call = this.call;
    return html`<div class="controls">
        ${call ? this.renderCall(call) : html`<span class="empty">${this.localize.term('call.noCall')}</span>`}
      </div>
      ${this.renderStatus(call?.state === 'RINGING' ? CALL_REQUEST.answer : CALL_REQUEST.hangUp)}
      ${this.renderLiveRegion()}`;
  }

  private renderCall(call: Interaction) {
    const consultation = consultationOf(call, this.desktop.state.interactions);
    return html`<div class="row" part="actions" role="group" aria-label=${this.localize.term('call.label')}>
        ${plainActionsFor(call).map((action) => this.renderButton(action, action === 'hangUp' ? 'button--danger' : action === 'answer' ? 'button--primary' : ''))}
        ${consultation ? COMPLETING.map((action) => this.renderButton(action, 'button--primary')) : nothing}
      </div>
      ${canReachOut(call) ? this.renderTransfer(call) : nothing}`;
  }

  private renderTransfer(call: Interaction) {
    const empty = this.destination.trim() === '';
    return html`<div class="transfer" part="transfer" role="group" aria-label=${this.localize.term('call.transferLabel')}>
      <label for="destination">${this.localize.term('call.target')}</label>
      <input
        id="destination"
        part="input"
        type="text"
        autocomplete="off"
        .value=${live(this.destination)}
        @input=${(event: Event) => (this.destination = (event.target as HTMLInputElement).value)}
      />
      ${TARGETED.map((action) => this.renderButton(action, '', empty || !isEnabledTargeted(action, call)))}
    </div>`;
  }

  private renderButton(action: WweCallAction, variant: string, unusable = false) {
    const request = CALL_REQUEST[action];
    const busy = this.actions.isBusy();
    const disabled = unusable || this.disabled || busy || !this.desktop.canRequest(request);
    return renderCommandButton({
      action,
      label: this.localize.term(`call.${action}`),
      variant,
      busy: this.actions.isBusy(request),
      disabled,
      onActivate: () => void this.perform(action),
    });
  }
}
