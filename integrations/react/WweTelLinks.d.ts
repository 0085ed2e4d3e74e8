import React from "react";
import { WweTelLinks as WweTelLinksElement } from "../../dist/elements/tel-links/tel-links.js";

export type { WweTelLinksElement };

export interface WweTelLinksProps extends Pick<
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
  /** Attached data for every call dialed from a link. Attribute: JSON object. */
  userData?: WweTelLinksElement["userData"];

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

  /** Whether link activations go to the desktop now; otherwise links behave as plain links. */
  dialsThroughDesktop?: WweTelLinksElement["dialsThroughDesktop"];

  /** The desktop accepted a dial. */
  onWweDial?: (
    event: CustomEvent<{ number: string; userData?: Record<string, unknown> }>,
  ) => void;

  /** Dialing failed, or the link or the user data is invalid. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Turns the `tel:` links of its content into desktop dialing.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-dial** - The desktop accepted a dial.
 * - **wwe-error** - Dialing failed, or the link or the user data is invalid.
 *
 * ### **Methods:**
 *  - **dial(number: _string_): _Promise<boolean>_** - Dials `number` (as written, or a `tel:` URI) with the element's user data. Resolves true when the
 * desktop accepted, false otherwise (the element shows why).
 *
 * ### **Slots:**
 *  - _default_ - The content whose `tel:` links dial through the desktop.
 *
 * ### **CSS Properties:**
 *  - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
 * - **--wwe-muted-color** - Colour of the status line; default: the text colour at 65 %. _(default: undefined)_
 *
 * ### **CSS Parts:**
 *  - **status** - The line, after the content, that explains a disconnected, denied or failed state.
 */
export const WweTelLinks: React.ForwardRefExoticComponent<WweTelLinksProps>;
