import type { CallResult, Interaction, OutboundRecord } from '../../../protocol/index.js';
import { CALL_RESULTS } from '../defaults.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import type { HeldRecord } from '../model.js';
import { dial } from './voice.js';

/** Each campaign's calling list holds this many records before it runs dry. */
export const RECORDS_PER_CAMPAIGN = 3;

const CONTACTS = [
  { name: 'Dana Whitfield', phone: '+15550100101' },
  { name: 'Ravi Patel', phone: '+15550100102' },
  { name: 'Mia Lindqvist', phone: '+15550100103' },
];

function requireCampaign(desk: Desktop, campaignName: string, modes: readonly string[]) {
  const campaign = desk.model.campaigns.find((item) => item.name === campaignName);
  if (!campaign) throw new SimulatorError(`Unknown campaign '${campaignName}'`);
  if (!campaign.isActive) throw new SimulatorError(`Campaign '${campaignName}' is not active`);
  if (!modes.includes(campaign.mode)) throw new SimulatorError(`Campaign '${campaignName}' is a ${campaign.mode} campaign`);
  return campaign;
}

/** Hands out the campaign's next record, or null once its list is exhausted. */
function nextRecord(desk: Desktop, campaignName: string): OutboundRecord | null {
  const served = desk.model.previewRecordsServed.get(campaignName) ?? 0;
  if (served >= RECORDS_PER_CAMPAIGN) return null;
  desk.model.previewRecordsServed.set(campaignName, served + 1);
  const contact = CONTACTS[served % CONTACTS.length];
  const record: OutboundRecord = {
    interactionId: desk.newInteractionId(),
    recordHandle: desk.newRecordHandle(),
    campaignName,
    phoneNumber: contact.phone,
    fields: { GSW_CUSTOMER_NAME: contact.name, GSW_PHONE: contact.phone, GSW_CUSTOM_STRING: '' },
  };
  const chained: OutboundRecord = { ...record, recordHandle: desk.newRecordHandle(), phoneNumber: contact.phone.replace(/\d$/, '9'), fields: { ...record.fields } };
  desk.model.heldRecords.set(record.interactionId, { record, doNotCall: false, chained: [chained] });
  desk.emitOutbound({ eventType: 'PREVIEW_RECORD_RECEIVED', interactionId: record.interactionId, campaignName, fields: { ...record.fields } });
  return structuredClone(record);
}

export function getPreviewRecord(desk: Desktop, campaignName: string): OutboundRecord | null {
  requireCampaign(desk, campaignName, ['PREVIEW']);
  return nextRecord(desk, campaignName);
}

export function requireRecord(desk: Desktop, interactionId: string): HeldRecord {
  const held = desk.model.heldRecords.get(interactionId);
  if (!held) throw new SimulatorError(`No outbound record for interaction '${interactionId}'`);
  return held;
}

export function updateRecordFields(desk: Desktop, interactionId: string, recordData: Record<string, string>): void {
  const held = requireRecord(desk, interactionId);
  held.record.fields = { ...held.record.fields, ...recordData };
  desk.emitOutbound({ eventType: 'RECORD_FIELDS_CHANGED', interactionId, campaignName: held.record.campaignName, fields: { ...held.record.fields } });
}

/** Dials the previewed record; the call carries the record's fields as attached data. */
export function callPreviewRecord(desk: Desktop, interactionId: string, recordHandle: number): Interaction {
  const held = requireRecord(desk, interactionId);
  if (held.record.recordHandle !== recordHandle) {
    throw new SimulatorError(`Record handle ${recordHandle} does not belong to interaction '${interactionId}'`);
  }
  if (held.doNotCall) throw new SimulatorError(`Record ${recordHandle} is marked Do Not Call`);
  const call = dial(desk, held.record.phoneNumber, {
    ...held.record.fields,
    GSW_CAMPAIGN_NAME: held.record.campaignName,
    GSW_RECORD_HANDLE: recordHandle,
  });
  desk.model.heldRecords.set(call.interactionId, held);
  return call;
}

/** Reject (back to the list) and cancel (out of the list) both release the record. */
export function releaseRecord(desk: Desktop, interactionId: string): void {
  requireRecord(desk, interactionId);
  desk.model.heldRecords.delete(interactionId);
  desk.changed();
}

export function setDirectPushPreview(desk: Desktop, on: boolean): void {
  if (desk.model.directPushPreview === on) {
    throw new SimulatorError(`Direct push preview is already ${on ? 'started' : 'stopped'}`);
  }
  desk.model.directPushPreview = on;
  desk.changed();
  if (!on) return;
  const pushCampaign = desk.model.campaigns.find((campaign) => campaign.isActive && campaign.mode === 'PUSH_PREVIEW');
  if (pushCampaign) nextRecord(desk, pushCampaign.name);
}

export function rescheduleRecord(desk: Desktop, interactionId: string, recordHandle: number, date: string, callbackType: string): void {
  const held = requireRecord(desk, interactionId);
  if (held.record.recordHandle !== recordHandle) throw new SimulatorError(`Unknown record handle ${recordHandle}`);
  if (Number.isNaN(Date.parse(date))) throw new SimulatorError(`Invalid reschedule date '${date}'`);
  if (callbackType !== 'CAMPAIGN' && callbackType !== 'PERSONAL') {
    throw new SimulatorError(`Invalid callback type '${callbackType}' (expected CAMPAIGN or PERSONAL)`);
  }
  held.reschedule = { date, callbackType };
  desk.changed();
}

export function cancelReschedule(desk: Desktop, interactionId: string): void {
  const held = requireRecord(desk, interactionId);
  if (!held.reschedule) throw new SimulatorError(`Record of interaction '${interactionId}' is not rescheduled`);
  held.reschedule = undefined;
  desk.changed();
}

export function setCallResult(desk: Desktop, interactionId: string, callResult: number): void {
  const held = requireRecord(desk, interactionId);
  if (!CALL_RESULTS.some((result) => result.id === callResult)) throw new SimulatorError(`Unknown call result ${callResult}`);
  held.callResult = callResult;
  desk.emitOutbound({ eventType: 'CALL_RESULT_CHANGED', interactionId, campaignName: held.record.campaignName });
}

export function getCallResult(desk: Desktop, interactionId: string): CallResult | null {
  const held = requireRecord(desk, interactionId);
  return CALL_RESULTS.find((result) => result.id === held.callResult) ?? null;
}

export function setDoNotCall(desk: Desktop, interactionId: string, doNotCall: boolean): void {
  requireRecord(desk, interactionId).doNotCall = doNotCall;
  desk.changed();
}
