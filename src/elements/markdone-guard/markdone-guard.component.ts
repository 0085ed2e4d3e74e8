import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { eventTypeOf, type Interaction, type MarkdoneEvent } from '../../protocol/index.js';
import { ChannelController, TargetController } from '../../controllers/index.js';
import { emit } from '../../events/index.js';
import { WweElement } from '../shared/wwe-element.js';
import { keyListAttribute, missingKeys, normaliseKeys } from './required-keys.js';
import type { MarkdoneLedger, MarkdoneRequestState } from './markdone-ledger.js';
import { claimsFor, type MarkdoneClaims } from './markdone-claims.js';
import { markdoneGuardStyles } from './markdone-guard.styles.js';
import { markdoneTerms } from '../../i18n/en/markdone.js';

/** What the last evaluation looked at: the guard acts again only when one of these changed. */
const MARKDONE_CHANNEL = ['markdone'] as const;

interface Evaluated {
  interaction: Interaction | undefined;
  keys: string;
  ready: boolean;
}

/**
 * Keeps the agent from marking an interaction done while required attached data is missing: while
 * any key of `required-keys` is blank on the interaction, it blocks mark-done in Agent Desktop
 * (`interaction.blockMarkdone`, with a localized warning naming the keys), and unblocks it
 * (`interaction.unblockMarkdone`) once all are filled, when the guard moves to another interaction,
 * and when it leaves the page. It checks again on every change of the interaction's data, and
 * never sends the desktop the same request twice for the same state.
 *
 * The interaction is the one named by `interaction-id`, else the kit's target interaction; a
 * released call stays guarded until it is marked done.
 *
 * @summary Blocks mark-done until required attached data is filled.
 * @tag wwe-markdone-guard
 *
 * @fires {{ interactionId: string; blocked: boolean; missingKeys: string[] }} wwe-markdone-guard-change - The desktop accepted a block or unblock, or lifted a block itself after its timeout.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - A block or unblock request failed.
 *
 * @csspart state - The line saying whether mark-done is blocked.
 * @csspart missing - The list of missing keys.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-markdone-blocked-color=var(--wwe-warning-color, light-dark(#9a6700, #e3b341))] - Colour of the blocked state.
 * @cssprop [--wwe-muted-color=color-mix(in srgb, currentColor 65%, transparent)] - Colour of notes.
 */
export class WweMarkdoneGuard extends WweElement {
  static override styles = [...WweElement.styles, markdoneGuardStyles];
  /** @internal */
  protected static override readonly englishTerms = markdoneTerms;

  /** The interaction to guard; when absent, the kit's target interaction. */
  @property({ attribute: 'interaction-id', reflect: true }) interactionId?: string;

  /** Attached-data keys that must be filled before mark-done. Attribute: comma-separated. */
  @property({ attribute: 'required-keys', converter: keyListAttribute }) requiredKeys: string[] = [];

  /** The claims of every guard on the page, and what the desktop was told (markdone-claims.ts). */
  private get claims(): MarkdoneClaims {
    return claimsFor(this.desktop.connection);
  }

  private get ledger(): MarkdoneLedger {
    return this.claims.ledger;
  }
  private readonly target = new TargetController(this, this.desktop, { interactionId: () => this.interactionId });
  private guarded: Interaction | undefined;
  private missing: string[] = [];
  /** The interaction whose block the desktop lifted by itself, while keys were still missing. */
  private expiredFor: string | undefined;

  constructor() {
    super();
    new ChannelController(this, this.desktop, { channels: () => MARKDONE_CHANNEL, listener: (_channel, event) => this.onMarkdoneEvent(event as MarkdoneEvent) });
    this.desktop.select(
      (): Evaluated => ({ interaction: this.guarded, keys: this.missing.join('\n'), ready: this.desktop.canSend }),
      (next, previous) => () => this.evaluate(next, previous),
    );
  }

  /** The interaction guarded now (as of the last render), if any. */
  get interaction(): Interaction | undefined {
    return this.guarded;
  }

  /** Whether the guard has mark-done of its interaction blocked (asked, or accepted, by the desktop). */
  get blocked(): boolean {
    return this.guarded !== undefined && this.ledger.get(this.guarded.interactionId).blocked;
  }

  /** The required keys that are blank on the guarded interaction now. */
  get missingKeys(): string[] {
    return [...this.missing];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A guard that leaves the page must not leave the agent unable to mark done.
    for (const interactionId of this.claims.claimedBy(this)) this.withdraw(interactionId);
  }

  protected override willUpdate(): void {
    this.guarded = this.target.interaction;
    this.missing = this.guarded ? missingKeys(this.guarded.userData, normaliseKeys(this.requiredKeys)) : [];
  }

