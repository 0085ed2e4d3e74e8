import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/recording-control/recording-control.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweRecordingControl = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    disabled,
    interactionId,
    recordingState,
    interaction,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-recording-change", props.onWweRecordingChange);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "recordingState", props.recordingState);
  useProperties(ref, "interaction", props.interaction);

  return React.createElement(
    "wwe-recording-control",
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
      disabled: props.disabled ? true : undefined,
      style: { ...props.style },
    },
    props.children,
  );
});
