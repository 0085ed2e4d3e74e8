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
import { ELEMENT_LOADERS } from '../elements/registry.js';
import { createDiscovery } from './discovery.js';
import { exposeGlobalApi } from './global-api.js';

/** Loads the definitions of every undefined kit element in `root`. */
export const discover = createDiscovery(ELEMENT_LOADERS);

exposeGlobalApi();
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
}).observe(document.documentElement, { childList: true, subtree: true });
void discover(document);
