import React from "react";
import { WweAgentState as WweAgentStateElement } from "../../dist/elements/agent-state/agent-state.js";

export type { WweAgentStateElement };

export interface WweAgentStateProps extends Pick<
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
  /** Disables the select; the state is still shown. */
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

  /** The agent's current state as the desktop last reported it. */
  agentState?: WweAgentStateElement["agentState"];

  /** The states the agent can choose, in the desktop's order. */
  stateList?: WweAgentStateElement["stateList"];

  /** The desktop accepted a state change made here. */
  onWweAgentStateChange?: (
    event: CustomEvent<{ operationName: string }>,
  ) => void;

  /** The change failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Agent state display and picker.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-agent-state-change** - The desktop accepted a state change made here.
 * - **wwe-error** - The change failed.
 *
 * ### **Methods:**
 *  - **setState(operationName: _string_): _Promise<boolean>_** - Asks the desktop to put the agent in the state named by `operationName` (an entry of
 * `stateList`). Resolves true when the desktop accepted, false otherwise (the element shows why).
 *
 * ### **CSS Properties:**
 *  - **--wwe-agent-ready-color** - Dot colour when Ready. _(default: var(--wwe-success-color))_
 * - **--wwe-agent-not-ready-color** - Dot colour when Not Ready (with or without reason). _(default: var(--wwe-danger-color))_
 * - **--wwe-agent-after-call-work-color** - Dot colour in After Call Work. _(default: var(--wwe-warning-color))_
 * - **--wwe-border-color** - Border of the select; default: the text colour at 25 %. _(default: undefined)_
 * - **--wwe-radius** - Corner radius of the select. _(default: 6px)_
 *
 * ### **CSS Parts:**
 *  - **label** - The "Agent state" label.
 * - **indicator** - The coloured dot before the select.
 * - **select** - The native select.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweAgentState: React.ForwardRefExoticComponent<WweAgentStateProps>;
