import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Interaction, UserData } from '../../protocol/index.js';
import { WweError } from '../../connection/index.js';
import { TargetController } from '../../controllers/index.js';
import { emit } from '../../events/index.js';
import { writeFor, type EditSession, type WriteOp } from './edit-session.js';
import { InteractionSessions } from './interaction-sessions.js';
import { keysAttribute, keysProblems, type UserDataKeys } from './field-spec.js';
import { EditorFields } from './editor-fields.js';
import { fieldView, renderField, type FieldHandlers } from './field-view.js';
import { toUserData } from './form-value.js';
import { FormAssociatedElement } from './form-element.js';
import { AddRowDraft, renderAddRow } from './add-row.js';
import { isWriteRefusal } from './write-denial.js';
import { sendWrite } from './userdata-write.js';
import { userdataEditorStyles } from './userdata-editor.styles.js';
import { userdataTerms } from '../../i18n/en/userdata.js';

/**
 * Shows and edits the attached data (user data) of an interaction through Agent Desktop. Writes
 * show at once and roll back when the desktop refuses them; the user's input stays in its field
 * with the error and a Retry. A desktop change to a key being edited is a conflict the user
 * settles ("Keep mine" / "Use desktop value"), never a silent overwrite. Keys the desktop refuses
 * to write turn read-only with the reason; nested values show read-only as JSON.
 *
 * Form-associated: in a `<form>` it submits one entry per key, named `<name>[<key>]` (or `<key>`
 * without `name`): text as is, numbers and booleans as text, nested values as JSON. It follows the
 * form's reset and disabled state, and a required key left empty makes it invalid (`valueMissing`;
 * a number field holding other text: `badInput`). For Vue `v-model` and Angular forms, `value` is
 * an object of the shown keys' values (drafts included) and `input`/`change` fire from the element.
 *
 * @summary Attached-data editor.
 * @tag wwe-userdata-editor
 *
 * @fires {{ interactionId: string; changes: Record<string, unknown>; deleted: string[] }} wwe-userdata-change - The desktop accepted a write made through the element.
 * @fires {{ action: string; error: Error & { code: string; request: string } }} wwe-error - A write failed or `keys` is not usable.
 * @fires input - A field changed (typing), or the desktop changed a shown value; read `value`.
 * @fires change - The user committed a field (Enter, leaving it, picking an option).
 *
 * @csspart fieldset - The group around the fields.
 * @csspart legend - The group's title.
 * @csspart field - One key's row.
 * @csspart label - A field's label.
 * @csspart input - A field's control.
 * @csspart field-message - The line under a field (saving, error, conflict, read-only reason).
 * @csspart delete-button - Deletes a key.
 * @csspart failure - The box of a failed write.
 * @csspart retry-button - Retries a failed write.
 * @csspart discard-button - Drops the user's unsaved input.
 * @csspart conflict - The box of a conflict.
 * @csspart keep-mine-button - Keeps the user's value.
 * @csspart use-desktop-button - Takes the desktop's value.
 * @csspart add - The row that adds a key (when every key is shown).
 * @csspart add-button - Its button.
 * @csspart status - The line that explains a disconnected, denied or failed state.
 *
 * @cssprop [--wwe-userdata-label-width=10em] - Width of the label column.
 * @cssprop [--wwe-warning-color=light-dark(#9a6700, #e3b341)] - Colour of conflicts.
 * @cssprop [--wwe-danger-color=light-dark(#c62828, #ff8a80)] - Colour of errors.
 * @cssprop [--wwe-border-color=color-mix(in srgb, currentColor 25%, transparent)] - Field borders.
 */
export class WweUserdataEditor extends FormAssociatedElement {
  static override styles = [...FormAssociatedElement.styles, userdataEditorStyles];
  /** @internal */
  protected static override readonly englishTerms = userdataTerms;

  /** The interaction to edit; default: the kit's target interaction (selected case, else live call). */
  @property({ attribute: 'interaction-id', reflect: true }) interactionId?: string;

