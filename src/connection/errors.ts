/**
 * The kit's one error type. Every rejected promise of the connection, the client, the store and
 * the elements carries a WweError, so callers branch on `code`, never on message text.
 */

export type WweErrorCode =
  /** No answer within the timeout. The desktop may still have acted on the request. */
  | 'TIMEOUT'
  /** The page is not inside a desktop: no explicit target, no opener and no parent. */
  | 'NOT_FRAMED'
  /** The handshake failed or the connection is not up; fails fast instead of waiting. */
  | 'NOT_CONNECTED'
  /** The desktop answered with an `errorMessage`; it is in `message` as sent. */
  | 'HOST_ERROR'
  /** The desktop answered, but not with the shape the request defines. */
  | 'BAD_RESPONSE'
  /** The caller's AbortSignal fired before the answer came. */
  | 'ABORTED'
  /** The desktop's security configuration does not allow this request for this page. */
  | 'DENIED'
  /** The arguments cannot be sent (not structured-cloneable, wrong type, empty). */
  | 'INVALID_ARGUMENT'
  /** No desktop origin was configured and none could be derived, so nothing can be posted safely. */
  | 'ORIGIN_UNKNOWN'
  /**
   * No desktop origin was pinned, and the one derived is not in `desktopOrigins`, not a loopback
   * desktop, and `allowDerivedOrigin` is off: whoever frames the page could be posing as the desktop,
   * so nothing is sent.
   */
  | 'ORIGIN_UNTRUSTED'
  /** The desktop reloaded while the request was in flight; its outcome is unknown. */
  | 'DESKTOP_RELOADED'
  /** The connection was disposed while the request was in flight. */
  | 'DISPOSED'
  /** A part of the kit that loads on first use (the session recorder) could not be loaded. */
  | 'NOT_LOADED';

export interface WweErrorOptions {
  /** The failure envelope the desktop sent, for HOST_ERROR. */
  envelope?: Record<string, unknown>;
  /** The desktop origin in question, for ORIGIN_UNTRUSTED: the one derived and not trusted. */
  origin?: string;
  cause?: unknown;
}

export class WweError extends Error {
  override readonly name = 'WweError';
  /** What went wrong, as a stable code. */
  readonly code: WweErrorCode;
  /** The request that failed, e.g. `voice.dial`, or `connection` for lifecycle failures. */
  readonly request: string;
  /** The desktop's failure envelope (minus `referenceId`), when it sent one. */
  readonly envelope?: Record<string, unknown>;
  /** The derived desktop origin that was not trusted (ORIGIN_UNTRUSTED), for the words that say which attribute to add. */
  readonly origin?: string;

  constructor(code: WweErrorCode, request: string, message: string, options: WweErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = code;
    this.request = request;
    if (options.envelope) this.envelope = options.envelope;
    if (options.origin !== undefined) this.origin = options.origin;
  }

  toJSON(): { name: string; code: WweErrorCode; request: string; message: string } {
    return { name: this.name, code: this.code, request: this.request, message: this.message };
  }
}

export function isWweError(value: unknown): value is WweError {
  return value instanceof WweError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'WweError' && typeof (value as { code?: unknown }).code === 'string');
}
