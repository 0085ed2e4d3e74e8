/**
 * Phone numbers as agents paste them: `+33 (0)2 98-00.00.00`, `tel:+1-555-0100`, `5001`.
 * The desktop dials digits, an optional leading `+`, and `*`/`#` for IVR codes.
 */
const SEPARATORS = /[\s().\-\u00a0\u2010-\u2015]/g;
const DIALABLE = /^\+?[0-9*#]{2,32}$/;

/** The dialable form of `raw`, or undefined when it is not a phone number. */
export function normalisePhoneNumber(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let text = raw.trim();
  if (/^tel:/i.test(text)) {
    text = text.slice(4);
    try {
      text = decodeURIComponent(text);
    } catch {
      return undefined;
    }
    // RFC 3966 parameters (;ext=, ;phone-context=) are not dialable digits.
    text = text.split(';')[0]!;
  }
  // "+33 (0)2…": the bracketed trunk zero is dropped in international form.
  text = text.replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  const compact = text.replace(SEPARATORS, '');
  return DIALABLE.test(compact) ? compact : undefined;
}

/** A permissive e-mail check: one @, something on each side, a dot in the domain, no spaces. */
export function normaliseEmailAddress(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let text = raw.trim();
  if (/^mailto:/i.test(text)) text = decodeURIComponent(text.slice(7).split('?')[0]!);
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? text : undefined;
}
