import React, { forwardRef, useRef, useEffect } from "react";
import "../../dist/elements/toast-trigger/toast-trigger.js";
import { useEventListener, useProperties } from "./react-utils.js";

export const WweToastTrigger = forwardRef((props, forwardedRef) => {
  const ref = useRef(null);
  const {
    headless,
    toastTitle,
    subject,
    message,
    iconUrl,
    buttons,
    keyValues,
    autoClose,
    toastId,
    isOpen,
    ...filteredProps
  } = props;

  /** Event listeners - run once */
  useEventListener(ref, "wwe-toast-open", props.onWweToastOpen);
  useEventListener(ref, "wwe-toast-button-click", props.onWweToastButtonClick);
  useEventListener(ref, "wwe-toast-close", props.onWweToastClose);
  useEventListener(ref, "wwe-error", props.onWweError);

  /** Properties - run whenever a property has changed */
  useProperties(ref, "isOpen", props.isOpen);

  return React.createElement(
    "wwe-toast-trigger",
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
      "toast-title": props.toastTitle || props["toast-title"],
      subject: props.subject,
      message: props.message,
      "icon-url": props.iconUrl || props["icon-url"],
      buttons: props.buttons,
      "key-values": props.keyValues || props["key-values"],
      "auto-close": props.autoClose || props["auto-close"],
      "toast-id": props.toastId || props["toast-id"],
      class: props.className,
      exportparts: props.exportparts,
      for: props.htmlFor,
      part: props.part,
      tabindex: props.tabIndex,
      headless: props.headless ? true : undefined,
      style: { ...props.style },
    },
    props.children,
  );
});
