import {
  isPlainRecord,
  type Namespace,
  type RequestName,
  type RequestResult,
  type TargetQuery,
  type UserData,
} from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import type { HostedFrame } from '../frames.js';
import type { OriginPolicy } from '../origin-policy.js';

/** One accepted request, as a handler sees it. */
export interface RequestCall {
  name: RequestName;
  /** Positional parameters, sanitized but not yet checked: handlers check what they read. */
  params: unknown[];
  frame: HostedFrame;
  desk: Desktop;
  policy: OriginPolicy;
}

export type RequestHandler<K extends RequestName> = (call: RequestCall) => RequestResult<K>;
export type HandlerTable = { [K in RequestName]: RequestHandler<K> };
export type NamespaceHandlers<N extends Namespace> = Pick<HandlerTable, Extract<RequestName, `${N}.${string}`>>;

function invalid(call: RequestCall, index: number, label: string, expected: string): SimulatorError {
  return new SimulatorError(`Invalid parameter ${index + 1} (${label}) of ${call.name}: expected ${expected}`);
}

export function stringParam(call: RequestCall, index: number, label: string): string {
  const value = call.params[index];
  if (typeof value !== 'string' || value.length === 0) throw invalid(call, index, label, 'a non-empty string');
  return value;
}

/** Any string, empty included (a toast message, a warning). */
export function textParam(call: RequestCall, index: number, label: string): string {
  const value = call.params[index];
  if (typeof value !== 'string') throw invalid(call, index, label, 'a string');
  return value;
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

export function optionalRecordParam(call: RequestCall, index: number, label: string): Record<string, unknown> {
  return call.params[index] === undefined || call.params[index] === null ? {} : recordParam(call, index, label);
}

/** Sanitized wire data is JSON, so any plain record is valid attached data. */
export function userDataParam(call: RequestCall, index: number, label: string, optional = true): UserData {
  return (optional ? optionalRecordParam(call, index, label) : recordParam(call, index, label)) as UserData;
}

export function stringMapParam(call: RequestCall, index: number, label: string): Record<string, string> {
  const record = recordParam(call, index, label);
  if (!Object.values(record).every((value) => typeof value === 'string')) {
    throw invalid(call, index, label, 'an object of string values');
  }
  return record as Record<string, string>;
}

export function targetParam(call: RequestCall, index: number): TargetQuery {
  const value = call.params[index];
  if (typeof value === 'string') return value;
  if (isPlainRecord(value) && typeof value.destination === 'string') return value as TargetQuery;
  throw invalid(call, index, 'target', 'a destination string or { type, destination }');
}

export function stringListParam(call: RequestCall, index: number, label: string): string[] {
  const value = call.params[index];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    throw invalid(call, index, label, 'an array of strings');
  }
  return list;
}
