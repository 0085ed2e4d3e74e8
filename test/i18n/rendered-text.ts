/** Reading what an element shows a person, for the localization tests. */

/** Every visible or announced string in `root`: text nodes and the attributes assistive tech reads. */
export function renderedStrings(root: ShadowRoot | Element): string[] {
  const strings: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      // Style text is CSS, not something a person reads.
      if (node.parentElement?.localName === 'style') continue;
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) strings.push(text);
    } else if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'label', 'alt']) {
        const value = node.getAttribute(name)?.trim();
        if (value) strings.push(value);
      }
      if (node.shadowRoot) strings.push(...renderedStrings(node.shadowRoot));
    }
  }
  return strings;
}

/**
 * The element's status line: why it can't act. An element without one shows its state instead
 * (<wwe-connection>: the connection's); one with both (<wwe-markdone-guard>) says why in the status.
 */
export function statusLine(element: Element): string {
  const line = element.shadowRoot!.querySelector('[part~="status"]') ?? element.shadowRoot!.querySelector('[part~="state"]');
  return line?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Lets a lang change reach the elements: the attribute observer, then Lit's update. */
export async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
