import { property, state } from 'lit/decorators.js';
import { WweElement } from '../shared/wwe-element.js';
import { firstProblem, formEntries, type FormFieldState, type FormProblem } from './form-value.js';

/**
 * A kit element that takes part in a host `<form>` through ElementInternals: `name`, `disabled`
 * (its own or a disabled ancestor fieldset), the form value and validity. Subclasses publish
 * their fields after each update and handle the form's reset.
 */
export abstract class FormAssociatedElement extends WweElement {
  static formAssociated = true;

  /** Prefix of the form entries: `<name>[<key>]`; without it the entries are the bare keys. */
  @property({ reflect: true }) name = '';

  /** Disables the fields; a disabled element submits nothing. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set by the form when an ancestor fieldset is disabled. */
  @state() protected formDisabled = false;

  protected readonly internals = this.attachInternals();

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the element is valid; fires `invalid` when not, as native controls do. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like checkValidity, and the browser shows the problem on the field at fault. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  abstract formResetCallback(): void;

  /**
   * Hands the fields to the form: entries per key, and the first problem as the validity, anchored
   * on the field at fault so `reportValidity()` points at it.
   */
  protected publishForm(fields: readonly FormFieldState[], messageOf: (problem: FormProblem) => string): void {
    this.internals.setFormValue(formEntries(this.name, fields));
    const problem = firstProblem(fields);
    if (!problem) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(problem.key)}"] [part="input"]`) ?? undefined;
    this.internals.setValidity(problem.flags, messageOf(problem), anchor);
  }
}
