import type { AppMenuBarView, DialogOptions, ToastParams } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import type { HostedFrame } from '../frames.js';

/** Shows a toast; its auto-close timer, if any, closes it without a click. */
export function popupToast(desk: Desktop, params: ToastParams, opener: HostedFrame): string {
  const toastId = desk.toastIds.take();
  desk.model.toasts.set(toastId, { toastId, params: { ...params }, opener });
  armAutoClose(desk, toastId);
  desk.changed();
  return toastId;
}

function armAutoClose(desk: Desktop, toastId: string): void {
  const toast = desk.model.toasts.get(toastId);
  if (!toast) return;
  toast.cancelAutoClose?.();
  toast.cancelAutoClose = undefined;
  const timeout = toast.params.autoCloseTimeout;
  if (typeof timeout === 'number' && timeout > 0) {
    toast.cancelAutoClose = desk.timers.schedule(timeout, () => closeToast(desk, toastId));
  }
}

function requireToast(desk: Desktop, toastId: string) {
  const toast = desk.model.toasts.get(toastId);
  if (!toast) throw new SimulatorError(`Unknown toast '${toastId}'`);
  return toast;
}

export function updateToast(desk: Desktop, toastId: string, params: ToastParams): void {
  const toast = requireToast(desk, toastId);
  toast.params = { ...toast.params, ...params };
  if (params.autoCloseTimeout !== undefined) armAutoClose(desk, toastId);
  desk.changed();
}

export function closeToast(desk: Desktop, toastId: string): void {
  const toast = requireToast(desk, toastId);
  toast.cancelAutoClose?.();
  desk.model.toasts.delete(toastId);
  desk.changed();
}

/** The agent clicks a toast button: only the page that opened the toast hears it, and the toast closes. */
export function clickToastButton(desk: Desktop, toastId: string, button: string): void {
  const toast = requireToast(desk, toastId);
  const buttons = [...(toast.params.buttons ?? []), ...(toast.params.buttonShowDismiss ? ['Dismiss'] : [])];
  if (!buttons.includes(button)) throw new SimulatorError(`Toast '${toastId}' has no button '${button}'`);
  closeToast(desk, toastId);
  desk.emitToastClick(toastId, button, toast.opener);
}

export function openDialog(desk: Desktop, url: string, options: DialogOptions, opener: HostedFrame): string {
  const dialogId = desk.dialogIds.take();
  desk.model.dialogs.set(dialogId, { dialogId, url: url.replaceAll('$Dialog.Id$', dialogId), options: { ...options }, opener });
  desk.changed();
  return dialogId;
}

/** Closing a dialog that is not open (already closed by the agent, or never opened) closes nothing. */
export function closeDialog(desk: Desktop, dialogId: string): void {
  if (desk.model.dialogs.delete(dialogId)) desk.changed();
}

/** Creates the view, or updates the fields given for an existing one. */
export function updateView(desk: Desktop, view: AppMenuBarView): void {
  const current = desk.model.views.get(view.name);
  desk.model.views.set(view.name, { ...current, ...view });
  desk.changed();
}

export function closeView(desk: Desktop, name: string): void {
  if (!desk.model.views.delete(name)) throw new SimulatorError(`Unknown application menu bar view '${name}'`);
  desk.changed();
}
