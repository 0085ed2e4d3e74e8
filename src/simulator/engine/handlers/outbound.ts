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
import { numberParam, stringMapParam, stringParam, type NamespaceHandlers } from './call.js';

export const outboundHandlers: NamespaceHandlers<'outbound'> = {
  'outbound.getCampaigns': ({ desk }) => structuredClone(desk.model.campaigns),
  'outbound.getPreviewRecord': (call) => getPreviewRecord(call.desk, stringParam(call, 0, 'campaignName')),
  'outbound.getChainedRecords': (call) => {
    const held = requireRecord(call.desk, stringParam(call, 0, 'interactionId'));
    return structuredClone([held.record, ...held.chained]);
  },
  'outbound.getRecordFields': (call) => ({ ...requireRecord(call.desk, stringParam(call, 0, 'interactionId')).record.fields }),
  'outbound.updateRecordFields': (call) =>
    updateRecordFields(call.desk, stringParam(call, 0, 'interactionId'), stringMapParam(call, 1, 'recordData')),
  'outbound.callPreviewRecord': (call) => {
    callPreviewRecord(call.desk, stringParam(call, 0, 'interactionId'), numberParam(call, 1, 'recordHandle'));
  },
  'outbound.rejectPreviewRecord': (call) => releaseRecord(call.desk, stringParam(call, 0, 'interactionId')),
  'outbound.cancelPreviewRecord': (call) => releaseRecord(call.desk, stringParam(call, 0, 'interactionId')),
  'outbound.startDirectPushPreview': ({ desk }) => setDirectPushPreview(desk, true),
  'outbound.stopDirectPushPreview': ({ desk }) => setDirectPushPreview(desk, false),
  'outbound.rescheduleRecord': (call) =>
    rescheduleRecord(
      call.desk,
      stringParam(call, 0, 'interactionId'),
      numberParam(call, 1, 'recordHandle'),
      stringParam(call, 2, 'rescheduleDate'),
      stringParam(call, 3, 'callbackType'),
    ),
  'outbound.cancelReschedule': (call) => cancelReschedule(call.desk, stringParam(call, 0, 'interactionId')),
  'outbound.getListOfCallResults': () => structuredClone([...CALL_RESULTS]),
  'outbound.setCallResult': (call) =>
    setCallResult(call.desk, stringParam(call, 0, 'interactionId'), numberParam(call, 1, 'callResult')),
  'outbound.getCallResult': (call) => getCallResult(call.desk, stringParam(call, 0, 'interactionId')),
  'outbound.setDoNotCall': (call) => setDoNotCall(call.desk, stringParam(call, 0, 'interactionId'), true),
  'outbound.removeDoNotCall': (call) => setDoNotCall(call.desk, stringParam(call, 0, 'interactionId'), false),
};
