/** Defines every element of the kit (the entries of registry.ts, imported statically). */
// <wwe-connection> first: it configures the connection as it upgrades, so the other elements'
// first messages already go to the origin it names, and a derived origin it overrides is never
// tried (nor refused in the console).
import './connection-status/connection-status.js';
import './dial-button/dial-button.js';
import './tel-links/tel-links.js';
import './email-button/email-button.js';
import './recording-control/recording-control.js';
import './userdata-editor/userdata-editor.js';
import './case-selector/case-selector.js';
import './toast-trigger/toast-trigger.js';
import './agent-state/agent-state.js';
import './call-controls/call-controls.js';
import './markdone-guard/markdone-guard.js';
import './interaction-info/interaction-info.js';
import './event-log/event-log.js';
