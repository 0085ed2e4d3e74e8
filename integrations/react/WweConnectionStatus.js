import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/connection-status/connection-status.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweConnectionStatus = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    allowDerivedOrigin,
    allowAnyOrigin,
    desktopOrigin,
    desktopOrigins,
    timeout,
    handshakeTimeout,
    state,
    error,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-connection-change", props.onWweConnectionChange);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "state", props.state);
  useProperties(ref, "error", props.error);

  return React.createElement(
    "wwe-connection",
    {
      ref: (node) => {
        ref.current = node;
        if (typeof forwardedRef === "function") {
          forwardedRef(node);
        } else if (forwardedRef) {
          forwardedRef.current = node;
        }
      },
      ...filteredProps,
      "desktop-origin": props.desktopOrigin || props["desktop-origin"],
      "desktop-origins": props.desktopOrigins || props["desktop-origins"],
      timeout: props.timeout,
      "handshake-timeout": props.handshakeTimeout || props["handshake-timeout"],
      class: props.className,
      exportparts: props.exportparts,
      for: props.htmlFor,
      part: props.part,
      tabindex: props.tabIndex,
      "allow-derived-origin": props.allowDerivedOrigin ? true : undefined,
      "allow-any-origin": props.allowAnyOrigin ? true : undefined,
      style: { ...props.style },
    },
    props.children,
  );
});
