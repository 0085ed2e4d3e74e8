/**
 * Whether a desktop origin the kit derived (nobody pinned one) may be trusted. Anything that frames
 * the page, or opens it, is where a derived origin comes from, so trusting it blindly would let a
 * hostile page become the desktop. The decision is pure, so it is tested with real host names that
 * the browser test runner (all loopback) could never serve.
 */
import { DEV } from './dev.js';
import { WweError } from './errors.js';

/** What decides whether a derived origin is trusted (from `ConnectionOptions`). */
export interface OriginTrustOptions {
  /** Origin patterns, as `parseOriginPattern` normalises them. Non-empty, it is the only rule. */
  readonly desktopOrigins?: readonly string[] | undefined;
  /** Any derived origin is trusted: the loud opt-in. */
  readonly allowDerivedOrigin?: boolean | undefined;
}

/**
 * The verdict: trusted, and why (each has its own console wording), or not. An allow-list the
 * page wrote overrides the loopback exemption: a page that names its desktops means it.
 */
export type OriginTrust = { trusted: true; because: 'allow-list' | 'loopback' | 'opt-in' } | { trusted: false };

const WILDCARD = /^(https?):\/\/\*\.(.*)$/i;
/** A placeholder label for the wildcard while the URL parser normalises the rest of the pattern. */
const PLACEHOLDER = 'wildcard-label';

/**
 * Checks and normalises one pattern: an http(s) origin (`https://wwe.example.com`, a port allowed,
 * nothing after it but an optional `/`), or the same with `*` as its whole leftmost label
 * (`https://*.example.com`) above at least two labels. Throws INVALID_ARGUMENT naming the pattern.
 */
export function parseOriginPattern(pattern: string, context = 'configure'): string {
  // `why` is `DEV && …` at each call, so production keeps none of the explanations.
  const refuse = (why: string | false) =>
    new WweError('INVALID_ARGUMENT', context, DEV ? `desktopOrigins pattern ${JSON.stringify(pattern)} ${why}; expected e.g. "https://wwe.example.com" or "https://*.example.com".` : `desktopOrigins ${String(pattern)}`);
  if (typeof pattern !== 'string') throw refuse(DEV && 'is not text');
  const text = pattern.trim();
  const wildcard = WILDCARD.exec(text);
  const url = parseUrl(wildcard ? `${wildcard[1]}://${PLACEHOLDER}.${wildcard[2]}` : text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw refuse(DEV && 'is not an http(s) origin');
  if (url.username || url.password || url.pathname !== '/' || /[?#@]/.test(text)) {
    throw refuse(DEV && 'is more than an origin (a path, a query or credentials)');
  }
  if (!wildcard) {
    if (text.includes('*')) throw refuse(DEV && 'has a "*" that is not its whole leftmost host label');
    return url.origin;
  }
  const prefix = `${PLACEHOLDER}.`;
  const suffix = url.hostname.slice(prefix.length);
  if (!url.hostname.startsWith(prefix) || wildcard[2]!.includes('*')) throw refuse(DEV && 'has a "*" that is not its whole leftmost host label');
  // `*.com` would trust every site of a top-level domain.
  if (suffix.split('.').length < 2) throw refuse(DEV && 'has a wildcard over a single label');
  return `${url.protocol}//*.${suffix}${url.port ? `:${url.port}` : ''}`;
}

/** Whether `origin` (an origin as the browser writes it) matches one normalised pattern. */
export function matchesOriginPattern(origin: string, pattern: string): boolean {
  if (!pattern.includes('*')) return origin === pattern;
  const url = parseUrl(origin);
  const wildcard = parseUrl(pattern.replace('*', PLACEHOLDER));
  if (!url || !wildcard || url.origin !== origin) return false;
  if (url.protocol !== wildcard.protocol || url.port !== wildcard.port) return false;
  const suffix = wildcard.hostname.slice(PLACEHOLDER.length);
  if (!url.hostname.endsWith(suffix)) return false;
  const label = url.hostname.slice(0, -suffix.length);
  return label.length > 0 && !label.includes('.');
}

/** `localhost`, `127.0.0.0/8` or `[::1]`, over http(s), any port: a desktop on this machine. */
export function isLoopbackOrigin(origin: string): boolean {
  const url = parseUrl(origin);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  const host = url.hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The one rule for a derived origin: with the opt-in, any; with an allow-list, only what matches
 * it; with neither, only a loopback desktop (the simulator, tests, a developer's machine).
 */
export function originTrust(derived: string, { desktopOrigins, allowDerivedOrigin }: OriginTrustOptions = {}): OriginTrust {
  if (desktopOrigins && desktopOrigins.length > 0 && desktopOrigins.some((pattern) => matchesOriginPattern(derived, pattern))) return { trusted: true, because: 'allow-list' };
  if (allowDerivedOrigin === true) return { trusted: true, because: 'opt-in' };
  if ((!desktopOrigins || desktopOrigins.length === 0) && isLoopbackOrigin(derived)) return { trusted: true, because: 'loopback' };
  return { trusted: false };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
