import type { WweAgentState } from "../../dist/elements/agent-state/agent-state.component.js";
import type { WweCallControls } from "../../dist/elements/call-controls/call-controls.component.js";
import type { WweCaseSelector } from "../../dist/elements/case-selector/case-selector.component.js";
import type { WweConnectionStatus } from "../../dist/elements/connection-status/connection-status.component.js";
import type { WweDialButton } from "../../dist/elements/dial-button/dial-button.component.js";
import type { WweEmailButton } from "../../dist/elements/email-button/email-button.component.js";
import type { WweEventLog } from "../../dist/elements/event-log/event-log.component.js";
import type { WweInteractionInfo } from "../../dist/elements/interaction-info/interaction-info.component.js";
import type { WweMarkdoneGuard } from "../../dist/elements/markdone-guard/markdone-guard.component.js";
import type { WweRecordingControl } from "../../dist/elements/recording-control/recording-control.component.js";
import type { WweTelLinks } from "../../dist/elements/tel-links/tel-links.component.js";
import type { WweToastTrigger } from "../../dist/elements/toast-trigger/toast-trigger.component.js";
import type { WweUserdataEditor, Event } from "../../dist/elements/userdata-editor/userdata-editor.component.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type WweAgentStateProps = {
  /** Disables the select; the state is still shown. */
  disabled?: WweAgentState["disabled"];
  /** The agent's current state as the desktop last reported it. */
  agentState?: WweAgentState["agentState"];
  /** The states the agent can choose, in the desktop's order. */
  stateList?: WweAgentState["stateList"];
  /** The desktop accepted a state change made here. */
  "onwwe-agent-state-change"?: (e: CustomEvent<{ operationName: string }>) => void;
  /** The change failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweCallControlsProps = {
  /** The call to handle; when absent, the kit's target interaction. */
  "interaction-id"?: WweCallControls["interactionId"];
  /** The consult / transfer / conference target: a phone number, or the destination of `target-type`. */
  destination?: WweCallControls["destination"];
  /** What `destination` is: `CUSTOM_CONTACT` (a phone number, the default), `AGENT`, `AGENT_GROUP`, `SKILL`, `INTERACTION_QUEUE` or `ROUTING_POINT`. */
  "target-type"?: WweCallControls["targetType"];
  /** Disables every button. */
  disabled?: WweCallControls["disabled"];
  /** The voice call the element handles now, if any. */
  interaction?: WweCallControls["interaction"];
  /** The desktop accepted a call action (for complete transfer/conference, `interactionId` is the consultation's id). */
  "onwwe-call-action"?: (
    e: CustomEvent<{
      action:
        | "answer"
        | "hold"
        | "resume"
        | "hangUp"
        | "markdone"
        | "consult"
        | "transfer"
        | "conference"
        | "completeTransfer"
        | "completeConference";
      interactionId: string;
    }>,
  ) => void;
  /** A call action failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweCaseSelectorProps = {
  /** Shows the cases without letting the agent select one. */
  disabled?: WweCaseSelector["disabled"];
  /** The agent's cases, in the desktop's order. */
  cases?: WweCaseSelector["cases"];
  /** The case Agent Desktop shows selected. */
  selectedCaseId?: WweCaseSelector["selectedCaseId"];
  /** The desktop accepted the selection of a case. */
  "onwwe-case-select"?: (e: CustomEvent<{ caseId: string }>) => void;
  /** Selecting failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweConnectionStatusProps = {
  /** The desktop's origin, e.g. `https://wwe.example.com`: requests go only there and answers are accepted only from there. */
  "desktop-origin"?: WweConnectionStatus["desktopOrigin"];
  /** The desktops this page may be in, when `desktop-origin` is not set: origins or wildcards as the
whole leftmost label, separated by spaces or commas (`https://wwe.example.com https://*.example.com`).
A desktop whose origin matches none is refused (`ORIGIN_UNTRUSTED`): nothing is sent to it.
Without it, only a desktop on this machine (`localhost`, `127.0.0.1`) is trusted. */
  "desktop-origins"?: WweConnectionStatus["desktopOrigins"];
  /** Trusts whatever desktop origin the page finds (the page that frames or opens it), with a console
warning. Unsafe: any site that frames this page becomes its desktop. Prefer `desktop-origins`. */
  "allow-derived-origin"?: WweConnectionStatus["allowDerivedOrigin"];
  /** Default timeout of a request, in milliseconds (the connection's default: 10 000). */
  timeout?: WweConnectionStatus["timeout"];
  /** Timeout of the handshake, in milliseconds (default: `timeout`). */
  "handshake-timeout"?: WweConnectionStatus["handshakeTimeout"];
  /** Posts to any origin and trusts any origin of the desktop window. Unsafe: development only. */
  "allow-any-origin"?: WweConnectionStatus["allowAnyOrigin"];
  /** The connection's state now. */
  state?: WweConnectionStatus["state"];
  /** Why the connection is `unavailable` or in `error`. */
  error?: WweConnectionStatus["error"];
  /** The connection changed state. */
  "onwwe-connection-change"?: (
    e: CustomEvent<{
      state: "idle" | "connecting" | "ready" | "unavailable" | "error";
      previous: "idle" | "connecting" | "ready" | "unavailable" | "error";
      error?: Error & { code: string; request: string };
    }>,
  ) => void;
  /** A setting is invalid, or a reconnection failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweDialButtonProps = {
  /** The number to dial, as written (`+33 2 98 00 00 00`, `tel:…`); normalised before dialing. */
  number?: WweDialButton["number"];
  /** Attached data for the new call. Attribute: JSON object. */
  "user-data"?: WweDialButton["userData"];
  /** Dial extensions; when set, the button uses `voice.dialEx`. Attribute: JSON object. */
  extensions?: WweDialButton["extensions"];
  /** Disables the button. */
  disabled?: WweDialButton["disabled"];
  /** The number as it will be dialed, or undefined when it is not a phone number. */
  normalizedNumber?: WweDialButton["normalizedNumber"];
  /** The desktop accepted the dial. */
  "onwwe-dial"?: (
    e: CustomEvent<{ number: string; userData?: Record<string, unknown>; extensions?: Record<string, string> }>,
  ) => void;
  /** Dialing failed or the input is invalid; `error` is a WweError. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweEmailButtonProps = {
  /** The recipient, as written (`ana@example.com`, `mailto:ana@example.com`); checked before sending. */
  address?: WweEmailButton["address"];
  /** Attached data for the new e-mail interaction. Attribute: JSON object. */
  "user-data"?: WweEmailButton["userData"];
  /** Disables the button. */
  disabled?: WweEmailButton["disabled"];
  /** The address as it will be sent, or undefined when it is not an e-mail address. */
  normalizedAddress?: WweEmailButton["normalizedAddress"];
  /** The desktop opened the new e-mail. */
  "onwwe-email"?: (e: CustomEvent<{ address: string; userData?: Record<string, unknown> }>) => void;
  /** Creating the e-mail failed or the input is invalid. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweEventLogProps = {
  /** The channels to listen to. Attribute: names separated by commas or spaces, e.g.
`channels="agent, interaction, messenger:crm"`. Default: every core channel. */
  channels?: WweEventLog["channels"];
  /** How many events to keep; the oldest go first. A whole number of at least 1; default 200. */
  limit?: WweEventLog["limit"];
  /** While true, arriving events are held (up to `limit`) and shown on resume. */
  paused?: WweEventLog["paused"];
  /** The events shown, newest first. */
  entries?: WweEventLog["entries"];
  /** How many events arrived while paused. */
  heldCount?: WweEventLog["heldCount"];
  /** A channel name is invalid or a subscription failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweInteractionInfoProps = {
  /** The interaction to show; when absent, the kit's target interaction. */
  "interaction-id"?: WweInteractionInfo["interactionId"];
  /** The interaction shown now, if any. */
  interaction?: WweInteractionInfo["interaction"];
  /** The element follows another interaction, or none (a call arrived, the selected case changed, the followed one left the desktop). */
  "onwwe-interaction-change"?: (
    e: CustomEvent<{ interactionId: string | undefined; previous: string | undefined }>,
  ) => void;
};

