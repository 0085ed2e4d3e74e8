/**
 * Copies untrusted structured-clone data into plain JSON-shaped values.
 *
 * postMessage data can hold anything structured clone allows: cycles, Dates, Maps, typed arrays,
 * millions of nodes. Everything past this module may assume plain objects, arrays and scalars.
 */

export const MAX_DEPTH = 32;
export const MAX_NODES = 100_000;
/** The longest string kept: a desktop's text is read by people; a longer one is cut with a marker. */
export const MAX_STRING = 64 * 1024;
export const TRUNCATION_MARK = '…[truncated]';

export type SanitizeFailure = 'too-deep' | 'too-large' | 'not-json';

/** Keys that would reach a prototype when assigned: dropped from every copied object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__']);

class Abort {
  constructor(readonly reason: SanitizeFailure) {}
}

/**
 * Returns a deep copy of `value` made of plain objects, arrays, strings, finite-or-not numbers,
 * booleans and null, or the reason it cannot be. Never throws. Strings longer than
 * {@link MAX_STRING} are cut with {@link TRUNCATION_MARK}, and keys that long are dropped, so one
 * huge value cannot freeze every element that shows it.
 */
export function sanitize(value: unknown): { ok: true; value: unknown } | { ok: false; reason: SanitizeFailure } {
  let nodes = 0;
  const copy = (input: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES) throw new Abort('too-large');
    if (typeof input === 'string') return input.length > MAX_STRING ? input.slice(0, MAX_STRING) + TRUNCATION_MARK : input;
    if (input === null || typeof input === 'number' || typeof input === 'boolean') return input;
    if (input === undefined) return undefined;
    if (typeof input !== 'object') throw new Abort('not-json');
    if (depth >= MAX_DEPTH) throw new Abort('too-deep');
    if (Array.isArray(input)) {
      const length = input.length;
      if (length > MAX_NODES) throw new Abort('too-large');
      const out: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) out[i] = copy(input[i], depth + 1);
      return out;
    }
    const proto = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) throw new Abort('not-json');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      if (FORBIDDEN_KEYS.has(key) || key.length > MAX_STRING) continue;
      const item = copy((input as Record<string, unknown>)[key], depth + 1);
      // defineProperty never runs a setter, whatever the key.
      Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  try {
    return { ok: true, value: copy(value, 0) };
  } catch (error) {
    if (error instanceof Abort) return { ok: false, reason: error.reason };
    // A getter that throws, a revoked proxy, a stack overflow: all mean the value is not plain data.
    return { ok: false, reason: 'not-json' };
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
