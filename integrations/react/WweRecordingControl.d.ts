import React from "react";
import { WweRecordingControl as WweRecordingControlElement } from "../../dist/elements/recording-control/recording-control.js";

export type { WweRecordingControlElement };

export interface WweRecordingControlProps extends Pick<
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
  /** Disables every command. */
  disabled?: boolean;

  /** The call to control; when absent, the kit's target interaction. */
  interactionId?: WweRecordingControlElement["interactionId"];

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

  /** The recording state of the call as the desktop reports it (`STOPPED`, `RECORDING`, `PAUSED`),
reflected to the `recording-state` attribute for styling; undefined without a voice call. */
  recordingState?: WweRecordingControlElement["recordingState"];

  /** The voice call the element controls now, if any. */
  interaction?: WweRecordingControlElement["interaction"];

  /** The recording state of the call changed (through the element or the desktop). */
  onWweRecordingChange?: (
    event: CustomEvent<{
      interactionId: string;
      recordingState: "STOPPED" | "RECORDING" | "PAUSED";
      previous: "STOPPED" | "RECORDING" | "PAUSED" | undefined;
    }>,
  ) => void;

  /** A recording command failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Call recording control.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-recording-change** - The recording state of the call changed (through the element or the desktop).
 * - **wwe-error** - A recording command failed.
 *
 * ### **Methods:**
 *  - **start(): _Promise<boolean>_** - Starts recording the call. Resolves true when the desktop accepted.
 * - **stop(): _Promise<boolean>_** - Stops the recording. Resolves true when the desktop accepted.
 * - **pause(): _Promise<boolean>_** - Pauses the recording. Resolves true when the desktop accepted.
 * - **resume(): _Promise<boolean>_** - Resumes a paused recording. Resolves true when the desktop accepted.
 *
 * ### **CSS Properties:**
 *  - **--wwe-recording-color** - Colour of the recording dot. _(default: var(--wwe-danger-color, light-dark(#c62828, #ff8a80)))_
 * - **--wwe-muted-color** - Colour of the elapsed time and idle dot. _(default: color-mix(in srgb, currentColor 65%, transparent))_
 * - **--wwe-spacing** - Gap between the indicator and the buttons. _(default: 0.5rem)_
 * - **--wwe-radius** - Corner radius of the buttons. _(default: 6px)_
 *
 * ### **CSS Parts:**
 *  - **indicator** - The recording indicator: dot, state and elapsed time.
 * - **dot** - The dot of the indicator; it pulses while recording.
 * - **elapsed** - The time recorded so far.
 * - **actions** - The group of command buttons.
 * - **button** - Each command button.
 * - **status** - The line that explains a disconnected, denied or failed state.
 */
export const WweRecordingControl: React.ForwardRefExoticComponent<WweRecordingControlProps>;
