import { isPlainRecord, type Namespace, type RequestName, type TargetQuery, type UserData } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import type { HostedFrame } from '../frames.js';
import type { OriginPolicy } from '../origin-policy.js';

/** One accepted request, as a handler sees it. */
export interface RequestCall {
  name: string;
  /**
   * Positional parameters, sanitized but not checked. Handlers read them as leniently as Genesys's
   * own client posts them: ids may be numbers, an absent optional parameter may be undefined or null.
   */
  params: unknown[];
  frame: HostedFrame;
  desk: Desktop;
  policy: OriginPolicy;
  /** Every request this desktop serves (its profile's included), for `system.getAllowedServices`. */
  served: readonly string[];
}

/** Results are wire data shaped by the profile, so the protocol's result types do not bind them. */
export type RequestHandler = (call: RequestCall) => unknown;
export type HandlerTable = { readonly [K in RequestName]: RequestHandler };
export type NamespaceHandlers<N extends Namespace> = Pick<HandlerTable, Extract<RequestName, `${N}.${string}`>>;

function invalid(call: RequestCall, index: number, label: string, expected: string): SimulatorError {
  return new SimulatorError(`Invalid parameter ${index + 1} (${label}) of ${call.name}: expected ${expected}`);
}

/**
 * Any value as the text a desktop would look it up by: a number id becomes its digits, an absent
 * one the empty string (which names nothing, so the lookup that follows fails with its own words).
 */
export function textParam(call: RequestCall, index: number): string {
  const value = call.params[index];
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** An id or a name: any scalar, as text. */
export const idParam = textParam;

/** Text the request cannot do without (a destination, a URL): empty is refused. */
export function requiredTextParam(call: RequestCall, index: number, label: string): string {
  const text = textParam(call, index);
  if (text.trim() === '') throw new SimulatorError(`${call.name} needs ${label}`);
  return text;
}

export function numberParam(call: RequestCall, index: number, label: string): number {
  const value = call.params[index];
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(call, index, label, 'a number');
  return value;
}

export function recordParam(call: RequestCall, index: number, label: string): Record<string, unknown> {
  const value = call.params[index];
  if (!isPlainRecord(value)) throw invalid(call, index, label, 'an object');
  return value;
}

/** An optional object: absent, null or anything but an object counts as none. */
export function optionalRecordParam(call: RequestCall, index: number): Record<string, unknown> {
  const value = call.params[index];
  return isPlainRecord(value) ? value : {};
}

/** Sanitized wire data is JSON, so any plain record is valid attached data. */
export function userDataParam(call: RequestCall, index: number, label: string): UserData {
  return recordParam(call, index, label) as UserData;
}

export function optionalUserDataParam(call: RequestCall, index: number): UserData {
  return optionalRecordParam(call, index) as UserData;
}

/** An object whose values the desktop keeps as text (outbound record fields). */
export function stringMapParam(call: RequestCall, index: number, label: string): Record<string, string> {
  const record = recordParam(call, index, label);
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
}

/** A destination (string or number), or `{ type | target, destination }`. */
export function targetParam(call: RequestCall, index: number): TargetQuery {
  const value = call.params[index];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (isPlainRecord(value) && (typeof value.destination === 'string' || typeof value.destination === 'number')) {
    return { ...value, destination: String(value.destination) } as TargetQuery;
  }
  throw invalid(call, index, 'target', 'a destination or { type, destination }');
}

/** One pattern or a list of them; scalars in the list are read as text. */
export function stringListParam(call: RequestCall, index: number, label: string): string[] {
  const value = call.params[index];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => ['string', 'number'].includes(typeof item))) throw invalid(call, index, label, 'a pattern or a list of patterns');
  return list.map(String);
}