  /** The keys to show, in order: `Disposition, Amount`, or a JSON array of names and {@link UserDataFieldSpec}s. Default: every key. */
  @property({ converter: keysAttribute }) keys?: UserDataKeys;

  /** Shows the data without any way to change it. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private readonly target = new TargetController(this, this.desktop, { interactionId: () => this.interactionId });
  /** Edits are kept per interaction, so they survive following another one and coming back. */
  private readonly sessions = new InteractionSessions<WweError>();
  private followedDesktop = false;
  private readonly newRow = new AddRowDraft(() => this.requestUpdate(), (key, value) => this.addKey(key, value));

  /** The values the fields show (the user's unsaved input included), by key. */
  get value(): UserData {
    return toUserData(this.fields.states());
  }

  /** Puts values into the fields as unsaved input (`save()` writes them); `null` drops all input. */
  set value(next: UserData | null | undefined) {
    if (typeof next !== 'object' || next === null) this.session.discardAll();
    else for (const [key, value] of Object.entries(next)) this.session.edit(key, value);
    this.requestUpdate();
  }

  /**
   * The values as the desktop has them, with writes in flight counted as done (optimistic): a
   * refused write rolls back here, while its input stays in the field and in `value`.
   */
  get committed(): UserData {
    return toUserData(this.fields.list().map(({ key }) => ({ key, value: this.session.current(key) })));
  }

  /** The interaction being edited, if any. */
  get interaction(): Interaction | undefined {
    return this.target.interaction;
  }

  /** Writes every field with unsaved input. Resolves true when the desktop accepted them all. */
  async save(): Promise<boolean> {
    const keys = this.fields.list().map((field) => field.key).filter((key) => this.session.hasDraft(key));
    const results = await Promise.all(keys.map((key) => this.commit(key)));
    return results.every(Boolean);
  }

  /** The host form was reset: unsaved input goes, the fields show the desktop's values. */
  formResetCallback(): void {
    this.session.discardAll();
    this.newRow.clear();
  }

  private get session(): EditSession<WweError> {
    return this.sessions.current;
  }

  private get fields(): EditorFields {
    return new EditorFields(this.session, Array.isArray(this.keys) ? this.keys : undefined, this.readonly, this.localize.lang);
  }

  private readonly handlers: FieldHandlers = {
    edit: (key, value) => {
      // Kept as typed: parsing "1." to 1 on every keystroke would eat the decimal point.
      this.session.edit(key, value);
      this.requestUpdate();
    },
    commit: (key) => void this.commit(key),
    discard: (key) => {
      this.session.discard(key);
      this.requestUpdate();
    },
    remove: (key) => void this.write(key, { kind: 'delete' }),
    retry: (key) => {
      const op = this.session.retry(key);
      if (op) void this.write(key, op);
    },
    resolve: (key, choice) => {
      const op = this.session.resolve(key, choice);
      this.requestUpdate();
      if (op) void this.write(key, op);
    },
  };

  /** Writes a field's unsaved input; input that is not a valid value stays unsaved. */
  private async commit(key: string): Promise<boolean> {
    const value = this.session.isPending(key) || this.readonlyReason(key) ? undefined : this.fields.committable(key);
    if (value === undefined) return false;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    return this.write(key, writeFor(value));
  }

