/**
 * What the autoloader loads, and in which order: the definitions of the undefined kit elements in
 * a part of the page, each once. Loaders are passed in (ELEMENT_LOADERS in the page) so the order
 * can be tested without a network.
 */
import type { ElementTag } from '../elements/registry.js';

export type ElementLoaders = Record<ElementTag, () => Promise<unknown>>;

/** A `discover(root)` over `loaders`, with its own memory of what it has asked for. */
export function createDiscovery(loaders: ElementLoaders, isDefined: (tag: string) => boolean = (tag) => customElements.get(tag) !== undefined): (root: ParentNode) => Promise<void> {
  const requested = new Set<string>();
  /** Settles once the page's `<wwe-connection>`, if it has one, is defined (or could not be). */
  let configured: Promise<unknown> = Promise.resolve();
  const isKitTag = (tag: string): tag is ElementTag => Object.prototype.hasOwnProperty.call(loaders, tag);

  const load = (tag: ElementTag): Promise<unknown> =>
    loaders[tag]().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[wwe-components] Could not load <${tag}>:`, error);
    });

  return (root) => {
    const tags = new Set<string>();
    if (root instanceof Element) tags.add(root.localName);
    for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
    const wanted = [...tags].filter((tag): tag is ElementTag => isKitTag(tag) && !requested.has(tag) && !isDefined(tag));
    for (const tag of wanted) requested.add(tag);
    // <wwe-connection> configures the connection as it upgrades: the others wait for it (one chunk
    // load), so their first messages go to the origin it names, and a derived origin it overrides
    // is never tried, nor refused in the console.
    if (wanted.includes('wwe-connection')) configured = load('wwe-connection');
    const loads = wanted.filter((tag) => tag !== 'wwe-connection').map((tag) => configured.then(() => load(tag)));
    return Promise.all([configured, ...loads]).then(() => undefined);
  };
}
