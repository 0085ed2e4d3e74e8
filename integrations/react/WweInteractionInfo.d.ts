import React from "react";
import { WweInteractionInfo as WweInteractionInfoElement } from "../../dist/elements/interaction-info/interaction-info.js";

export type { WweInteractionInfoElement };

export interface WweInteractionInfoProps extends Pick<
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
  /** The interaction to show; when absent, the kit's target interaction. */
  interactionId?: WweInteractionInfoElement["interactionId"];

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

  /** The interaction shown now, if any. */
  interaction?: WweInteractionInfoElement["interaction"];

  /** The element follows another interaction, or none (a call arrived, the selected case changed, the followed one left the desktop). */
  onWweInteractionChange?: (
    event: CustomEvent<{
      interactionId: string | undefined;
      previous: string | undefined;
    }>,
  ) => void;
}

/**
 * Caller, state and duration of an interaction.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-interaction-change** - The element follows another interaction, or none (a call arrived, the selected case changed, the followed one left the desktop).
 *
 * ### **CSS Properties:**
 *  - **--wwe-muted-color** - Colour of the terms and the ANI. _(default: color-mix(in srgb, currentColor 65%, transparent))_
 * - **--wwe-spacing** - Gap between terms and values. _(default: 0.5rem)_
 *
 * ### **CSS Parts:**
 *  - **list** - The description list.
 * - **caller** - The caller's names and number.
 * - **icon** - The media icon.
 * - **duration** - The live duration.
 * - **empty** - The text shown when there is no interaction.
 * - **status** - The line that explains a disconnected or failed state.
 */
export const WweInteractionInfo: React.ForwardRefExoticComponent<WweInteractionInfoProps>;
