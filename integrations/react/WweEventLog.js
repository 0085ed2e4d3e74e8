import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/event-log/event-log.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweEventLog = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const { paused, channels, limit, entries, heldCount, ...filteredProps } =
    props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "entries", props.entries);
  useProperties(ref, "heldCount", props.heldCount);

  return React.createElement(
    "wwe-event-log",
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
      channels: props.channels,
      limit: props.limit,
      class: props.className,
      exportparts: props.exportparts,
      for: props.htmlFor,
      part: props.part,
      tabindex: props.tabIndex,
      paused: props.paused ? true : undefined,
      style: { ...props.style },
    },
    props.children,
  );
});
