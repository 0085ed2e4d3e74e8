import React from "react";
import { WweEmailButton as WweEmailButtonElement } from "../../dist/elements/email-button/email-button.js";

export type { WweEmailButtonElement };

export interface WweEmailButtonProps extends Pick<
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

  /** The recipient, as written (`ana@example.com`, `mailto:ana@example.com`); checked before sending. */
  address?: WweEmailButtonElement["address"];

  /** Attached data for the new e-mail interaction. Attribute: JSON object. */
  userData?: WweEmailButtonElement["userData"];

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

  /** The address as it will be sent, or undefined when it is not an e-mail address. */
  normalizedAddress?: WweEmailButtonElement["normalizedAddress"];

  /** The desktop opened the new e-mail. */
  onWweEmail?: (
    event: CustomEvent<{ address: string; userData?: Record<string, unknown> }>,
  ) => void;

  /** Creating the e-mail failed or the input is invalid. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Click-to-e-mail button.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-email** - The desktop opened the new e-mail.
 * - **wwe-error** - Creating the e-mail failed or the input is invalid.
 *
 * ### **Methods:**
 *  - **create(): _Promise<boolean>_** - Opens the e-mail now. Resolves true when the desktop accepted, false otherwise (the element shows why).
 *
 * ### **Slots:**
 *  - _default_ - The label. Default: "E-mail {address}", localized.
 *
 * ### **CSS Properties:**
 *  - **--wwe-accent-color** - Background of the button. _(default: #1f6feb)_
 * - **--wwe-accent-contrast-color** - Text colour of the button. _(default: #ffffff)_
 * - **--wwe-radius** - Corner radius. _(default: 6px)_
 * - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
 *
 * ### **CSS Parts:**
 *  - **button** - The native button.
 * - **icon** - The envelope icon.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweEmailButton: React.ForwardRefExoticComponent<WweEmailButtonProps>;
