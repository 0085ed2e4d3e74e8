import React from "react";
import { WweEventLog as WweEventLogElement } from "../../dist/elements/event-log/event-log.js";

export type { WweEventLogElement };

export interface WweEventLogProps extends Pick<
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
  /** While true, arriving events are held (up to `limit`) and shown on resume. */
  paused?: boolean;

  /** The channels to listen to. Attribute: names separated by commas or spaces, e.g.
`channels="agent, interaction, messenger:crm"`. Default: every core channel. */
  channels?: WweEventLogElement["channels"];

  /** How many events to keep; the oldest go first. A whole number of at least 1; default 200. */
  limit?: WweEventLogElement["limit"];

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

  /** The events shown, newest first. */
  entries?: WweEventLogElement["entries"];

  /** How many events arrived while paused. */
  heldCount?: WweEventLogElement["heldCount"];

  /** A channel name is invalid or a subscription failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Desktop event log for debugging.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-error** - A channel name is invalid or a subscription failed.
 *
 * ### **Methods:**
 *  - **pause(): _void_** - Holds arriving events instead of showing them.
 * - **resume(): _void_** - Shows the held events and the ones that follow.
 * - **clear(): _void_** - Forgets every event shown or held.
 *
 * ### **CSS Properties:**
 *  - **--wwe-event-log-max-height** - Height of the list before it scrolls. _(default: 24rem)_
 * - **--wwe-monospace-font** - Font of the JSON. _(default: ui-monospace, monospace)_
 * - **--wwe-border-color** - Borders of the list; default: the text colour at 25 %. _(default: undefined)_
 * - **--wwe-radius** - Corner radius of the list and buttons. _(default: 6px)_
 *
 * ### **CSS Parts:**
 *  - **toolbar** - The title and the buttons.
 * - **pause** - The Pause / Resume toggle button.
 * - **clear** - The Clear button.
 * - **list** - The list of events.
 * - **entry** - One event.
 * - **json** - The payload of an event, as JSON text.
 * - **empty** - The text shown when no event arrived yet.
 * - **status** - The line that explains a disconnected or failed state.
 */
export const WweEventLog: React.ForwardRefExoticComponent<WweEventLogProps>;
