import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/email-button/email-button.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweEmailButton = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const { disabled, address, userData, normalizedAddress, ...filteredProps } =
    props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-email", props.onWweEmail);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "normalizedAddress", props.normalizedAddress);

  return React.createElement(
    "wwe-email-button",
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
      address: props.address,
      "user-data": props.userData || props["user-data"],
      class: props.className,
      exportparts: props.exportparts,
      for: props.htmlFor,
      part: props.part,
      tabindex: props.tabIndex,
      disabled: props.disabled ? true : undefined,
      style: { ...props.style },
    },
    props.children,
  );
});
