import type { Agent, AppMenuBarView, DialogOptions, FrameId, Interaction, Media, MediaState, OutboundCampaign, OutboundRecord, ToastParams } from '../../protocol/index.js';
import type { Faults } from './faults.js';
import type { FrameSnapshot } from './frames.js';
import type { DesktopModel } from './model.js';
import type { ProfileDefinition } from './profiles.js';

export interface CaseSnapshot {
  caseId: string;
  interactionIds: string[];
  mainInteractionId?: string;
  isSelected: boolean;
  isExpanded: boolean;
}

/** The desktop as a UI shows it: plain JSON, unfiltered by user-data ACLs (the agent sees all). */
export interface DesktopSnapshot {
  agent: Agent;
  agentState: MediaState;
  stateList: MediaState[];
  media: Media[];
  interactions: Interaction[];
  cases: CaseSnapshot[];
  selectedCaseId?: string;
  markdoneBlocks: { interactionId: string; warningMessage: string }[];
  toasts: { toastId: string; params: ToastParams; openerFrameId: FrameId }[];
  dialogs: { dialogId: string; url: string; options: DialogOptions; openerFrameId: FrameId }[];
  views: AppMenuBarView[];
  sipEndpoint: { microphoneMuted: boolean; speakerMuted: boolean };
  outbound: {
    campaigns: OutboundCampaign[];
    directPushPreview: boolean;
    records: { interactionId: string; record: OutboundRecord; callResult?: number; doNotCall: boolean; reschedule?: { date: string; callbackType: string } }[];
  };
  configuration: Record<string, string>;
  frames: FrameSnapshot[];
  acceptedOrigins: string;
  faults: Faults;
  /** The name of the desktop profile playing (see profiles.ts): a built-in one's, or a seeded one's. */
  profile: string;
  /** Every profile this desktop can play, name, description and shapes: the built-in ones, then those given to it. */
  profiles: ProfileDefinition[];
}

export type SnapshotExtras = Pick<DesktopSnapshot, 'frames' | 'acceptedOrigins' | 'faults' | 'profile' | 'profiles'>;

function casesOf(model: DesktopModel): CaseSnapshot[] {
  return model.caseIds().map((caseId) => {
    const members = model.interactionsOfCase(caseId);
    return {
      caseId,
      interactionIds: members.map((interaction) => interaction.interactionId),
      mainInteractionId: members.find((interaction) => interaction.isMainCaseInteraction)?.interactionId,
      isSelected: model.selectedCaseId === caseId,
      isExpanded: model.expandedCases.has(caseId),
    };
  });
}

/** A deep copy through JSON, so the caller can keep or send it without touching the model. */
export function takeSnapshot(model: DesktopModel, extras: SnapshotExtras): DesktopSnapshot {
  const snapshot: DesktopSnapshot = {
    agent: model.agent,
    agentState: model.agentState,
    stateList: model.stateList,
    media: model.media,
    interactions: [...model.interactions.values()],
    cases: casesOf(model),
    selectedCaseId: model.selectedCaseId,
    markdoneBlocks: [...model.markdoneBlocks].map(([interactionId, block]) => ({ interactionId, warningMessage: block.warningMessage })),
    toasts: [...model.toasts.values()].map((toast) => ({ toastId: toast.toastId, params: toast.params, openerFrameId: toast.opener.frameId })),
    dialogs: [...model.dialogs.values()].map((dialog) => ({
      dialogId: dialog.dialogId,
      url: dialog.url,
      options: dialog.options,
      openerFrameId: dialog.opener.frameId,
    })),
    views: [...model.views.values()],
    sipEndpoint: { microphoneMuted: model.microphoneMuted, speakerMuted: model.speakerMuted },
    outbound: {
      campaigns: model.campaigns,
      directPushPreview: model.directPushPreview,
      records: [...model.heldRecords].map(([interactionId, held]) => ({
        interactionId,
        record: held.record,
        callResult: held.callResult,
        doNotCall: held.doNotCall,
        reschedule: held.reschedule,
      })),
    },
    configuration: model.configuration,
    ...extras,
  };
  return JSON.parse(JSON.stringify(snapshot)) as DesktopSnapshot;
}
