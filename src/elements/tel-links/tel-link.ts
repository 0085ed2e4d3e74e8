/** The attribute the wrapper sets on each tel: link it dials through the desktop: a styling hook. */
export const DIAL_MARKER = 'data-wwe-dial';

/** Whether `node` is a link whose `href` is a `tel:` URI. */
export function isTelLink(node: unknown): node is HTMLAnchorElement | HTMLAreaElement {
  return (node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement) && /^\s*tel:/i.test(node.getAttribute('href') ?? '');
}

/**
 * The link an activation event is for: the innermost link on its path. Undefined when that link is
 * not a tel: link (an inner `https:` link inside a wrapping element wins) or is not in `root`'s light DOM.
 */
export function telLinkOf(event: Event, root: Element): HTMLAnchorElement | HTMLAreaElement | undefined {
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement);
  return isTelLink(link) && root.contains(link) ? link : undefined;
}

/** Marks the dialable tel: links under `root` with their number, and unmarks every other one. */
export function markTelLinks(root: Element, numberOf: (link: HTMLAnchorElement | HTMLAreaElement) => string | undefined, enabled: boolean): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>(`a[href], area[href], [${DIAL_MARKER}]`)) {
    const number = enabled && isTelLink(link) ? numberOf(link) : undefined;
    // Writing only real changes keeps the page's own observers quiet.
    if (number === undefined) {
      if (link.hasAttribute(DIAL_MARKER)) link.removeAttribute(DIAL_MARKER);
    } else if (link.getAttribute(DIAL_MARKER) !== number) {
      link.setAttribute(DIAL_MARKER, number);
    }
  }
}
