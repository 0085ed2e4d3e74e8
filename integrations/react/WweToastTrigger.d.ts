import React from "react";
import { WweToastTrigger as WweToastTriggerElement } from "../../dist/elements/toast-trigger/toast-trigger.js";

export type { WweToastTriggerElement };

export interface WweToastTriggerProps extends Pick<
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
  /** Renders no button, only the status line and live region: the page drives the toast from code. */
  headless?: boolean;

  /** Title of the toast. (`title` would be the element's own tooltip.) */
  toastTitle?: WweToastTriggerElement["toastTitle"];

  /** Subject line of the toast. */
  subject?: WweToastTriggerElement["subject"];

  /** Text of the toast; `\n` breaks lines. */
  message?: WweToastTriggerElement["message"];

  /** Address of the toast's icon. */
  iconUrl?: WweToastTriggerElement["iconUrl"];

  /** Button labels. Attribute: JSON array, e.g. `buttons='["Accept","Decline"]'`. */
  buttons?: WweToastTriggerElement["buttons"];

  /** Key/value lines shown in the toast. Attribute: JSON object of texts. */
  keyValues?: WweToastTriggerElement["keyValues"];

  /** Milliseconds before the desktop closes the toast by itself; 0 or absent keeps it open. */
  autoClose?: WweToastTriggerElement["autoClose"];

  /** The id of the open toast (e.g. `wweCustomToast0`); absent while none is open. */
  toastId?: WweToastTriggerElement["toastId"];

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

  /** Whether the toast is open, as far as the page knows (the desktop does not report a dismissal). */
  isOpen?: WweToastTriggerElement["isOpen"];

  /** The desktop showed the toast. */
  onWweToastOpen?: (event: CustomEvent<{ toastId: string }>) => void;

  /** The agent clicked a button of the toast. */
  onWweToastButtonClick?: (
    event: CustomEvent<{ toastId: string; button: string }>,
  ) => void;

  /** The toast closed. */
  onWweToastClose?: (
    event: CustomEvent<{ toastId: string; reason: "element" | "desktop" }>,
  ) => void;

  /** Showing, updating or closing failed, or an attribute is invalid. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Desktop toast (notification) trigger.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-toast-open** - The desktop showed the toast.
 * - **wwe-toast-button-click** - The agent clicked a button of the toast.
 * - **wwe-toast-close** - The toast closed.
 * - **wwe-error** - Showing, updating or closing failed, or an attribute is invalid.
 *
 * ### **Methods:**
 *  - **show(): _Promise<string | undefined>_** - Shows the toast with the current attributes; when it is already open, brings it up to date.
 * Resolves with the toast id, or undefined when that failed (the element shows why).
 * - **updateToast(changes: _Partial<ToastContent>_): _Promise<boolean>_** - Applies `changes` to the element (`title` sets `toastTitle`, `autoCloseTimeout` sets `autoClose`)
 * and sends them to the open toast. Resolves true when the desktop took them, false when no toast
 * is open (the changes still apply to the next `show()`) or the update failed (the element shows why).
 * - **close(): _Promise<boolean>_** - Closes the toast. Resolves true when none is open any more, false when closing failed (the element shows why).
 *
 * ### **Slots:**
 *  - _default_ - The label of the trigger button. Default: "Show notification", localized.
 *
 * ### **CSS Properties:**
 *  - **--wwe-accent-color** - Background of the trigger button. _(default: #1f6feb)_
 * - **--wwe-accent-contrast-color** - Text colour of the trigger button. _(default: #ffffff)_
 * - **--wwe-radius** - Corner radius. _(default: 6px)_
 * - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
 *
 * ### **CSS Parts:**
 *  - **button** - The trigger button.
 * - **close** - The button that closes the open toast.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweToastTrigger: React.ForwardRefExoticComponent<WweToastTriggerProps>;
