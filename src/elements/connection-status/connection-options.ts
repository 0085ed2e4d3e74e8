import type { ConnectionOptions } from '../../connection/index.js';

/** The options the element's attributes set; `undefined` means "the connection's default". */
export type AttributeOptions = Pick<ConnectionOptions, 'desktopOrigin' | 'timeout' | 'handshakeTimeout' | 'allowAnyOrigin'>;

const KEYS = ['desktopOrigin', 'timeout', 'handshakeTimeout', 'allowAnyOrigin'] as const satisfies readonly (keyof AttributeOptions)[];

/**
 * The options that differ between what the element last applied and what its attributes say now.
 * A key whose attribute went away is present with `undefined`, which returns it to its default;
 * keys the attributes never set stay absent, so configuration done in code is left alone.
 */
export function changedOptions(applied: AttributeOptions, wanted: AttributeOptions): AttributeOptions | undefined {
  const changes: Record<string, unknown> = {};
  let changed = false;
  for (const key of KEYS) {
    // NaN (a non-numeric attribute) is still a change to report, once.
    if (Object.is(applied[key], wanted[key])) continue;
    changes[key] = wanted[key];
    changed = true;
  }
  return changed ? (changes as AttributeOptions) : undefined;
}
