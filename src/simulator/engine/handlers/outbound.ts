import { CALL_RESULTS } from '../defaults.js';
import {
  callPreviewRecord,
  cancelReschedule,
  getCallResult,
  getPreviewRecord,
  releaseRecord,
  requireRecord,
  rescheduleRecord,
  setCallResult,
  setDirectPushPreview,
  setDoNotCall,
  updateRecordFields,
} from '../flows/outbound.js';
import { idParam, numberParam, requiredTextParam, stringMapParam, type NamespaceHandlers } from './call.js';

export const outboundHandlers: NamespaceHandlers<'outbound'> = {
  'outbound.getCampaigns': ({ desk }) => structuredClone(desk.model.campaigns),
  'outbound.getPreviewRecord': (call) => getPreviewRecord(call.desk, idParam(call, 0)),
  'outbound.getChainedRecords': (call) => {
    const held = requireRecord(call.desk, idParam(call, 0));
    return structuredClone([held.record, ...held.chained]);
  },
  'outbound.getRecordFields': (call) => ({ ...requireRecord(call.desk, idParam(call, 0)).record.fields }),
  'outbound.updateRecordFields': (call) =>
    updateRecordFields(call.desk, idParam(call, 0), stringMapParam(call, 1, 'recordData')),
  'outbound.callPreviewRecord': (call) => {
    callPreviewRecord(call.desk, idParam(call, 0), numberParam(call, 1, 'recordHandle'));
  },
  'outbound.rejectPreviewRecord': (call) => releaseRecord(call.desk, idParam(call, 0)),
  'outbound.cancelPreviewRecord': (call) => releaseRecord(call.desk, idParam(call, 0)),
  'outbound.startDirectPushPreview': ({ desk }) => setDirectPushPreview(desk, true),
  'outbound.stopDirectPushPreview': ({ desk }) => setDirectPushPreview(desk, false),
  'outbound.rescheduleRecord': (call) =>
    rescheduleRecord(
      call.desk,
      idParam(call, 0),
      numberParam(call, 1, 'recordHandle'),
      requiredTextParam(call, 2, 'a reschedule date'),
      idParam(call, 3),
    ),
  'outbound.cancelReschedule': (call) => cancelReschedule(call.desk, idParam(call, 0)),
  'outbound.getListOfCallResults': () => structuredClone([...CALL_RESULTS]),
  'outbound.setCallResult': (call) =>
    setCallResult(call.desk, idParam(call, 0), numberParam(call, 1, 'callResult')),
  'outbound.getCallResult': (call) => getCallResult(call.desk, idParam(call, 0)),
  'outbound.setDoNotCall': (call) => setDoNotCall(call.desk, idParam(call, 0), true),
  'outbound.removeDoNotCall': (call) => setDoNotCall(call.desk, idParam(call, 0), false),
};
