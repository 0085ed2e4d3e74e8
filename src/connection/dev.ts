/**
 * Development-only warnings. The kit never refuses a value Genesys's client would post; it says
 * once per call site that the value looks wrong, and posts it anyway.
 *
 * `DEV` (src/protocol/dev.ts) is true in the sources and in development builds; production builds
 * set it false (see README, "Development and production builds") so these messages cost nothing there.
 */
import { DEV } from '../protocol/dev.js';

export { DEV };

const MAX_REMEMBERED = 200;
const warned = new Set<string>();

/** The caller's stack without this module's frames: the same call site gives the same key. */
function callSite(): string {
  const stack = new Error().stack ?? '';
  return stack.split('\n').slice(3, 8).join('\n');
}

/** Warns once per message and call site, in development builds only. */
export function warnOnce(message: string): void {
  if (!DEV) return;
  const key = `${message}\n${callSite()}`;
  if (warned.has(key)) return;
  if (warned.size >= MAX_REMEMBERED) warned.clear();
  warned.add(key);
  console.warn(`[wwe-components] ${message}`);
}
