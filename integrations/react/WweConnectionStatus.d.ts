import React from "react";
import { WweConnectionStatus as WweConnectionStatusElement } from "../../dist/elements/connection-status/connection-status.js";

export type { WweConnectionStatusElement };

export interface WweConnectionStatusProps extends Pick<
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
  /** Trusts whatever desktop origin the page finds (the page that frames or opens it), with a console
warning. Unsafe: any site that frames this page becomes its desktop. Prefer `desktop-origins`. */
  allowDerivedOrigin?: boolean;

  /** Posts to any origin and trusts any origin of the desktop window. Unsafe: development only. */
  allowAnyOrigin?: boolean;

  /** The desktop's origin, e.g. `https://wwe.example.com`: requests go only there and answers are accepted only from there. */
  desktopOrigin?: WweConnectionStatusElement["desktopOrigin"];

  /** The desktops this page may be in, when `desktop-origin` is not set: origins or wildcards as the
whole leftmost label, separated by spaces or commas (`https://wwe.example.com https://*.example.com`).
A desktop whose origin matches none is refused (`ORIGIN_UNTRUSTED`): nothing is sent to it.
Without it, only a desktop on this machine (`localhost`, `127.0.0.1`) is trusted. */
  desktopOrigins?: WweConnectionStatusElement["desktopOrigins"];

  /** Default timeout of a request, in milliseconds (the connection's default: 10 000). */
  timeout?: WweConnectionStatusElement["timeout"];

  /** Timeout of the handshake, in milliseconds (default: `timeout`). */
  handshakeTimeout?: WweConnectionStatusElement["handshakeTimeout"];

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

  /** The connection's state now. */
  state?: WweConnectionStatusElement["state"];

  /** Why the connection is `unavailable` or in `error`. */
  error?: WweConnectionStatusElement["error"];

  /** The connection changed state. */
  onWweConnectionChange?: (
    event: CustomEvent<{
      state: "idle" | "connecting" | "ready" | "unavailable" | "error";
      previous: "idle" | "connecting" | "ready" | "unavailable" | "error";
      error?: Error & { code: string; request: string };
    }>,
  ) => void;

  /** A setting is invalid, or a reconnection failed. */
  onWweError?: (
    event: CustomEvent<{
      action: string;
      error: Error & { code: string; request: string };
    }>,
  ) => void;
}

/**
 * Connection settings and status.
 * ---
 *
 *
 * ### **Events:**
 *  - **wwe-connection-change** - The connection changed state.
 * - **wwe-error** - A setting is invalid, or a reconnection failed.
 *
 * ### **Methods:**
 *  - **reconnect(): _Promise<boolean>_** - Handshakes again. Resolves true when the desktop answered, false otherwise (the element shows why).
 *
 * ### **CSS Properties:**
 *  - **--wwe-success-color** - Dot when connected. _(default: light-dark(#1b7f3b, #56d364))_
 * - **--wwe-warning-color** - Dot while connecting. _(default: light-dark(#9a6700, #e3b341))_
 * - **--wwe-danger-color** - Dot when unavailable or in error, and error text. _(default: light-dark(#c62828, #ff8a80))_
 * - **--wwe-radius** - Corner radius of the button. _(default: 6px)_
 *
 * ### **CSS Parts:**
 *  - **connection** - The row with the indicator, the state and the button.
 * - **indicator** - The coloured dot.
 * - **state** - The state, in words.
 * - **reason** - Why the connection is unavailable or in error.
 * - **channels** - Which channels' events are not arriving while their subscription is retried.
 * - **reconnect** - The Reconnect button.
 * - **status** - The line that shows an invalid setting.
 */
export const WweConnectionStatus: React.ForwardRefExoticComponent<WweConnectionStatusProps>;
