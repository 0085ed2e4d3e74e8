import type { WweError } from '../../connection/index.js';

/** Words a desktop uses when its `user-data.write-allowed` list refuses a key. */
const REFUSAL = /not allowed|denied|forbidden|refused|read[- ]?only|write-allowed/i;

/**
 * Whether a failed write of `key` means the desktop will never accept it: the request itself is
 * denied for this page, or the desktop's message names the key (quoted) as not writable, as in
 * `Writing user data key(s) 'Amount' is not allowed`. Other failures can be retried.
 */
export function isWriteRefusal(error: WweError, key: string): boolean {
  if (error.code === 'DENIED') return true;
  if (error.code !== 'HOST_ERROR' || !REFUSAL.test(error.message)) return false;
  return [`'${key}'`, `"${key}"`, `\u2018${key}\u2019`, `\u201c${key}\u201d`].some((quoted) => error.message.includes(quoted));
}
