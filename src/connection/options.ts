import { WweError } from './errors.js';
import { normaliseOrigin } from './target.js';
import type { ConnectionOptions, RequestOptions } from './types.js';

/** The desktop's own client gives up after 10 s; so do we, unless told otherwise. */
export const DEFAULT_TIMEOUT = 10_000;
/** Beyond this a setTimeout fires at once; no real wait is this long. */
const MAX_TIMEOUT = 2_147_483_647;

function isTimeout(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_TIMEOUT;
}

/** Checks and normalises options; throws INVALID_ARGUMENT naming the bad one. */
export function validateOptions(options: ConnectionOptions): ConnectionOptions {
  if (typeof options !== 'object' || options === null) {
    throw new WweError('INVALID_ARGUMENT', 'configure', 'configure() takes an options object.');
  }
  const result: ConnectionOptions = { ...options };
  for (const key of ['timeout', 'handshakeTimeout'] as const) {
    if (result[key] !== undefined && !isTimeout(result[key])) {
      throw new WweError('INVALID_ARGUMENT', 'configure', `${key} must be a positive number of milliseconds, not ${String(result[key])}.`);
    }
  }
  if (result.desktopOrigin !== undefined) {
    if (typeof result.desktopOrigin !== 'string') throw new WweError('INVALID_ARGUMENT', 'configure', 'desktopOrigin must be a string.');
    result.desktopOrigin = result.desktopOrigin === '' ? undefined : normaliseOrigin(result.desktopOrigin);
  }
  if (result.target !== undefined && (typeof result.target !== 'object' || result.target === null || typeof result.target.postMessage !== 'function')) {
    throw new WweError('INVALID_ARGUMENT', 'configure', 'target must be a Window (for example iframe.contentWindow).');
  }
  result.allowAnyOrigin = result.allowAnyOrigin === true;
  return result;
}

export function validateRequestOptions(request: string, options: RequestOptions): WweError | undefined {
  if (typeof options !== 'object' || options === null) return new WweError('INVALID_ARGUMENT', request, 'Request options must be an object.');
  if (options.timeout !== undefined && !isTimeout(options.timeout)) {
    return new WweError('INVALID_ARGUMENT', request, `timeout must be a positive number of milliseconds, not ${String(options.timeout)}.`);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    return new WweError('INVALID_ARGUMENT', request, 'signal must be an AbortSignal.');
  }
  return undefined;
}
