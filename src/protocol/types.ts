/**
 * Domain types carried by the Service Client API.
 *
 * Field lists follow `shared/reference/scapi-reference.md` §3 and the product overview. Where
 * Genesys documents nothing (Party, media.State, outbound records) the shapes are the ones our
 * simulator speaks; docs/PROTOCOL.md lists every such inference so it can be checked against a
 * live desktop.
 */

/** A JSON value as it travels in attached data. */
export type UserDataValue = string | number | boolean | null | UserDataValue[] | { [key: string]: UserDataValue };

/** Attached data ("user data") of an interaction: key/value pairs, values may nest. */
export type UserData = { [key: string]: UserDataValue };

/** `agent.Agent`. */
export interface Agent {
  /** Unique id used for routing. */
  employeeId: string;
  firstname: string;
  lastname: string;
  /** Global unique id. */
  username: string;
}

/** A value of `mediaState` in agent `STATE_CHANGED` events. */
export type AgentMediaState =
  | 'READY'
  | 'NOT_READY'
  | 'NOT_READY_ACTION_CODE'
  | 'NOT_READY_AFTER_CALLWORK'
  | 'LOGOUT'
  | 'UNKNOWN';

/** `media.State`: one entry of the agent state list, or the current state. */
export interface MediaState {
  /** The value to pass to `agent.setState` / `media.setState`. */
  operationName: string;
  /** Label shown to the agent. */
  displayName: string;
  /** Coarse state this entry puts the agent in. */
  state: AgentMediaState;
  /** Reason label, for NotReady with a reason. */
  reason?: string;
  /** Reason code, for NotReady with a reason. */
  reasonCode?: string;
}

/** Names of the channels (media) an agent can be logged on. */
export type MediaName = 'voice' | 'chat' | 'email' | 'workitem' | (string & {});

/** An item of `media.getMediaList`. */
export interface Media {
  /** Media name, e.g. `voice`. */
  media: MediaName;
  /** Current state on that media. */
  state: MediaState;
  /** Whether the agent is logged in on that media. */
  loggedIn: boolean;
}

export type RecordingState = 'STOPPED' | 'RECORDING' | 'PAUSED';
export type InteractionDirection = 'IN' | 'OUT' | 'UNKNOWN';
export type CallType = 'INTERNAL' | 'INBOUND' | 'OUTBOUND' | 'CONSULT' | 'UNKNOWN' | (string & {});

/**
 * Interaction states seen on the wire: the voice lifecycle, open-media states, and the
 * `IDLE` state of a voice call that is over but not yet marked done.
 */
export type InteractionState =
  | 'RINGING'
  | 'DIALING'
  | 'ESTABLISHED'
  | 'HELD'
  | 'RELEASED'
  | 'IDLE'
  | 'INVITED'
  | 'ACCEPTED'
  | 'CREATED'
  | 'COMPOSING'
  | 'ENDED'
  | 'COMPLETED'
  | 'SENT'
  | 'IN_WORKBIN'
  | 'UNKNOWN'
  | (string & {});

/** `interaction.Party` (undocumented upstream; `name` is the one field seen on the wire). */
export interface Party {
  name: string;
  /** Phone number, e-mail address or chat nickname of the party. */
  address?: string;
  /** Role of the party in the interaction. */
  role?: 'CUSTOMER' | 'AGENT' | 'OTHER';
}

/** `interaction.Interaction`. */
export interface Interaction {
  interactionId: string;
  parentInteractionId?: string;
  /** The case this interaction is part of. */
  caseId: string;
  /** Bundle the interaction belongs to. */
  bundleId?: string;
  /** Media of the interaction, e.g. `voice`, `chat`, `email`. */
  media: MediaName;
  /** Attached data, filtered by the desktop's `user-data.read-allowed`. */
  userData: UserData;
  state: InteractionState;
  previousState?: InteractionState;
  parties: Party[];
  isConsultation: boolean;
  /** Main interaction of its case. */
  isMainCaseInteraction: boolean;
  /** Milliseconds since the epoch at creation. */
  startDate: number;
  /** Whether the desktop shows this interaction's case as selected. */
  isCaseSelected: boolean;
  /** Whether the desktop shows this interaction's case expanded. */
  isCaseExpanded: boolean;
  /** Whether mark-done is blocked by `interaction.blockMarkdone`. */
  isMarkdoneBlocked?: boolean;
  // Voice only.
  callUuid?: string;
  direction?: InteractionDirection;
  callType?: CallType;
  ani?: string;
  dnis?: string;
  recordingState?: RecordingState;
  // E-mail and chat.
  subject?: string;
}

/** Parameters of `system.popupToast` / `system.updateToast`. */
export interface ToastParams {
  title?: string;
  iconUrl?: string;
  subject?: string;
  /** Multi-line text (`\n`). Rendered as text, never as HTML. */
  message?: string;
  keyValues?: Record<string, string>;
  /** Button labels; a click fires a system `CUSTOM_TOAST_BUTTON_CLICK` event. */
  buttons?: string[];
  buttonShowDismiss?: boolean;
  /** Milliseconds before the toast closes by itself; 0 or absent keeps it open. */
  autoCloseTimeout?: number;
  sendToMyMessage?: boolean;
  width?: number;
}

/** Target types of consult and transfer. */
export type TargetType = 'AGENT' | 'AGENT_GROUP' | 'SKILL' | 'INTERACTION_QUEUE' | 'ROUTING_POINT' | 'CUSTOM_CONTACT';

/**
 * A consult/transfer target: a string is a custom contact (phone number). The docs name the type
 * field `target`, the official sample `type`; both are accepted.
 */
export type TargetQuery =
  | string
  | { type?: TargetType; target?: TargetType; destination: string; media?: MediaName };

/** Options of `system.openDialog`. */
export interface DialogOptions {
  label?: string;
  width?: string;
  height?: string;
}

/** A customizable view in the Application Menu Bar. */
export interface AppMenuBarView {
  name: string;
  iconUrl?: string;
  label?: string;
  shortLabel?: string;
  tooltip?: string;
  backgroundColor?: string;
  labelColor?: string;
}

export interface OutboundCampaign {
  name: string;
  description?: string;
  mode: 'PREVIEW' | 'PUSH_PREVIEW' | 'PROGRESSIVE' | 'PREDICTIVE' | (string & {});
  isActive: boolean;
}

export interface OutboundRecord {
  interactionId: string;
  recordHandle: number;
  campaignName: string;
  phoneNumber: string;
  fields: Record<string, string>;
}

export interface CallResult {
  id: number;
  name: string;
}
