/**
 * The autoloader (dist/wwe-components.autoloader.js): registers only the elements present on the
 * page, including ones added later, loading each element's code on first sight. Elements inside
 * other shadow roots are not seen; import their define entries instead.
 */
import '../csp/lit-trusted-types.js';
// Lit loads here, in the same module run as the Trusted Types prelude (see lit-trusted-types.ts),
// not later with the first element.
import 'lit';
import './apply-script-config.js';
import { ELEMENT_LOADERS, isElementTag } from '../elements/registry.js';
import { exposeGlobalApi } from './global-api.js';

const requested = new Set<string>();

/** Loads the definitions of every undefined kit element in `root`. */
export function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && isElementTag(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
  const loads: Promise<unknown>[] = [];
  for (const tag of tags) {
    if (!isElementTag(tag) || requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    loads.push(
      ELEMENT_LOADERS[tag]().catch((error: unknown) => {
        requested.delete(tag);
        console.error(`[wwe-components] Could not load <${tag}>:`, error);
      }),
    );
  }
  return Promise.all(loads).then(() => undefined);
}

exposeGlobalApi();
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
void discover(document);
