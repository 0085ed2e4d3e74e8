import { isPlainRecord, sanitize, type ToastParams } from '../protocol/index.js';
import type { ToastRecord } from './state.js';

/** Closed toasts are history; beyond this many records the oldest closed ones are forgotten. */
export const MAX_TOAST_RECORDS = 100;

type Toasts = ReadonlyMap<string, ToastRecord>;

/** A plain copy of the caller's parameters, so later mutation of their object cannot reach the store. */
function copyParams(params: ToastParams): ToastParams {
  const copy = sanitize(params);
  return copy.ok && isPlainRecord(copy.value) ? (copy.value as ToastParams) : {};
}

function forgetOldClosed(toasts: Map<string, ToastRecord>): void {
  for (const [id, record] of toasts) {
    if (toasts.size <= MAX_TOAST_RECORDS) return;
    if (!record.open) toasts.delete(id);
  }
}

export function toastOpened(toasts: Toasts, id: string, params: ToastParams): Toasts {
  const next = new Map(toasts);
  // A reused id (the desktop restarts its counter after a reload) is a new toast: it goes last.
  next.delete(id);
  next.set(id, { id, params: copyParams(params), open: true });
  forgetOldClosed(next);
  return next;
}

/** Updates merge into the recorded parameters; an update of an unknown toast records it. */
export function toastUpdated(toasts: Toasts, id: string, params: ToastParams): Toasts {
  const current = toasts.get(id);
  const merged = { ...current?.params, ...copyParams(params) };
  const next = new Map(toasts);
  next.set(id, { ...current, id, params: merged, open: true });
  return next;
}

export function toastClosed(toasts: Toasts, id: string): Toasts {
  const current = toasts.get(id);
  if (!current || !current.open) return toasts;
  const next = new Map(toasts);
  next.set(id, { ...current, open: false });
  return next;
}

/**
 * A system `CUSTOM_TOAST_BUTTON_CLICK` (already a plain copy). Only toasts this store recorded are
 * tracked; the desktop sends the click only to the frame that opened the toast. A button click
 * dismisses the toast on the desktop (as the simulator models it), so the record closes too.
 * Every click makes a new record (its `clicks` count grows), so a repeated click is seen too.
 */
export function toastButtonClicked(toasts: Toasts, payload: Record<string, unknown>): Toasts {
  const { toastId, button } = payload;
  if (typeof toastId !== 'string' || typeof button !== 'string') return toasts;
  const current = toasts.get(toastId);
  if (!current) return toasts;
  const next = new Map(toasts);
  next.set(toastId, { ...current, open: false, lastButton: button, clicks: (current.clicks ?? 0) + 1 });
  return next;
}
