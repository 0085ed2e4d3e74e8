import type { ToastParams } from '../../protocol/index.js';
import { InvalidJson } from '../shared/attributes.js';

/** The toast parameters the element's attributes and `updateToast()` set. */
export type ToastContent = Pick<ToastParams, 'title' | 'subject' | 'message' | 'iconUrl' | 'buttons' | 'keyValues' | 'autoCloseTimeout'>;

/** The element's inputs as they are held: attributes may be null, JSON may be invalid. */
export interface ToastInputs {
  title?: string | null;
  subject?: string | null;
  message?: string | null;
  iconUrl?: string | null;
  buttons?: unknown[] | InvalidJson | null;
  keyValues?: Record<string, unknown> | InvalidJson | null;
  autoCloseTimeout?: number | null;
}

const KEYS = ['title', 'subject', 'message', 'iconUrl', 'buttons', 'keyValues', 'autoCloseTimeout'] as const satisfies readonly (keyof ToastContent)[];

/** What an absent input is sent as in an update, so removing an attribute clears it on the desktop. */
const CLEARED: Required<ToastContent> = { title: '', subject: '', message: '', iconUrl: '', buttons: [], keyValues: {}, autoCloseTimeout: 0 };

/** The parameters the inputs describe, or what is wrong with them, in words. */
export function toastContent(inputs: ToastInputs): { content: ToastContent } | { problem: string } {
  const { buttons, keyValues, autoCloseTimeout } = inputs;
  for (const value of [buttons, keyValues]) {
    if (value instanceof InvalidJson) return { problem: `The ${value.attribute} attribute is not valid JSON (${value.reason}).` };
  }
  if (buttons && !(buttons as unknown[]).every((label) => typeof label === 'string' && label !== '')) {
    return { problem: 'buttons must be a list of button labels, e.g. ["Accept", "Decline"].' };
  }
  if (keyValues && !Object.values(keyValues).every((value) => typeof value === 'string')) {
    return { problem: 'key-values must map keys to text, e.g. {"Customer": "Ana"}.' };
  }
  if (autoCloseTimeout != null && !(Number.isFinite(autoCloseTimeout) && autoCloseTimeout >= 0)) {
    return { problem: `auto-close must be a number of milliseconds (0 keeps the toast open), not ${String(autoCloseTimeout)}.` };
  }
  const content: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = inputs[key];
    if (value != null) content[key] = value;
  }
  return { content: content as ToastContent };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The parameters to send so the desktop's toast, showing `sent`, shows `wanted`; undefined when it already does. */
export function contentChanges(sent: ToastContent, wanted: ToastContent): ToastContent | undefined {
  const changes: Record<string, unknown> = {};
  let changed = false;
  for (const key of KEYS) {
    const value = wanted[key] ?? CLEARED[key];
    if (same(sent[key] ?? CLEARED[key], value)) continue;
    changes[key] = value;
    changed = true;
  }
  return changed ? (changes as ToastContent) : undefined;
}
