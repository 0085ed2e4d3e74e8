import React from "react";
import { WweMarkdoneGuard as WweMarkdoneGuardElement } from "../../dist/elements/markdone-guard/markdone-guard.js";

export type { WweMarkdoneGuardElement };

export interface WweMarkdoneGuardProps extends Pick<
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
  /** The interaction to guard; when absent, the kit's target interaction. */
  interactionId?: WweMarkdoneGuardElement["interactionId"];

  /** Attached-data keys that must be filled before mark-done. Attribute: comma-separated. */
  requiredKeys?: WweMarkdoneGuardElement["requiredKeys"];

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

  /** The interaction guarded now (as of the last render), if any. */
  interaction?: WweMarkdoneGuardElement["interaction"];

  /** Whether the guard has mark-done of its interaction blocked (asked, or accepted, by the desktop). */
  blocked?: WweMarkdoneGuardElement["blocked"];

  /** The required keys that are blank on the guarded interaction now. */
  missingKeys?: WweMarkdoneGuardElement["missingKeys"];

  /** The desktop accepted a block or unblock, or lifted a block itself after its timeout. */
  onWweMarkdoneGuardChange?: (
    event: CustomEvent<{
      interactionId: string;
      blocked: boolean;
      missingKeys: string[];
    }>,
  ) => void;

  /** A block or unblock request failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Blocks mark-done until required attached data is filled.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-markdone-guard-change** - The desktop accepted a block or unblock, or lifted a block itself after its timeout.
 * - **wwe-error** - A block or unblock request failed.
 *
 * ### **CSS Properties:**
 *  - **--wwe-markdone-blocked-color** - Colour of the blocked state. _(default: var(--wwe-warning-color, light-dark(#9a6700, #e3b341)))_
 * - **--wwe-muted-color** - Colour of notes. _(default: color-mix(in srgb, currentColor 65%, transparent))_
 *
 * ### **CSS Parts:**
 *  - **state** - The line saying whether mark-done is blocked.
 * - **missing** - The list of missing keys.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweMarkdoneGuard: React.ForwardRefExoticComponent<WweMarkdoneGuardProps>;
