import { DEV } from './dev.js';
import { WweError } from './errors.js';
import { parseOriginPattern } from './origin-trust.js';
import { normaliseOrigin } from './target.js';
import type { ConnectionOptions, RecordOptions, RequestOptions } from './types.js';

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
    throw new WweError('INVALID_ARGUMENT', 'configure', DEV ? 'configure() takes an options object.' : 'options');
  }
  const result: ConnectionOptions = { ...options };
  for (const key of ['timeout', 'handshakeTimeout'] as const) {
    if (result[key] !== undefined && !isTimeout(result[key])) {
      throw new WweError('INVALID_ARGUMENT', 'configure', DEV ? `${key} must be a positive number of milliseconds, not ${String(result[key])}.` : key);
    }
  }
  if (result.desktopOrigin !== undefined) {
    if (typeof result.desktopOrigin !== 'string') throw new WweError('INVALID_ARGUMENT', 'configure', DEV ? 'desktopOrigin must be a string.' : 'desktopOrigin');
    result.desktopOrigin = result.desktopOrigin === '' ? undefined : normaliseOrigin(result.desktopOrigin);
  }
  if (result.target !== undefined && (typeof result.target !== 'object' || result.target === null || typeof result.target.postMessage !== 'function')) {
    throw new WweError('INVALID_ARGUMENT', 'configure', DEV ? 'target must be a Window (for example iframe.contentWindow).' : 'target');
  }
  if (result.desktopOrigins !== undefined) {
    if (!Array.isArray(result.desktopOrigins)) throw new WweError('INVALID_ARGUMENT', 'configure', DEV ? 'desktopOrigins must be an array of origins such as ["https://*.example.com"].' : 'desktopOrigins');
    result.desktopOrigins = Object.freeze(result.desktopOrigins.map((pattern: unknown) => parseOriginPattern(pattern as string)));
  }
  result.record = validateRecord(result.record);
  result.allowAnyOrigin = result.allowAnyOrigin === true;
  result.allowDerivedOrigin = result.allowDerivedOrigin === true;
  return result;
}

const isCount = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isInteger(value) && value > 0);

/** `record`: off (undefined), or the recorder's options (`true` is `{}`). */
function validateRecord(record: ConnectionOptions['record']): RecordOptions | undefined {
  if (record === undefined || record === false) return undefined;
  if (record === true) return {};
  if (typeof record !== 'object' || record === null || (record.redact !== undefined && typeof record.redact !== 'boolean') || !isCount(record.maxMessages) || !isCount(record.maxBytes)) {
    throw new WweError('INVALID_ARGUMENT', 'configure', DEV ? 'record must be true, false, or { redact?: boolean, maxMessages?: number, maxBytes?: number } with positive whole numbers.' : 'record');
  }
  return { ...record };
}

/** Whether two values of one option are the same setting (an origin list by its patterns). */
export function sameOptionValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  return Object.is(a, b);
}

export function validateRequestOptions(request: string, options: RequestOptions): WweError | undefined {
  if (typeof options !== 'object' || options === null) return new WweError('INVALID_ARGUMENT', request, DEV ? 'Request options must be an object.' : 'options');
  if (options.timeout !== undefined && !isTimeout(options.timeout)) {
    return new WweError('INVALID_ARGUMENT', request, DEV ? `timeout must be a positive number of milliseconds, not ${String(options.timeout)}.` : 'timeout');
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    return new WweError('INVALID_ARGUMENT', request, DEV ? 'signal must be an AbortSignal.' : 'signal');
  }
  return undefined;
}

/** The options a page can write without code: on a script tag, or on `<wwe-connection>`. */
export const WRITTEN_OPTIONS = ['desktopOrigin', 'desktopOrigins', 'allowDerivedOrigin', 'timeout', 'handshakeTimeout', 'allowAnyOrigin', 'record'] as const;
export type WrittenOption = (typeof WRITTEN_OPTIONS)[number];

/**
 * The options as the page wrote them: attribute text (`"5000"`, `""` for a bare attribute, `null`
 * for a removed one), or values of element properties (numbers, booleans).
 */
export type WrittenOptions = { readonly [K in WrittenOption]?: unknown };

/** An option the page wrote that cannot be used; it is left out of the options. */
export interface OptionProblem {
  readonly option: WrittenOption;
  /** INVALID_ARGUMENT, naming the attribute and the value. */
  readonly error: WweError;
}

export interface ParsedOptions {
  /** The options written and valid; an option absent here was not written, or has a problem. */
  readonly options: Pick<ConnectionOptions, WrittenOption>;
  readonly problems: readonly OptionProblem[];
}

/** The attribute of each option (on a script tag, after `data-`). */
export const OPTION_ATTRIBUTES: Readonly<Record<WrittenOption, string>> = {
  desktopOrigin: 'desktop-origin',
  desktopOrigins: 'desktop-origins',
  allowDerivedOrigin: 'allow-derived-origin',
  timeout: 'timeout',
  handshakeTimeout: 'handshake-timeout',
  allowAnyOrigin: 'allow-any-origin',
  record: 'record',
};

