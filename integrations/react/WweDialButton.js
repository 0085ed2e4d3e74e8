import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/dial-button/dial-button.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweDialButton = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    disabled,
    number,
    userData,
    extensions,
    normalizedNumber,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-dial", props.onWweDial);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "normalizedNumber", props.normalizedNumber);

  return React.createElement(
    "wwe-dial-button",
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
      number: props.number,
      "user-data": props.userData || props["user-data"],
      extensions: props.extensions,
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
