import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/call-controls/call-controls.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweCallControls = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    disabled,
    interactionId,
    destination,
    targetType,
    interaction,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-call-action", props.onWweCallAction);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "interaction", props.interaction);

  return React.createElement(
    "wwe-call-controls",
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
      "interaction-id": props.interactionId || props["interaction-id"],
      destination: props.destination,
      "target-type": props.targetType || props["target-type"],
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
