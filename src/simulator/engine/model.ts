import type { Agent, AppMenuBarView, DialogOptions, Interaction, Media, MediaState, OutboundCampaign, OutboundRecord, ToastParams } from '../../protocol/index.js';
import { DEFAULT_AGENT, DEFAULT_MEDIA_NAMES, defaultCampaigns, defaultConfiguration, defaultStateList } from './defaults.js';
import type { HostedFrame } from './frames.js';

export interface ToastRecord {
  toastId: string;
  params: ToastParams;
  /** Only this frame hears the toast's button clicks. */
  opener: HostedFrame;
  cancelAutoClose?: () => void;
}

export interface DialogRecord {
  dialogId: string;
  url: string;
  options: DialogOptions;
  opener: HostedFrame;
}

export interface MarkdoneBlock {
  warningMessage: string;
  cancelExpiry: () => void;
}

/** An outbound record the agent holds, keyed by the interaction that carries it. */
export interface HeldRecord {
  record: OutboundRecord;
  callResult?: number;
  doNotCall: boolean;
  reschedule?: { date: string; callbackType: string };
  /** Records of the same contact, served by `outbound.getChainedRecords`. */
  chained: OutboundRecord[];
}

export interface ModelSeed {
  agent?: Partial<Agent>;
  blockMarkdoneTimeout: number;
}

/** Everything the desktop knows. Flows change it; the engine publishes it. */
export class DesktopModel {
  agent: Agent;
  stateList: MediaState[] = defaultStateList();
  agentState: MediaState;
  media: Media[];
  /** Unfiltered: user-data ACLs apply only when data leaves for a hosted page. */
  readonly interactions = new Map<string, Interaction>();
  selectedCaseId: string | undefined;
  readonly expandedCases = new Set<string>();
  readonly markdoneBlocks = new Map<string, MarkdoneBlock>();
  readonly toasts = new Map<string, ToastRecord>();
  readonly dialogs = new Map<string, DialogRecord>();
  readonly views = new Map<string, AppMenuBarView>();
  microphoneMuted = false;
  speakerMuted = false;
  configuration: Record<string, string>;
  campaigns: OutboundCampaign[] = defaultCampaigns();
  readonly heldRecords = new Map<string, HeldRecord>();
  /** How many preview records each campaign has handed out; a campaign's list runs dry. */
  readonly previewRecordsServed = new Map<string, number>();
  directPushPreview = false;
  lastActiveFrame: HostedFrame | undefined;
  /** Kept until a page forces a new one, as a token cache would. */
  pureCloudToken: string | undefined;

  constructor(seed: ModelSeed) {
    this.agent = { ...DEFAULT_AGENT, ...seed.agent };
    this.agentState = this.stateList[0];
    this.media = DEFAULT_MEDIA_NAMES.map((media) => ({ media, state: { ...this.agentState }, loggedIn: true }));
    this.configuration = defaultConfiguration(seed.blockMarkdoneTimeout);
  }

  interaction(interactionId: string): Interaction | undefined {
    return this.interactions.get(interactionId);
  }

  interactionsOfCase(caseId: string): Interaction[] {
    return [...this.interactions.values()].filter((interaction) => interaction.caseId === caseId);
  }

  caseIds(): string[] {
    return [...new Set([...this.interactions.values()].map((interaction) => interaction.caseId))];
  }

  stateByOperation(operationName: string): MediaState | undefined {
    return this.stateList.find((state) => state.operationName === operationName);
  }
}
