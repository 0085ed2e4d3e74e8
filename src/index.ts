/**
 * wwe-components: the typed, secure client for the Agent Desktop Service Client API, its desktop
 * state, localization, and the element classes. Side-effect free: importing this registers no
 * element and opens no connection (define entries: `wwe-components/elements/<name>/<name>.js`).
 */
// Nothing here may load Lit before a page's own first import, which under `trusted-types 'none'`
// is the Trusted Types prelude (`wwe-components/strict-csp`, src/csp/lit-trusted-types.ts).
export { getConnection, configure, WweConnection, WweError, isWweError, DEFAULT_TIMEOUT } from './connection/index.js';
export type * from './connection/types.js';
export type { WweErrorCode } from './connection/errors.js';
export { parseConnectionOptions, requestedConfiguration } from './connection/index.js';
export type { ParsedOptions, OptionProblem, WrittenOption, WrittenOptions, ConfigurationSource, RequestedConfiguration } from './connection/index.js';
export { wwe, createClient } from './client/index.js';
export type { WweClient, NamespaceClient } from './client/index.js';
export * from './protocol/index.js';
export { getStore, DesktopStore, resolveTargetInteraction, isLiveInteraction } from './store/index.js';
export type { DesktopState, Slice, CaseView, ToastRecord, ConnectionSlice } from './store/index.js';
export type * from './events/index.js';
export { registerTranslation, loadTranslation, onTranslationsChange, registeredLanguages, LocalizeController, plural } from './i18n/index.js';
export type { Term, Translation, TermKey, PluralForms } from './i18n/index.js';
export { ELEMENT_TAGS } from './elements/registry.js';
export type { ElementTag } from './elements/registry.js';

export { WweDialButton } from './elements/dial-button/dial-button.component.js';
export { WweTelLinks } from './elements/tel-links/tel-links.component.js';
export { WweEmailButton } from './elements/email-button/email-button.component.js';
export { WweRecordingControl } from './elements/recording-control/recording-control.component.js';
export { WweUserdataEditor } from './elements/userdata-editor/userdata-editor.component.js';
export type { UserDataFieldSpec } from './elements/userdata-editor/field-spec.js';
export { WweCaseSelector } from './elements/case-selector/case-selector.component.js';
export { WweToastTrigger } from './elements/toast-trigger/toast-trigger.component.js';
export { WweAgentState } from './elements/agent-state/agent-state.component.js';
export { WweCallControls } from './elements/call-controls/call-controls.component.js';
export { WweMarkdoneGuard } from './elements/markdone-guard/markdone-guard.component.js';
export { WweInteractionInfo } from './elements/interaction-info/interaction-info.component.js';
export { WweConnectionStatus } from './elements/connection-status/connection-status.component.js';
export { WweEventLog } from './elements/event-log/event-log.component.js';
