import type { AppMenuBarView, DialogOptions, ToastParams } from '../../../protocol/index.js';
import { SimulatorError } from '../errors.js';
import { closeDialog, closeToast, closeView, openDialog, popupToast, updateToast, updateView } from '../flows/system-ui.js';
import { idParam, optionalRecordParam, recordParam, requiredTextParam, type NamespaceHandlers, type RequestCall } from './call.js';

const TOAST_TEXT_FIELDS = ['title', 'iconUrl', 'subject', 'message'] as const;
const TOAST_NUMBER_FIELDS = ['autoCloseTimeout', 'width'] as const;
const TOAST_FLAG_FIELDS = ['buttonShowDismiss', 'sendToMyMessage'] as const;

/** Checks the fields the desktop renders, so a bad toast fails instead of showing garbage. */
function toastParams(call: RequestCall, index: number): ToastParams {
  const params = recordParam(call, index, 'params');
  const wrong = (field: string, expected: string) =>
    new SimulatorError(`Invalid toast field '${field}' in ${call.name}: expected ${expected}`);
  for (const field of TOAST_TEXT_FIELDS) if (params[field] !== undefined && typeof params[field] !== 'string') throw wrong(field, 'a string');
  for (const field of TOAST_NUMBER_FIELDS) if (params[field] !== undefined && typeof params[field] !== 'number') throw wrong(field, 'a number');
  for (const field of TOAST_FLAG_FIELDS) if (params[field] !== undefined && typeof params[field] !== 'boolean') throw wrong(field, 'a boolean');
  const { buttons, keyValues } = params;
  if (buttons !== undefined && !(Array.isArray(buttons) && buttons.every((label) => typeof label === 'string'))) {
    throw wrong('buttons', 'an array of strings');
  }
  if (keyValues !== undefined && (typeof keyValues !== 'object' || keyValues === null || Array.isArray(keyValues))) {
    throw wrong('keyValues', 'an object');
  }
  return params as ToastParams;
}

function viewParam(call: RequestCall): AppMenuBarView {
  const view = recordParam(call, 0, 'view');
  if (typeof view.name !== 'string' || view.name === '') throw new SimulatorError(`${call.name} needs a view with a name`);
  return view as unknown as AppMenuBarView;
}

/** A single tab hosts every frame here, so it always leads and never negotiates. */
export const systemHandlers: NamespaceHandlers<'system'> = {
  'system.getAllowedServices': ({ policy, frame, served }) => policy.allowedServices(frame.origin, served),
  'system.triggerActivity': ({ desk, frame }) => {
    desk.model.lastActiveFrame = frame;
    desk.changed();
  },
  'system.popupToast': (call) => popupToast(call.desk, toastParams(call, 0), call.frame),
  'system.updateToast': (call) => updateToast(call.desk, idParam(call, 0), toastParams(call, 1)),
  'system.closeToast': (call) => closeToast(call.desk, idParam(call, 0)),
  'system.openDialog': (call) => openDialog(call.desk, requiredTextParam(call, 0, 'a URL'), optionalRecordParam(call, 1) as DialogOptions, call.frame),
  'system.closeDialog': (call) => closeDialog(call.desk, idParam(call, 0)),
  'system.updateViewInApplicationMenuBar': (call) => updateView(call.desk, viewParam(call)),
  'system.closeViewInApplicationMenuBar': (call) => closeView(call.desk, idParam(call, 0)),
  'system.amIVisible': ({ frame }) => frame.kind !== 'hidden',
  'system.isFrameLeading': () => true,
  'system.isFrameFollowing': () => false,
  'system.isFrameNegotiating': () => false,
  'system.isFrameLeadingOrNegotiating': () => true,
  'system.isLastActiveFrame': ({ desk, frame }) => desk.model.lastActiveFrame === frame,
};