/** A plain decimal: what a person writes for milliseconds. "10s", "0x10" or "1e4" are not read as anything. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** The options that are flags: a bare attribute (`allow-any-origin`) means true. */
const FLAGS: ReadonlySet<WrittenOption> = new Set(['allowAnyOrigin', 'allowDerivedOrigin', 'record']);

/**
 * Written as nothing: an absent or removed attribute, an unset property, or a blank attribute,
 * except a flag's: a bare `allow-any-origin` reads as "" and means present.
 */
const isUnset = (option: WrittenOption, value: unknown) =>
  value === undefined || value === null || (!FLAGS.has(option) && typeof value === 'string' && value.trim() === '');

const shown = (value: unknown) => {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return String(value);
  } catch {
    // An object whose toString is not a function (or throws) is named by its kind.
    return `a ${typeof value}`;
  }
};

/**
 * A value read, or why it cannot be: a phrase that follows the attribute and its value, in
 * development builds (production names the attribute and the value only).
 */
type Reading<T> = { ok: true; value: T } | { ok: false; problem: string | false };

function readOrigin(value: unknown): Reading<string> {
  if (typeof value !== 'string') return { ok: false, problem: DEV && 'is not text; expected an origin such as "https://wwe.example.com"' };
  try {
    return { ok: true, value: normaliseOrigin(value.trim()) };
  } catch {
    return { ok: false, problem: DEV && 'is not a URL with an http(s) origin, such as "https://wwe.example.com"' };
  }
}

/**
 * An allow-list of desktop origins: text separated by commas or spaces, or an array (a property).
 * One bad pattern leaves the whole list out: a list that trusts less than the page wrote would be a guess.
 */
function readOriginList(value: unknown): Reading<readonly string[]> {
  const patterns = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : Array.isArray(value) ? (value as unknown[]) : undefined;
  if (!patterns) return { ok: false, problem: DEV && 'is not a list of origins such as "https://wwe.example.com https://*.example.com"' };
  const read = patterns.map((pattern) => {
    try {
      return { pattern, normalised: parseOriginPattern(pattern as string) };
    } catch {
      return { pattern, normalised: undefined };
    }
  });
  const bad = read.filter(({ normalised }) => normalised === undefined).map(({ pattern }) => shown(pattern));
  if (bad.length > 0) {
    return { ok: false, problem: DEV && `has ${bad.join(', ')}, not an http(s) origin with at most a "*" as its whole leftmost label (such as "https://*.example.com")` };
  }
  return { ok: true, value: Object.freeze(read.map(({ normalised }) => normalised!)) };
}

function readTimeout(value: unknown): Reading<number> {
  const number = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  return isTimeout(number) ? { ok: true, value: number } : { ok: false, problem: DEV && 'is not a positive number of milliseconds' };
}

function readFlag(value: unknown, attribute: string): Reading<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  // A bare attribute is written as "", and HTML allows a boolean attribute to repeat its own name.
  if (text === '' || text === 'true' || text === attribute) return { ok: true, value: true };
  if (text === 'false') return { ok: true, value: false };
  return { ok: false, problem: DEV && 'is neither "true" nor "false"' };
}

function readOption(option: WrittenOption, value: unknown, attribute: string): Reading<unknown> {
  if (option === 'desktopOrigin') return readOrigin(value);
  if (option === 'desktopOrigins') return readOriginList(value);
  if (FLAGS.has(option)) return readFlag(value, attribute);
  return readTimeout(value);
}

/**
 * The one reading of the options a page writes without code: the kit's script tag (`data-*`), the
 * compat script's tag, and `<wwe-connection>` all go through it, so the same text means the same
 * thing everywhere. An unset or blank value means the default (a bare flag means true); a bad
 * value is reported and left out, never guessed at. `attributePrefix` is how the page names the
 * options (`data-` on a script tag), for the messages.
 */
export function parseConnectionOptions(written: WrittenOptions, attributePrefix = ''): ParsedOptions {
  const options: Record<string, unknown> = {};
  const problems: OptionProblem[] = [];
  for (const option of WRITTEN_OPTIONS) {
    const value: unknown = written[option];
    if (isUnset(option, value)) continue;
    const attribute = `${attributePrefix}${OPTION_ATTRIBUTES[option]}`;
    const reading = readOption(option, value, attribute);
    if (reading.ok) {
      options[option] = reading.value;
    } else {
      const message = `${attribute} ${shown(value)}${reading.problem ? ` ${reading.problem}` : ''}; it was left out.`;
      problems.push({ option, error: new WweError('INVALID_ARGUMENT', 'configure', message) });
    }
  }
  return { options: options as ParsedOptions['options'], problems };
}

/** The options written on an element's `data-*` attributes (`data-desktop-origin` …). */
export function writtenDataOptions(element: HTMLElement | null): WrittenOptions {
  if (!element) return {};
  return Object.fromEntries(WRITTEN_OPTIONS.map((option) => [option, element.dataset[option]]));
}
