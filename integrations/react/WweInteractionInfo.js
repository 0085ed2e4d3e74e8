import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/interaction-info/interaction-info.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweInteractionInfo = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const { interactionId, interaction, ...filteredProps } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-interaction-change", props.onWweInteractionChange);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "interaction", props.interaction);

  return React.createElement(
    "wwe-interaction-info",
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
