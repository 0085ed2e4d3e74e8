import { html, nothing, type TemplateResult } from 'lit';

export interface ActionButtonOptions {
  /** The accessible name, and the label when the element has no content of its own. */
  label: string;
  /** Path data of a 24×24 icon. */
  iconPath: string;
  busy: boolean;
  /** Not usable for a reason other than being busy (disabled, invalid input, not allowed). */
  unusable: boolean;
  /** Whether the host has its own label in its default slot. */
  slotted: boolean;
  onActivate(): void;
  onSlotChange(): void;
}

/** The primary button of a one-action element (dial, e-mail): icon, slotted label, busy state. */
export function renderActionButton(options: ActionButtonOptions): TemplateResult {
  return html`<button
    class="button button--primary"
    part="button"
    type="button"
    aria-label=${options.slotted ? nothing : options.label}
    aria-busy=${options.busy ? 'true' : 'false'}
    ?disabled=${options.unusable || options.busy}
    @click=${options.onActivate}
  >
    <svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor"><path d=${options.iconPath} /></svg>
    <slot @slotchange=${options.onSlotChange}>${options.label}</slot>
  </button>`;
}

/** Whether `host` has content of its own (an element, or non-blank text) for its default slot. */
export function hasSlottedContent(host: HTMLElement): boolean {
  return [...host.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''));
}

export interface CommandButtonOptions {
  /** The command, as `data-action` for styling and tests. */
  action: string;
  label: string;
  /** Extra classes (a variant such as `button--danger`). */
  variant?: string;
  /** This command's request is in flight. */
  busy: boolean;
  disabled: boolean;
  onActivate(): void;
}

/** One command of a group of commands (call controls, recording): text label, busy state. */
export function renderCommandButton(options: CommandButtonOptions): TemplateResult {
  return html`<button
    class="button ${options.variant ?? ''}"
    part="button"
    type="button"
    data-action=${options.action}
    aria-busy=${options.busy ? 'true' : 'false'}
    ?disabled=${options.disabled}
    @click=${options.onActivate}
  >
    ${options.label}
  </button>`;
}
