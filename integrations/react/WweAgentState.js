import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/agent-state/agent-state.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweAgentState = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const { disabled, agentState, stateList, ...filteredProps } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-agent-state-change", props.onWweAgentStateChange);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "agentState", props.agentState);
  useProperties(ref, "stateList", props.stateList);

  return React.createElement(
    "wwe-agent-state",
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