  /** Sends one write; its value shows at once and rolls back on failure, keeping the input. */
  private async write(key: string, op: WriteOp): Promise<boolean> {
    const { session, interaction } = this;
    if (!interaction || session.isPending(key)) return false;
    const { interactionId } = interaction;
    const id = session.begin(key, op);
    this.requestUpdate();
    const { outcome, changes } = await sendWrite(this.actions, this.desktop.connection, interactionId, key, op);
    // The outcome goes to the write's own session, even when another interaction is shown now:
    // coming back to it shows what became of the write. Only the shown one is announced.
    const shown = session === this.session;
    const label = this.fields.of(key).label;
    if (outcome.ok) {
      session.succeed(id);
      if (shown) this.actions.announce(this.localize.term(op.kind === 'set' ? 'userdata.saved' : 'userdata.deleted', { key: label }));
      emit(this, 'wwe-userdata-change', { interactionId, changes, deleted: op.kind === 'delete' ? [key] : [] });
    } else {
      const refused = isWriteRefusal(outcome.error, key);
      session.fail(id, outcome.error, refused ? this.localize.term('userdata.writeDenied', { key: label }) : undefined);
      if (shown && session.failure(key)) this.actions.announce(this.localize.term('userdata.notSaved', { reason: this.localize.term(`error.${outcome.error.code}`) }));
    }
    this.requestUpdate();
    return outcome.ok;
  }

  /** Adds a key from the add row; false keeps the row's input (the key is taken). */
  private addKey(key: string, value: string): boolean {
    if (this.session.shown(key) !== undefined) {
      const message = this.localize.term('userdata.keyTaken', { key });
      this.actions.fail('interaction.setUserData', new WweError('INVALID_ARGUMENT', 'interaction.setUserData', message));
      return false;
    }
    void this.write(key, { kind: 'set', value });
    return true;
  }

  /** Why a key can't be edited now, or undefined. */
  private readonlyReason(key: string): string | undefined {
    if (this.readonly || this.fields.of(key).readonly) return this.localize.term('userdata.readonly');
    if (!this.desktop.isAllowed('interaction.setUserData')) return this.localize.term('status.denied');
    return this.session.denied(key);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const interaction = this.interaction;
    const sync = interaction && this.sessions.follow(interaction);
    this.sessions.catchUp(this.desktop.state.interactions);
    if (sync) {
      for (const key of sync.conflicts) this.actions.announce(this.localize.term('userdata.conflict', { key: this.fields.of(key).label }));
      this.followedDesktop ||= !sync.first && sync.changed.length > 0;
    }
    if (changed.has('keys')) this.checkKeys();
  }

  /** Reports a `keys` value it cannot use, instead of silently showing other keys. */
  private checkKeys(): void {
    const problems = keysProblems(this.keys);
    if (problems.length > 0) this.actions.fail('keys', new WweError('INVALID_ARGUMENT', 'keys', this.localize.term('userdata.invalidKeys', { problems: problems.join('; ') })));
    else if (this.actions.error?.action === 'keys') this.actions.clearError();
  }

  protected override updated(): void {
    this.publishForm(this.fields.states(), (problem) => {
      const term = problem.flags.valueMissing ? 'userdata.required' : 'userdata.invalidNumber';
      return `${this.fields.of(problem.key).label}: ${this.localize.term(term)}`;
    });
    if (this.followedDesktop) {
      // So a bound model (v-model, Angular forms) follows the desktop's change.
      this.followedDesktop = false;
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }

  protected override render() {
    const interaction = this.interaction;
    const fields = this.fields;
    const list = fields.list();
    const t = this.localize.term.bind(this.localize);
    const canAdd = interaction && !fields.declared && !this.readonly && this.desktop.isAllowed('interaction.setUserData');
    return html`<fieldset part="fieldset" ?disabled=${this.disabled || this.formDisabled}>
        <legend part="legend">${t('userdata.label')}</legend>
        ${!interaction
          ? html`<p class="note">${t('status.noInteraction')}</p>`
          : list.length === 0
            ? html`<p class="note">${t('userdata.empty')}</p>`
            : list.map((field, index) => {
                const view = fieldView({ fields, session: this.session, field, index, term: t, readonlyReason: this.readonlyReason(field.key), deletable: this.desktop.isAllowed('interaction.deleteUserData') });
                return renderField(view, this.handlers, t);
              })}
        ${canAdd ? renderAddRow(this.newRow, t) : nothing}
      </fieldset>
      ${this.renderStatus('interaction.setUserData')}
      ${this.renderLiveRegion()}`;
  }
}
