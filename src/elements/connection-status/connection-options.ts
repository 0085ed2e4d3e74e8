import { sameOptionValue, type ConnectionOptions } from '../../connection/index.js';

/** The options the element's attributes set; `undefined` means "the connection's default". */
export type AttributeOptions = Pick<ConnectionOptions, 'desktopOrigin' | 'desktopOrigins' | 'allowDerivedOrigin' | 'timeout' | 'handshakeTimeout' | 'allowAnyOrigin' | 'record'>;

const KEYS = ['desktopOrigin', 'desktopOrigins', 'allowDerivedOrigin', 'timeout', 'handshakeTimeout', 'allowAnyOrigin', 'record'] as const satisfies readonly (keyof AttributeOptions)[];

/**
 * The options that differ between what the element last applied and what its attributes say now.
 * A key whose attribute went away is present with `undefined`, which returns it to its default;
 * keys the attributes never set stay absent, so configuration done in code is left alone.
 */
export function changedOptions(applied: AttributeOptions, wanted: AttributeOptions): AttributeOptions | undefined {
  const changes: Record<string, unknown> = {};
  let changed = false;
  for (const key of KEYS) {
    // An origin list is parsed anew at each update: the same patterns are the same setting.
    if (sameOptionValue(applied[key], wanted[key])) continue;
    changes[key] = wanted[key];
    changed = true;
  }
  return changed ? (changes as AttributeOptions) : undefined;
}

/**
 * What the page wrote for a property: the attribute's own text when the value came from it, else
 * the value. Lit reads `timeout="soon"` as NaN, `timeout=""` as 0 and `allow-any-origin="false"`
 * as true; the options parser must see the text to report "soon" and to read "" and "false" as
 * everywhere else. A value that does not match the attribute was set as a property, and wins.
 */
export function asWritten(element: Element, attribute: string, value: unknown): unknown {
  const text = element.getAttribute(attribute);
  if (text === null) return value;
  const fromText = typeof value === 'boolean' ? true : Number(text);
  return Object.is(fromText, value) ? text : value;
}
