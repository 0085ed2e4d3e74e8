import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/tel-links/tel-links.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweTelLinks = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const { userData, dialsThroughDesktop, ...filteredProps } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-dial", props.onWweDial);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "dialsThroughDesktop", props.dialsThroughDesktop);

  return React.createElement(
    "wwe-tel-links",
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
      "user-data": props.userData || props["user-data"],
      class: props.className,
      exportparts: props.exportparts,
      for: props.htmlFor,
      part: props.part,
      tabindex: props.tabIndex,
      style: { ...props.style },
    },
    props.children,
  );
});
