import React from "react";
import { WweDialButton as WweDialButtonElement } from "../../dist/elements/dial-button/dial-button.js";

export type { WweDialButtonElement };

export interface WweDialButtonProps extends Pick<
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
  /** Disables the button. */
  disabled?: boolean;

  /** The number to dial, as written (`+33 2 98 00 00 00`, `tel:…`); normalised before dialing. */
  number?: WweDialButtonElement["number"];

  /** Attached data for the new call. Attribute: JSON object. */
  userData?: WweDialButtonElement["userData"];

  /** Dial extensions; when set, the button uses `voice.dialEx`. Attribute: JSON object. */
  extensions?: WweDialButtonElement["extensions"];

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

  /** The number as it will be dialed, or undefined when it is not a phone number. */
  normalizedNumber?: WweDialButtonElement["normalizedNumber"];

  /** The desktop accepted the dial. */
  onWweDial?: (
    event: CustomEvent<{
      number: string;
      userData?: Record<string, unknown>;
      extensions?: Record<string, string>;
    }>,
  ) => void;

  /** Dialing failed or the input is invalid; `error` is a WweError. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Click-to-dial button.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-dial** - The desktop accepted the dial.
 * - **wwe-error** - Dialing failed or the input is invalid; `error` is a WweError.
 *
 * ### **Methods:**
 *  - **dial(): _Promise<boolean>_** - Dials now. Resolves true when the desktop accepted, false otherwise (the element shows why).
 *
 * ### **Slots:**
 *  - _default_ - The label. Default: "Call {number}", localized.
 *
 * ### **CSS Properties:**
 *  - **--wwe-accent-color** - Background of the button. _(default: #1f6feb)_
 * - **--wwe-accent-contrast-color** - Text colour of the button. _(default: #ffffff)_
 * - **--wwe-radius** - Corner radius. _(default: 6px)_
 * - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
 *
 * ### **CSS Parts:**
 *  - **button** - The native button.
 * - **icon** - The phone icon.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweDialButton: React.ForwardRefExoticComponent<WweDialButtonProps>;
