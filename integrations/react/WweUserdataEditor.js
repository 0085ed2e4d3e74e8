import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/userdata-editor/userdata-editor.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweUserdataEditor = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    readonly,
    interactionId,
    keys,
    value,
    committed,
    interaction,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(ref, "change", props.onChange);
  useEventListener(ref, "input", props.onInput);
  useEventListener(ref, "wwe-userdata-change", props.onWweUserdataChange);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "value", props.value);
  useProperties(ref, "committed", props.committed);
  useProperties(ref, "interaction", props.interaction);

  return React.createElement(
    "wwe-userdata-editor",
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
      keys: props.keys,
      class: props.className,
      exportparts: props.exportparts,
      for: props.htmlFor,
      part: props.part,
      tabindex: props.tabIndex,
      readonly: props.readonly ? true : undefined,
      style: { ...props.style },
    },
    props.children,
  );
});
