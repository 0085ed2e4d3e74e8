import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/case-selector/case-selector.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweCaseSelector = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const { disabled, cases, selectedCaseId, ...filteredProps } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-case-select", props.onWweCaseSelect);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "cases", props.cases);
  useProperties(ref, "selectedCaseId", props.selectedCaseId);

  return React.createElement(
    "wwe-case-selector",
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
