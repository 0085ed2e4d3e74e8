import React from "react";
import { WweCallControls as WweCallControlsElement } from "../../dist/elements/call-controls/call-controls.js";

export type { WweCallControlsElement };

export interface WweCallControlsProps extends Pick<
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
  /** Disables every button. */
  disabled?: boolean;

  /** The call to handle; when absent, the kit's target interaction. */
  interactionId?: WweCallControlsElement["interactionId"];

  /** The consult / transfer / conference target: a phone number, or the destination of `target-type`. */
  destination?: WweCallControlsElement["destination"];

  /** What `destination` is: `CUSTOM_CONTACT` (a phone number, the default), `AGENT`, `AGENT_GROUP`, `SKILL`, `INTERACTION_QUEUE` or `ROUTING_POINT`. */
  targetType?: WweCallControlsElement["targetType"];

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

  /** The voice call the element handles now, if any. */
  interaction?: WweCallControlsElement["interaction"];

  /** The desktop accepted a call action (for complete transfer/conference, `interactionId` is the consultation's id). */
  onWweCallAction?: (
    event: CustomEvent<{
      action:
        | "answer"
        | "hold"
        | "resume"
        | "hangUp"
        | "markdone"
        | "consult"
        | "transfer"
        | "conference"
        | "completeTransfer"
        | "completeConference";
      interactionId: string;
    }>,
  ) => void;

  /** A call action failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Call handling buttons.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-call-action** - The desktop accepted a call action (for complete transfer/conference, `interactionId` is the consultation's id).
 * - **wwe-error** - A call action failed.
 *
 * ### **Methods:**
 *  - **perform(action: _WweCallAction_): _Promise<boolean>_** - Runs `action` on the call. Resolves true when the desktop accepted; otherwise the element shows why.
 *
 * ### **CSS Properties:**
 *  - **--wwe-accent-color** - Background of the main button (answer, resume). _(default: #1f6feb)_
 * - **--wwe-danger-color** - Colour of the hang-up button and of error text. _(default: light-dark(#c62828, #ff8a80))_
 * - **--wwe-border-color** - Border of buttons and field. _(default: color-mix(in srgb, currentColor 25%, transparent))_
 * - **--wwe-spacing** - Gap between the controls. _(default: 0.5rem)_
 *
 * ### **CSS Parts:**
 *  - **actions** - The group of call buttons.
 * - **button** - Each button.
 * - **transfer** - The group with the target field and the consult/transfer/conference buttons.
 * - **input** - The target field.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweCallControls: React.ForwardRefExoticComponent<WweCallControlsProps>;
