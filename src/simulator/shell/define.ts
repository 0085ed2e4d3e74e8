/**
 * Registers `tag` unless something already did: two copies of the simulator on one page (a demo
 * and a test harness, two bundles) must not throw.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