export type WweMarkdoneGuardProps = {
  /** The interaction to guard; when absent, the kit's target interaction. */
  "interaction-id"?: WweMarkdoneGuard["interactionId"];
  /** Attached-data keys that must be filled before mark-done. Attribute: comma-separated. */
  "required-keys"?: WweMarkdoneGuard["requiredKeys"];
  /** The interaction guarded now (as of the last render), if any. */
  interaction?: WweMarkdoneGuard["interaction"];
  /** Whether the guard has mark-done of its interaction blocked (asked, or accepted, by the desktop). */
  blocked?: WweMarkdoneGuard["blocked"];
  /** The required keys that are blank on the guarded interaction now. */
  missingKeys?: WweMarkdoneGuard["missingKeys"];
  /** The desktop accepted a block or unblock, or lifted a block itself after its timeout. */
  "onwwe-markdone-guard-change"?: (
    e: CustomEvent<{ interactionId: string; blocked: boolean; missingKeys: string[] }>,
  ) => void;
  /** A block or unblock request failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweRecordingControlProps = {
  /** The call to control; when absent, the kit's target interaction. */
  "interaction-id"?: WweRecordingControl["interactionId"];
  /** Disables every command. */
  disabled?: WweRecordingControl["disabled"];
  /** The recording state of the call as the desktop reports it (`STOPPED`, `RECORDING`, `PAUSED`),
reflected to the `recording-state` attribute for styling; undefined without a voice call. */
  recordingState?: WweRecordingControl["recordingState"];
  /** The voice call the element controls now, if any. */
  interaction?: WweRecordingControl["interaction"];
  /** The recording state of the call changed (through the element or the desktop). */
  "onwwe-recording-change"?: (
    e: CustomEvent<{
      interactionId: string;
      recordingState: "STOPPED" | "RECORDING" | "PAUSED";
      previous: "STOPPED" | "RECORDING" | "PAUSED" | undefined;
    }>,
  ) => void;
  /** A recording command failed. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweTelLinksProps = {
  /** Attached data for every call dialed from a link. Attribute: JSON object. */
  "user-data"?: WweTelLinks["userData"];
  /** Whether link activations go to the desktop now; otherwise links behave as plain links. */
  dialsThroughDesktop?: WweTelLinks["dialsThroughDesktop"];
  /** The desktop accepted a dial. */
  "onwwe-dial"?: (e: CustomEvent<{ number: string; userData?: Record<string, unknown> }>) => void;
  /** Dialing failed, or the link or the user data is invalid. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweToastTriggerProps = {
  /** Title of the toast. (`title` would be the element's own tooltip.) */
  "toast-title"?: WweToastTrigger["toastTitle"];
  /** Subject line of the toast. */
  subject?: WweToastTrigger["subject"];
  /** Text of the toast; `\n` breaks lines. */
  message?: WweToastTrigger["message"];
  /** Address of the toast's icon. */
  "icon-url"?: WweToastTrigger["iconUrl"];
  /** Button labels. Attribute: JSON array, e.g. `buttons='["Accept","Decline"]'`. */
  buttons?: WweToastTrigger["buttons"];
  /** Key/value lines shown in the toast. Attribute: JSON object of texts. */
  "key-values"?: WweToastTrigger["keyValues"];
  /** Milliseconds before the desktop closes the toast by itself; 0 or absent keeps it open. */
  "auto-close"?: WweToastTrigger["autoClose"];
  /** Renders no button, only the status line and live region: the page drives the toast from code. */
  headless?: WweToastTrigger["headless"];
  /** The id of the open toast (e.g. `wweCustomToast0`); absent while none is open. */
  "toast-id"?: WweToastTrigger["toastId"];
  /** Whether the toast is open, as far as the page knows (the desktop does not report a dismissal). */
  isOpen?: WweToastTrigger["isOpen"];
  /** The desktop showed the toast. */
  "onwwe-toast-open"?: (e: CustomEvent<{ toastId: string }>) => void;
  /** The agent clicked a button of the toast. */
  "onwwe-toast-button-click"?: (e: CustomEvent<{ toastId: string; button: string }>) => void;
  /** The toast closed. */
  "onwwe-toast-close"?: (e: CustomEvent<{ toastId: string; reason: "element" | "desktop" }>) => void;
  /** Showing, updating or closing failed, or an attribute is invalid. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type WweUserdataEditorProps = {
  /** The interaction to edit; default: the kit's target interaction (selected case, else live call). */
  "interaction-id"?: WweUserdataEditor["interactionId"];
  /** The keys to show, in order: `Disposition, Amount`, or a JSON array of names and UserDataFieldSpecs. Default: every key. */
  keys?: WweUserdataEditor["keys"];
  /** Shows the data without any way to change it. */
  readonly?: WweUserdataEditor["readonly"];
  /** Puts values into the fields as unsaved input (`save()` writes them); `null` drops all input. */
  value?: WweUserdataEditor["value"];
  /** The values as the desktop has them, with writes in flight counted as done (optimistic): a
refused write rolls back here, while its input stays in the field and in `value`. */
  committed?: WweUserdataEditor["committed"];
  /** The interaction being edited, if any. */
  interaction?: WweUserdataEditor["interaction"];
  /** The user committed a field (Enter, leaving it, picking an option). */
  onchange?: (e: CustomEvent<Event>) => void;
  /** A field changed (typing), or the desktop changed a shown value; read `value`. */
  oninput?: (e: CustomEvent<Event>) => void;
  /** The desktop accepted a write made through the element. */
  "onwwe-userdata-change"?: (
    e: CustomEvent<{ interactionId: string; changes: Record<string, unknown>; deleted: string[] }>,
  ) => void;
  /** A write failed or `keys` is not usable. */
  "onwwe-error"?: (e: CustomEvent<{ action: string; error: Error & { code: string; request: string } }>) => void;
};

