import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/markdone-guard/markdone-guard.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweMarkdoneGuard = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    interactionId,
    requiredKeys,
    interaction,
    blocked,
    missingKeys,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(
    ref,
    "wwe-markdone-guard-change",
    props.onWweMarkdoneGuardChange,
  );
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "interaction", props.interaction);
  useProperties(ref, "blocked", props.blocked);
  useProperties(ref, "missingKeys", props.missingKeys);

  return React.createElement(
    "wwe-markdone-guard",
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
      "required-keys": props.requiredKeys || props["required-keys"],
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
