import React from "react";
import {
  WweUserdataEditor as WweUserdataEditorElement,
  Event,
} from "../../dist/elements/userdata-editor/userdata-editor.js";

export type { WweUserdataEditorElement, Event };

export interface WweUserdataEditorProps extends Pick<
  React.AllHTMLAttributes<HTMLElement>,
  | "children"
  | "dir"
  | "hidden"
  | "id"
  | "lang"
  | "slot"
  | "style"
  | "title"
  | "translate"
  | "onClick"
  | "onFocus"
  | "onBlur"
> {
  /** Shows the data without any way to change it. */
  readonly?: boolean;

  /** The interaction to edit; default: the kit's target interaction (selected case, else live call). */
  interactionId?: WweUserdataEditorElement["interactionId"];

  /** The keys to show, in order: `Disposition, Amount`, or a JSON array of names and UserDataFieldSpecs. Default: every key. */
  keys?: WweUserdataEditorElement["keys"];

  /** A space-separated list of the classes of the element. Classes allows CSS and JavaScript to select and access specific elements via the class selectors or functions like the method `Document.getElementsByClassName()`. */
  className?: string;

  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;

  /** Used for labels to link them with their inputs (using input id). */
  htmlFor?: string;

  /** Used to help React identify which items have changed, are added, or are removed within a list. */
  key?: number | string;

  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;

  /** A mutable ref object whose `.current` property is initialized to the passed argument (`initialValue`). The returned object will persist for the full lifetime of the component. */
  ref?: any;

  /** Allows developers to make HTML elements focusable, allow or prevent them from being sequentially focusable (usually with the `Tab` key, hence the name) and determine their relative ordering for sequential focus navigation. */
  tabIndex?: number;

  /** Puts values into the fields as unsaved input (`save()` writes them); `null` drops all input. */
  value?: WweUserdataEditorElement["value"];

  /** The values as the desktop has them, with writes in flight counted as done (optimistic): a
refused write rolls back here, while its input stays in the field and in `value`. */
  committed?: WweUserdataEditorElement["committed"];

  /** The interaction being edited, if any. */
  interaction?: WweUserdataEditorElement["interaction"];

  /** The user committed a field (Enter, leaving it, picking an option). */
  onChange?: (event: CustomEvent) => void;

  /** A field changed (typing), or the desktop changed a shown value; read `value`. */
  onInput?: (event: CustomEvent) => void;

  /** The desktop accepted a write made through the element. */
  onWweUserdataChange?: (
    event: CustomEvent<{
      interactionId: string;
      changes: Record<string, unknown>;
      deleted: string[];
    }>,
  ) => void;

  /** A write failed or `keys` is not usable. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Attached-data editor.
 * ---
 *
 *
 * ### **Events:**
 *  - **change** - The user committed a field (Enter, leaving it, picking an option).
 * - **input** - A field changed (typing), or the desktop changed a shown value; read `value`.
 * - **wwe-userdata-change** - The desktop accepted a write made through the element.
 * - **wwe-error** - A write failed or `keys` is not usable.
 *
 * ### **Methods:**
 *  - **save(): _Promise<boolean>_** - Writes every field with unsaved input. Resolves true when the desktop accepted them all.
 * - **formResetCallback(): _void_** - The host form was reset: unsaved input goes, the fields show the desktop's values.
 *
 * ### **CSS Properties:**
 *  - **--wwe-userdata-label-width** - Width of the label column. _(default: 10em)_
 * - **--wwe-warning-color** - Colour of conflicts. _(default: light-dark(#9a6700, #e3b341))_
 * - **--wwe-danger-color** - Colour of errors. _(default: light-dark(#c62828, #ff8a80))_
 * - **--wwe-border-color** - Field borders. _(default: color-mix(in srgb, currentColor 25%, transparent))_
 *
 * ### **CSS Parts:**
 *  - **fieldset** - The group around the fields.
 * - **legend** - The group's title.
 * - **field** - One key's row.
 * - **label** - A field's label.
 * - **input** - A field's control.
 * - **field-message** - The line under a field (saving, error, conflict, read-only reason).
 * - **delete-button** - Deletes a key.
 * - **failure** - The box of a failed write.
 * - **retry-button** - Retries a failed write.
 * - **discard-button** - Drops the user's unsaved input.
 * - **conflict** - The box of a conflict.
 * - **keep-mine-button** - Keeps the user's value.
 * - **use-desktop-button** - Takes the desktop's value.
 * - **add** - The row that adds a key (when every key is shown).
 * - **add-button** - Its button.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweUserdataEditor: React.ForwardRefExoticComponent<WweUserdataEditorProps>;