export type CustomElements = {
  /**
   * Agent state display and picker.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-agent-state-change** - The desktop accepted a state change made here.
   * - **wwe-error** - The change failed.
   *
   * ### **Methods:**
   *  - **setState(operationName: _string_): _Promise<boolean>_** - Asks the desktop to put the agent in the state named by `operationName` (an entry of
   * `stateList`). Resolves true when the desktop accepted, false otherwise (the element shows why).
   *
   * ### **CSS Properties:**
   *  - **--wwe-agent-ready-color** - Dot colour when Ready. _(default: var(--wwe-success-color))_
   * - **--wwe-agent-not-ready-color** - Dot colour when Not Ready (with or without reason). _(default: var(--wwe-danger-color))_
   * - **--wwe-agent-after-call-work-color** - Dot colour in After Call Work. _(default: var(--wwe-warning-color))_
   * - **--wwe-border-color** - Border of the select; default: the text colour at 25 %. _(default: undefined)_
   * - **--wwe-radius** - Corner radius of the select. _(default: 6px)_
   *
   * ### **CSS Parts:**
   *  - **label** - The "Agent state" label.
   * - **indicator** - The coloured dot before the select.
   * - **select** - The native select.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-agent-state": Partial<WweAgentStateProps & BaseProps & BaseEvents>;

  /**
   * Call handling buttons.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-call-action** - The desktop accepted a call action (for complete transfer/conference, `interactionId` is the consultation's id).
   * - **wwe-error** - A call action failed.
   *
   * ### **Methods:**
   *  - **perform(action: _WweCallAction_): _Promise<boolean>_** - Runs `action` on the call. Resolves true when the desktop accepted; otherwise the element shows why.
   *
   * ### **CSS Properties:**
   *  - **--wwe-accent-color** - Background of the main button (answer, resume). _(default: #1f6feb)_
   * - **--wwe-danger-color** - Colour of the hang-up button and of error text. _(default: light-dark(#c62828, #ff8a80))_
   * - **--wwe-border-color** - Border of buttons and field. _(default: color-mix(in srgb, currentColor 25%, transparent))_
   * - **--wwe-spacing** - Gap between the controls. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **actions** - The group of call buttons.
   * - **button** - Each button.
   * - **transfer** - The group with the target field and the consult/transfer/conference buttons.
   * - **input** - The target field.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-call-controls": Partial<WweCallControlsProps & BaseProps & BaseEvents>;

  /**
   * Case list and selector.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-case-select** - The desktop accepted the selection of a case.
   * - **wwe-error** - Selecting failed.
   *
   * ### **Methods:**
   *  - **select(caseId: _string_): _Promise<boolean>_** - Selects a case in Agent Desktop. Resolves true when the desktop accepted.
   *
   * ### **CSS Properties:**
   *  - **--wwe-accent-color** - Marks the selected case. _(default: #1f6feb)_
   * - **--wwe-case-selector-max-height** - Height after which the list scrolls. _(default: 20em)_
   * - **--wwe-border-color** - Borders. _(default: color-mix(in srgb, currentColor 25%, transparent))_
   *
   * ### **CSS Parts:**
   *  - **listbox** - The list of cases.
   * - **option** - One case.
   * - **interaction** - One interaction line of a case.
   * - **media-icon** - The media icon of an interaction.
   * - **parties** - The parties of an interaction.
   * - **state** - The state of an interaction.
   * - **flags** - The case's count, selected and expanded marks.
   * - **empty** - The text shown when there is no case.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-case-selector": Partial<WweCaseSelectorProps & BaseProps & BaseEvents>;

  /**
   * Connection settings and status.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-connection-change** - The connection changed state.
   * - **wwe-error** - A setting is invalid, or a reconnection failed.
   *
   * ### **Methods:**
   *  - **reconnect(): _Promise<boolean>_** - Handshakes again. Resolves true when the desktop answered, false otherwise (the element shows why).
   *
   * ### **CSS Properties:**
   *  - **--wwe-success-color** - Dot when connected. _(default: light-dark(#1b7f3b, #56d364))_
   * - **--wwe-warning-color** - Dot while connecting. _(default: light-dark(#9a6700, #e3b341))_
   * - **--wwe-danger-color** - Dot when unavailable or in error, and error text. _(default: light-dark(#c62828, #ff8a80))_
   * - **--wwe-radius** - Corner radius of the button. _(default: 6px)_
   *
   * ### **CSS Parts:**
   *  - **connection** - The row with the indicator, the state and the button.
   * - **indicator** - The coloured dot.
   * - **state** - The state, in words.
   * - **reason** - Why the connection is unavailable or in error.
   * - **channels** - Which channels' events are not arriving while their subscription is retried.
   * - **reconnect** - The Reconnect button.
   * - **status** - The line that shows an invalid setting.
   */
  "wwe-connection": Partial<WweConnectionStatusProps & BaseProps & BaseEvents>;

  /**
   * Click-to-dial button.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-dial** - The desktop accepted the dial.
   * - **wwe-error** - Dialing failed or the input is invalid; `error` is a WweError.
   *
   * ### **Methods:**
   *  - **dial(): _Promise<boolean>_** - Dials now. Resolves true when the desktop accepted, false otherwise (the element shows why).
   *
   * ### **Slots:**
   *  - _default_ - The label. Default: "Call {number}", localized.
   *
   * ### **CSS Properties:**
   *  - **--wwe-accent-color** - Background of the button. _(default: #1f6feb)_
   * - **--wwe-accent-contrast-color** - Text colour of the button. _(default: #ffffff)_
   * - **--wwe-radius** - Corner radius. _(default: 6px)_
   * - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
   *
   * ### **CSS Parts:**
   *  - **button** - The native button.
   * - **icon** - The phone icon.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-dial-button": Partial<WweDialButtonProps & BaseProps & BaseEvents>;

  /**
   * Click-to-e-mail button.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-email** - The desktop opened the new e-mail.
   * - **wwe-error** - Creating the e-mail failed or the input is invalid.
   *
   * ### **Methods:**
   *  - **create(): _Promise<boolean>_** - Opens the e-mail now. Resolves true when the desktop accepted, false otherwise (the element shows why).
   *
   * ### **Slots:**
   *  - _default_ - The label. Default: "E-mail {address}", localized.
   *
   * ### **CSS Properties:**
   *  - **--wwe-accent-color** - Background of the button. _(default: #1f6feb)_
   * - **--wwe-accent-contrast-color** - Text colour of the button. _(default: #ffffff)_
   * - **--wwe-radius** - Corner radius. _(default: 6px)_
   * - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
   *
   * ### **CSS Parts:**
   *  - **button** - The native button.
   * - **icon** - The envelope icon.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-email-button": Partial<WweEmailButtonProps & BaseProps & BaseEvents>;

  /**
   * Desktop event log for debugging.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-error** - A channel name is invalid or a subscription failed.
   *
   * ### **Methods:**
   *  - **pause(): _void_** - Holds arriving events instead of showing them.
   * - **resume(): _void_** - Shows the held events and the ones that follow.
   * - **clear(): _void_** - Forgets every event shown or held.
   *
   * ### **CSS Properties:**
   *  - **--wwe-event-log-max-height** - Height of the list before it scrolls. _(default: 24rem)_
   * - **--wwe-monospace-font** - Font of the JSON. _(default: ui-monospace, monospace)_
   * - **--wwe-border-color** - Borders of the list; default: the text colour at 25 %. _(default: undefined)_
   * - **--wwe-radius** - Corner radius of the list and buttons. _(default: 6px)_
   *
   * ### **CSS Parts:**
   *  - **toolbar** - The title and the buttons.
   * - **pause** - The Pause / Resume toggle button.
   * - **clear** - The Clear button.
   * - **list** - The list of events.
   * - **entry** - One event.
   * - **json** - The payload of an event, as JSON text.
   * - **empty** - The text shown when no event arrived yet.
   * - **status** - The line that explains a disconnected or failed state.
   */
  "wwe-event-log": Partial<WweEventLogProps & BaseProps & BaseEvents>;

  /**
   * Caller, state and duration of an interaction.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-interaction-change** - The element follows another interaction, or none (a call arrived, the selected case changed, the followed one left the desktop).
   *
   * ### **CSS Properties:**
   *  - **--wwe-muted-color** - Colour of the terms and the ANI. _(default: color-mix(in srgb, currentColor 65%, transparent))_
   * - **--wwe-spacing** - Gap between terms and values. _(default: 0.5rem)_
   *
   * ### **CSS Parts:**
   *  - **list** - The description list.
   * - **caller** - The caller's names and number.
   * - **icon** - The media icon.
   * - **duration** - The live duration.
   * - **empty** - The text shown when there is no interaction.
   * - **status** - The line that explains a disconnected or failed state.
   */
  "wwe-interaction-info": Partial<WweInteractionInfoProps & BaseProps & BaseEvents>;

  /**
   * Blocks mark-done until required attached data is filled.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-markdone-guard-change** - The desktop accepted a block or unblock, or lifted a block itself after its timeout.
   * - **wwe-error** - A block or unblock request failed.
   *
   * ### **CSS Properties:**
   *  - **--wwe-markdone-blocked-color** - Colour of the blocked state. _(default: var(--wwe-warning-color, light-dark(#9a6700, #e3b341)))_
   * - **--wwe-muted-color** - Colour of notes. _(default: color-mix(in srgb, currentColor 65%, transparent))_
   *
   * ### **CSS Parts:**
   *  - **state** - The line saying whether mark-done is blocked.
   * - **missing** - The list of missing keys.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-markdone-guard": Partial<WweMarkdoneGuardProps & BaseProps & BaseEvents>;

  /**
   * Call recording control.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-recording-change** - The recording state of the call changed (through the element or the desktop).
   * - **wwe-error** - A recording command failed.
   *
   * ### **Methods:**
   *  - **start(): _Promise<boolean>_** - Starts recording the call. Resolves true when the desktop accepted.
   * - **stop(): _Promise<boolean>_** - Stops the recording. Resolves true when the desktop accepted.
   * - **pause(): _Promise<boolean>_** - Pauses the recording. Resolves true when the desktop accepted.
   * - **resume(): _Promise<boolean>_** - Resumes a paused recording. Resolves true when the desktop accepted.
   *
   * ### **CSS Properties:**
   *  - **--wwe-recording-color** - Colour of the recording dot. _(default: var(--wwe-danger-color, light-dark(#c62828, #ff8a80)))_
   * - **--wwe-muted-color** - Colour of the elapsed time and idle dot. _(default: color-mix(in srgb, currentColor 65%, transparent))_
   * - **--wwe-spacing** - Gap between the indicator and the buttons. _(default: 0.5rem)_
   * - **--wwe-radius** - Corner radius of the buttons. _(default: 6px)_
   *
   * ### **CSS Parts:**
   *  - **indicator** - The recording indicator: dot, state and elapsed time.
   * - **dot** - The dot of the indicator; it pulses while recording.
   * - **elapsed** - The time recorded so far.
   * - **actions** - The group of command buttons.
   * - **button** - Each command button.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-recording-control": Partial<WweRecordingControlProps & BaseProps & BaseEvents>;

  /**
   * Turns the `tel:` links of its content into desktop dialing.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-dial** - The desktop accepted a dial.
   * - **wwe-error** - Dialing failed, or the link or the user data is invalid.
   *
   * ### **Methods:**
   *  - **dial(number: _string_): _Promise<boolean>_** - Dials `number` (as written, or a `tel:` URI) with the element's user data. Resolves true when the
   * desktop accepted, false otherwise (the element shows why).
   *
   * ### **Slots:**
   *  - _default_ - The content whose `tel:` links dial through the desktop.
   *
   * ### **CSS Properties:**
   *  - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
   * - **--wwe-muted-color** - Colour of the status line; default: the text colour at 65 %. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **status** - The line, after the content, that explains a disconnected, denied or failed state.
   */
  "wwe-tel-links": Partial<WweTelLinksProps & BaseProps & BaseEvents>;

  /**
   * Desktop toast (notification) trigger.
   * ---
   *
   *
   * ### **Events:**
   *  - **wwe-toast-open** - The desktop showed the toast.
   * - **wwe-toast-button-click** - The agent clicked a button of the toast.
   * - **wwe-toast-close** - The toast closed.
   * - **wwe-error** - Showing, updating or closing failed, or an attribute is invalid.
   *
   * ### **Methods:**
   *  - **show(): _Promise<string | undefined>_** - Shows the toast with the current attributes; when it is already open, brings it up to date.
   * Resolves with the toast id, or undefined when that failed (the element shows why).
   * - **updateToast(changes: _Partial<ToastContent>_): _Promise<boolean>_** - Applies `changes` to the element (`title` sets `toastTitle`, `autoCloseTimeout` sets `autoClose`)
   * and sends them to the open toast. Resolves true when the desktop took them, false when no toast
   * is open (the changes still apply to the next `show()`) or the update failed (the element shows why).
   * - **close(): _Promise<boolean>_** - Closes the toast. Resolves true when none is open any more, false when closing failed (the element shows why).
   *
   * ### **Slots:**
   *  - _default_ - The label of the trigger button. Default: "Show notification", localized.
   *
   * ### **CSS Properties:**
   *  - **--wwe-accent-color** - Background of the trigger button. _(default: #1f6feb)_
   * - **--wwe-accent-contrast-color** - Text colour of the trigger button. _(default: #ffffff)_
   * - **--wwe-radius** - Corner radius. _(default: 6px)_
   * - **--wwe-danger-color** - Colour of error text. _(default: light-dark(#c62828, #ff8a80))_
   *
   * ### **CSS Parts:**
   *  - **button** - The trigger button.
   * - **close** - The button that closes the open toast.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-toast-trigger": Partial<WweToastTriggerProps & BaseProps & BaseEvents>;

  /**
   * Attached-data editor.
   * ---
   *
   *
   * ### **Events:**
   *  - **change** - The user committed a field (Enter, leaving it, picking an option).
   * - **input** - A field changed (typing), or the desktop changed a shown value; read `value`.
   * - **wwe-userdata-change** - The desktop accepted a write made through the element.
   * - **wwe-error** - A write failed or `keys` is not usable.
   *
   * ### **Methods:**
   *  - **save(): _Promise<boolean>_** - Writes every field with unsaved input. Resolves true when the desktop accepted them all.
   * - **formResetCallback(): _void_** - The host form was reset: unsaved input goes, the fields show the desktop's values.
   *
   * ### **CSS Properties:**
   *  - **--wwe-userdata-label-width** - Width of the label column. _(default: 10em)_
   * - **--wwe-warning-color** - Colour of conflicts. _(default: light-dark(#9a6700, #e3b341))_
   * - **--wwe-danger-color** - Colour of errors. _(default: light-dark(#c62828, #ff8a80))_
   * - **--wwe-border-color** - Field borders. _(default: color-mix(in srgb, currentColor 25%, transparent))_
   *
   * ### **CSS Parts:**
   *  - **fieldset** - The group around the fields.
   * - **legend** - The group's title.
   * - **field** - One key's row.
   * - **label** - A field's label.
   * - **input** - A field's control.
   * - **field-message** - The line under a field (saving, error, conflict, read-only reason).
   * - **delete-button** - Deletes a key.
   * - **failure** - The box of a failed write.
   * - **retry-button** - Retries a failed write.
   * - **discard-button** - Drops the user's unsaved input.
   * - **conflict** - The box of a conflict.
   * - **keep-mine-button** - Keeps the user's value.
   * - **use-desktop-button** - Takes the desktop's value.
   * - **add** - The row that adds a key (when every key is shown).
   * - **add-button** - Its button.
   * - **status** - The line that explains a disconnected, denied or failed state.
   */
  "wwe-userdata-editor": Partial<WweUserdataEditorProps & BaseProps & BaseEvents>;
};
