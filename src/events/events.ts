import type { WweError } from '../connection/errors.js';
import type { ConnectionState } from '../connection/types.js';
import type { RecordingState, UserData } from '../protocol/index.js';

/** `wwe-error`: an action of the element failed. The element also shows it. */
export interface WweErrorDetail {
  /** What the element tried, e.g. `voice.dial`. */
  action: string;
  error: WweError;
}

/** `wwe-dial`: the desktop accepted the dial request. */
export interface WweDialDetail {
  number: string;
  userData?: UserData;
  extensions?: Record<string, string>;
}

/** `wwe-email`: the desktop accepted the new e-mail. */
export interface WweEmailDetail {
  address: string;
  userData?: UserData;
}

/** `wwe-recording-change`: the recording state of the target interaction changed. */
export interface WweRecordingChangeDetail {
  interactionId: string;
  recordingState: RecordingState;
  previous: RecordingState | undefined;
}

/** `wwe-interaction-change`: the interaction an element follows is another one (or none). */
export interface WweInteractionChangeDetail {
  /** The interaction followed now; undefined when there is none. */
  interactionId: string | undefined;
  /** The one followed before; undefined when there was none. */
  previous: string | undefined;
}

/** `wwe-userdata-change`: attached data was written (or deleted) through the element. */
export interface WweUserDataChangeDetail {
  interactionId: string;
  /** Keys set, with their new values. */
  changes: UserData;
  /** Keys deleted. */
  deleted: string[];
}

/** `wwe-case-select`: the agent picked a case in the element. */
export interface WweCaseSelectDetail {
  caseId: string;
}

export interface WweToastDetail {
  toastId: string;
}

export interface WweToastButtonClickDetail {
  toastId: string;
  button: string;
}

export interface WweToastCloseDetail {
  toastId: string;
  /** `element`: closed through the element; `desktop`: closed on the desktop (auto-close, dismissed). */
  reason: 'element' | 'desktop';
}

export interface WweConnectionChangeDetail {
  state: ConnectionState;
  previous: ConnectionState;
  error?: WweError;
}

export interface WweAgentStateChangeDetail {
  operationName: string;
}

export type WweCallAction = 'answer' | 'hold' | 'resume' | 'hangUp' | 'markdone' | 'consult' | 'transfer' | 'conference' | 'completeTransfer' | 'completeConference';

export interface WweCallActionDetail {
  action: WweCallAction;
  interactionId: string;
}

export interface WweMarkdoneGuardDetail {
  interactionId: string;
  blocked: boolean;
  missingKeys: string[];
}

/** Every event the kit's elements fire, by name. They bubble and cross shadow roots. */
export interface WweEventMap {
  'wwe-error': CustomEvent<WweErrorDetail>;
  'wwe-dial': CustomEvent<WweDialDetail>;
  'wwe-email': CustomEvent<WweEmailDetail>;
  'wwe-recording-change': CustomEvent<WweRecordingChangeDetail>;
  'wwe-interaction-change': CustomEvent<WweInteractionChangeDetail>;
  'wwe-userdata-change': CustomEvent<WweUserDataChangeDetail>;
  'wwe-case-select': CustomEvent<WweCaseSelectDetail>;
  'wwe-toast-open': CustomEvent<WweToastDetail>;
  'wwe-toast-button-click': CustomEvent<WweToastButtonClickDetail>;
  'wwe-toast-close': CustomEvent<WweToastCloseDetail>;
  'wwe-connection-change': CustomEvent<WweConnectionChangeDetail>;
  'wwe-agent-state-change': CustomEvent<WweAgentStateChangeDetail>;
  'wwe-call-action': CustomEvent<WweCallActionDetail>;
  'wwe-markdone-guard-change': CustomEvent<WweMarkdoneGuardDetail>;
}

declare global {
  // Typed `addEventListener('wwe-dial', …)` on every element and on document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends WweEventMap {}
}

type DetailOf<K extends keyof WweEventMap> = WweEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a kit event from `target`: bubbling and composed, so a page listens anywhere above. */
export function emit<K extends keyof WweEventMap>(target: EventTarget, name: K, detail: DetailOf<K>, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
