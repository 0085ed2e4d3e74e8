import React from "react";
import { WweCaseSelector as WweCaseSelectorElement } from "../../dist/elements/case-selector/case-selector.js";

export type { WweCaseSelectorElement };

export interface WweCaseSelectorProps extends Pick<
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
  /** Shows the cases without letting the agent select one. */
  disabled?: boolean;

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

  /** The agent's cases, in the desktop's order. */
  cases?: WweCaseSelectorElement["cases"];

  /** The case Agent Desktop shows selected. */
  selectedCaseId?: WweCaseSelectorElement["selectedCaseId"];

  /** The desktop accepted the selection of a case. */
  onWweCaseSelect?: (event: CustomEvent<{ caseId: string }>) => void;

  /** Selecting failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Case list and selector.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-case-select** - The desktop accepted the selection of a case.
 * - **wwe-error** - Selecting failed.
 *
 * ### **Methods:**
 *  - **select(caseId: _string_): _Promise<boolean>_** - Selects a case in Agent Desktop. Resolves true when the desktop accepted.
 *
 * ### **CSS Properties:**
 *  - **--wwe-accent-color** - Marks the selected case. _(default: #1f6feb)_
 * - **--wwe-case-selector-max-height** - Height after which the list scrolls. _(default: 20em)_
 * - **--wwe-border-color** - Borders. _(default: color-mix(in srgb, currentColor 25%, transparent))_
 *
 * ### **CSS Parts:**
 *  - **listbox** - The list of cases.
 * - **option** - One case.
 * - **interaction** - One interaction line of a case.
 * - **media-icon** - The media icon of an interaction.
 * - **parties** - The parties of an interaction.
 * - **state** - The state of an interaction.
 * - **flags** - The case's count, selected and expanded marks.
 * - **empty** - The text shown when there is no case.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweCaseSelector: React.ForwardRefExoticComponent<WweCaseSelectorProps>;
