import { DEV } from './dev.js';
import { WweError } from './errors.js';
import { originTrust } from './origin-trust.js';
import type { ConnectionOptions } from './types.js';

let warnedDerivedOrigin = false;
/** Refused origins already told in the console: a page that reconnects says it once. */
const reportedUntrusted = new Set<string>();

/** How the origin was derived, in words (development builds; production names the source). */
const SOURCE_TEXT: Record<string, string> | false = DEV && {
  ancestorOrigins: 'location.ancestorOrigins',
  referrer: 'document.referrer',
  'frame-src': "the desktop iframe's src",
  'same-origin': 'the same-origin desktop window',
};

/**
 * The origin to post to and accept: `'*'` with allowAnyOrigin, the configured one, else one derived
 * and trusted by `originTrust` (a loopback desktop with one console warning per page; the opt-in
 * with a warning every time). Throws ORIGIN_UNKNOWN when none can be had, ORIGIN_UNTRUSTED when the
 * one derived is not trusted.
 */
export function resolveDesktopOrigin(self: HostWindow, target: Window, options: ConnectionOptions): string {
  if (options.allowAnyOrigin) return '*';
  if (options.desktopOrigin) return options.desktopOrigin;
  const derived = deriveOrigin(self, target);
  if (!derived) {
    throw new WweError('ORIGIN_UNKNOWN', 'connection', DEV ? 'No desktopOrigin was configured and none could be derived (no ancestorOrigins, no referrer). Call configure({ desktopOrigin: "https://your-wwe-host" }).' : 'no desktopOrigin');
  }
  const trust = originTrust(derived.origin, options);
  const from = SOURCE_TEXT ? SOURCE_TEXT[derived.source] : derived.source;
  if (!trust.trusted) {
    const listed = DEV && (options.desktopOrigins && options.desktopOrigins.length > 0 ? `is not in desktopOrigins (${options.desktopOrigins.join(' ')})` : 'is not a loopback desktop and no desktopOrigins were given');
    const refusal = new WweError(
      'ORIGIN_UNTRUSTED',
      'connection',
      DEV
        ? `Nothing was sent to ${derived.origin} (derived from ${from}): it ${listed}, so it may be any page that frames or opens this one. If it is your Agent Desktop, add data-desktop-origin="${derived.origin}" to the kit's script tag (desktop-origin on <wwe-connection>, or configure({ desktopOrigin })), or list it in data-desktop-origins.`
        : `${derived.origin} (${from}): add data-desktop-origin or data-desktop-origins`,
      { origin: derived.origin },
    );
    // A page with no element showing the connection still tells its developer why nothing works.
    if (!reportedUntrusted.has(derived.origin)) {
      reportedUntrusted.add(derived.origin);
      console.error(`[wwe-components] ORIGIN_UNTRUSTED: ${refusal.message}`);
    }
    throw refusal;
  }
  if (trust.because === 'opt-in') {
    console.warn(DEV ? `[wwe-components] allowDerivedOrigin is on: trusting ${derived.origin}, derived from ${from}. Whoever frames or opens this page becomes the desktop. Set desktopOrigin or desktopOrigins instead.` : `[wwe-components] allowDerivedOrigin: ${derived.origin}`);
  } else if (trust.because === 'loopback' && !warnedDerivedOrigin) {
    warnedDerivedOrigin = true;
    console.warn(DEV ? `[wwe-components] No desktopOrigin configured; trusting ${derived.origin}, derived from ${from}. Set configure({ desktopOrigin }) in production.` : `[wwe-components] trusting ${derived.origin}`);
  }
  return derived.origin;
}

/** The window whose messages the connection listens to; injectable for tests. */
export type HostWindow = Window & typeof globalThis;

/**
 * Where requests go: the explicit window; else, for a framed page, its parent; else, for a
 * top-level popup, its opener. A framed page never talks to its opener: any window at the
 * desktop's origin can re-open a named frame (`window.open(url, name)`) and become its opener.
 */
export function resolveTarget(self: HostWindow, explicit: Window | undefined): Window | null {
  if (explicit) return explicit;
  if (self.parent && self.parent !== self) return self.parent;
  if (self.opener && self.opener !== self) return self.opener as Window;
  return null;
}

export interface ResolvedOrigin {
  /** The origin to post to and to accept; `'*'` only with allowAnyOrigin. */
  origin: string;
  /** How it was found, for the warning. */
  source: 'configured' | 'any' | 'ancestorOrigins' | 'referrer' | 'frame-src' | 'same-origin';
}

/** Normalises a configured origin (`https://host:port/any/path` → `https://host:port`). */
export function normaliseOrigin(value: string, context = 'configure'): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WweError('INVALID_ARGUMENT', context, DEV ? `desktopOrigin "${value}" is not a URL; expected e.g. "https://wwe.example.com".` : `desktopOrigin ${value}`);
  }
  if (url.origin === 'null') {
    throw new WweError('INVALID_ARGUMENT', context, DEV ? `desktopOrigin "${value}" has an opaque origin; use an http(s) origin.` : `desktopOrigin ${value}`);
  }
  return url.origin;
}

/**
 * The desktop origin when none was configured: for a desktop this page embeds, the `src` of its
 * iframe (the page chose it); a same-origin desktop's own origin; else the parent's origin from
 * `location.ancestorOrigins` (Chromium), else the referrer's (the desktop's URL when it framed or
 * opened us). A referrer of this page's own origin is not trusted: the desktop is cross-origin
 * by then, so that referrer is a page this frame navigated from, not the desktop.
 */
export function deriveOrigin(self: HostWindow, target: Window): ResolvedOrigin | null {
  const embedding = [...(self.document?.querySelectorAll('iframe') ?? [])].find((frame) => frame.contentWindow === target);
  if (embedding) {
    const origin = new URL(embedding.src, self.location.href).origin;
    return origin === 'null' ? null : { origin, source: 'frame-src' };
  }
  const sameOrigin = readableOrigin(target);
  if (sameOrigin) return { origin: sameOrigin, source: 'same-origin' };
  if (target === self.parent) {
    const ancestors = self.location.ancestorOrigins;
    if (ancestors && ancestors.length > 0 && ancestors[0] !== 'null') return { origin: ancestors[0]!, source: 'ancestorOrigins' };
  }
  const referrer = self.document?.referrer;
  if (referrer) {
    try {
      const origin = new URL(referrer).origin;
      if (origin !== 'null' && origin !== self.location.origin) return { origin, source: 'referrer' };
    } catch {
      // An unparsable referrer gives no origin; the caller reports ORIGIN_UNKNOWN.
    }
  }
  return null;
}

/** The origin of `target` when this page may read it (same origin), else undefined. */
function readableOrigin(target: Window): string | undefined {
  try {
    const origin = target.location.origin;
    return origin && origin !== 'null' ? origin : undefined;
  } catch {
    // Cross-origin: the browser refuses, which is the common case.
    return undefined;
  }
}
