/**
 * The page's one runtime object, shared by every copy of the kit that runs in the window (two apps,
 * or two versions: the bundle beside an npm build). A copy's modules are its own; what must be one
 * per page lives here, on a well-known global symbol, so every copy finds the same object.
 *
 * This module imports nothing: every layer takes its page-wide home from it. What each slot holds
 * is a contract between copies of different versions, so it is plain data (Maps, Sets, records)
 * wherever it can be, and each slot's name carries the version of its shape: a copy whose shape
 * changes takes a new name (`store.v2`) and shares nothing through the old one, rather than reading
 * a shape it does not know. Nothing here may rely on `instanceof` against another copy's classes.
 *
 * The key is the one the first kits put their connection under (`{ connection }`), so a copy of
 * that age on the page still shares the connection with this one.
 */
const RUNTIME_KEY = Symbol.for('wwe-components.connection.v1');

/** The object on the global symbol. */
export interface PageRuntime {
  /**
   * The window's WweConnection. Its place since the first version: older copies read and replace
   * only this, so it stays a property of the root rather than a named slot.
   */
  connection?: unknown;
  /** The named slots, created on first use (see {@link pageSlot}). */
  slots?: Record<string, object>;
}

/**
 * The slots a kit copy uses, with the shape each holds. Adding a name is free; changing a shape
 * means a new name.
 */
export type SlotName = 'store.v1' | 'markdone-claims.v1' | 'configuration.v1' | 'i18n.v1';

/** The page's runtime object, created (not enumerable, never replaced) on first call. */
export function pageRuntime(): PageRuntime {
  const holder = globalThis as unknown as Record<symbol, PageRuntime | undefined>;
  let runtime = holder[RUNTIME_KEY];
  if (typeof runtime !== 'object' || runtime === null) {
    runtime = {};
    Object.defineProperty(globalThis, RUNTIME_KEY, { value: runtime, configurable: false, enumerable: false, writable: false });
  }
  return runtime;
}

/**
 * The page-wide value of slot `name`: the one some copy created, else `create()`'s, kept for every
 * later caller of any copy.
 */
export function pageSlot<T extends object>(name: SlotName, create: () => T): T {
  const runtime = pageRuntime();
  // No prototype: a slot name can never reach Object.prototype's properties.
  const slots = (runtime.slots ??= Object.create(null) as Record<string, object>);
  let value = slots[name];
  if (value === undefined) {
    value = create();
    slots[name] = value;
  }
  return value as T;
}