  /** Blocks, re-warns or unblocks when what the guard looks at changed since it last looked. */
  private evaluate(evaluated: Evaluated, previous: Evaluated | undefined): void {
    if (!evaluated.ready) {
      // Whatever the desktop had, it may have forgotten (a reload): tell it afresh once back.
      if (previous?.ready) this.ledger.clear();
      return;
    }
    const current = evaluated.interaction?.interactionId;
    for (const interactionId of this.claims.claimedBy(this)) if (interactionId !== current) this.withdraw(interactionId);
    if (current !== undefined) {
      this.claims.set(current, this, this.missing);
      this.tell(current, this.wantedFor(this.claims.missingFor(current)));
    }
    // The claims and what the desktop was told (shared with the page's other guards) changed after
    // this update rendered; show them.
    this.requestUpdate();
  }

  private wantedFor(missing: readonly string[]): MarkdoneRequestState {
    if (missing.length === 0) return { blocked: false };
    return { blocked: true, warning: this.localize.term('markdone.warning', { keys: missing.join(', ') }) };
  }

  /**
   * Withdraws this guard's claim on an interaction it no longer watches, and tells the desktop
   * what the other guards still need (an unblock when none needs anything).
   */
  private withdraw(interactionId: string): void {
    this.claims.drop(interactionId, this);
    if (this.desktop.state.interactions.has(interactionId)) this.tell(interactionId, this.wantedFor(this.claims.missingFor(interactionId)));
    else if (this.claims.missingFor(interactionId).length === 0) this.ledger.forget(interactionId);
  }

  /** Sends the block or unblock `wanted` means, unless the desktop was already told so. */
  private tell(interactionId: string, wanted: MarkdoneRequestState): void {
    const request = wanted.blocked ? 'interaction.blockMarkdone' : 'interaction.unblockMarkdone';
    if (!this.ledger.differs(interactionId, wanted) || !this.desktop.isAllowed(request)) return;
    const previous = this.ledger.record(interactionId, wanted);
    const missing = wanted.blocked ? [...this.missing] : [];
    void this.actions
      .run(request, () =>
        wanted.blocked
          ? this.desktop.connection.request('interaction.blockMarkdone', [interactionId, wanted.warning])
          : this.desktop.connection.request('interaction.unblockMarkdone', [interactionId]),
      )
      .then((outcome) => {
        if (!outcome.ok) {
          this.ledger.restore(interactionId, wanted, previous);
          return;
        }
        // The state line is itself a polite live region: announcing it as well made screen readers say it twice.
        if (interactionId === this.guarded?.interactionId && wanted.blocked) this.expiredFor = undefined;
        emit(this, 'wwe-markdone-guard-change', { interactionId, blocked: wanted.blocked, missingKeys: missing });
      });
  }

  /** Events come from the desktop: every field is checked before use. */
  private onMarkdoneEvent(event: MarkdoneEvent): void {
    const interactionId = typeof event?.interactionId === 'string' ? event.interactionId : undefined;
    if (interactionId === undefined || interactionId !== this.guarded?.interactionId) return;
    const eventType = eventTypeOf(event);
    if (eventType === 'MARKDONE_UNBLOCKED' && this.ledger.get(interactionId).blocked) {
      // The desktop lifted the block itself (its block-markdone-timeout). Note it, so the guard
      // neither claims a block that is gone nor sends an unblock the desktop would refuse; it
      // blocks again at the next change of the interaction if keys are still missing.
      this.ledger.record(interactionId, { blocked: false });
      this.expiredFor = interactionId;
      this.requestUpdate();
      emit(this, 'wwe-markdone-guard-change', { interactionId, blocked: false, missingKeys: [...this.missing] });
    } else if (eventType === 'MARKDONE_REQUESTED' && this.ledger.get(interactionId).blocked) {
      this.actions.announce(this.localize.term('markdone.attempted', { keys: this.missing.join(', ') }));
    }
  }

  protected override render() {
    const interaction = this.guarded;
    return html`${interaction ? this.renderState(interaction) : html`<p class="empty">${this.localize.term('status.noInteraction')}</p>`}
      ${this.renderStatus('interaction.blockMarkdone')}
      ${this.renderLiveRegion()}`;
  }

  private renderState(interaction: Interaction) {
    const blocked = this.blocked;
    const missing = this.missing;
    // Blocked, it names every key the page's guards still need: another guard may hold the block.
    const blockingKeys = blocked ? this.claims.missingFor(interaction.interactionId) : [];
    const text = blocked ? this.localize.term('markdone.blocked', { keys: blockingKeys.join(', ') }) : this.localize.term('markdone.unblocked');
    return html`<div class="state" part="state" role="status" aria-live="polite" aria-atomic="true" ?data-blocked=${blocked}>
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
          ${blocked
            ? svg`<path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z" />`
            : svg`<path d="M9.5 16.2 5.3 12l-1.4 1.4 5.6 5.6 11-11-1.4-1.4z" />`}
        </svg>
        <span>${text}</span>
      </div>
      ${missing.length > 0
        ? html`<ul part="missing" aria-label=${this.localize.term('markdone.missing')}>
            ${missing.map((key) => html`<li>${key}</li>`)}
          </ul>`
        : nothing}
      ${this.expiredFor === interaction.interactionId && !blocked ? html`<p class="note">${this.localize.term('markdone.expired')}</p>` : nothing}`;
  }
}
