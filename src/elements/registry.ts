/**
 * Every element of the kit: its tag and how to load its define entry. The autoloader loads from
 * here; `all.ts` imports the same entries for the one-file bundle (a test keeps them in step).
 */
export const ELEMENT_LOADERS = {
  'wwe-dial-button': () => import('./dial-button/dial-button.js'),
  'wwe-tel-links': () => import('./tel-links/tel-links.js'),
  'wwe-email-button': () => import('./email-button/email-button.js'),
  'wwe-recording-control': () => import('./recording-control/recording-control.js'),
  'wwe-userdata-editor': () => import('./userdata-editor/userdata-editor.js'),
  'wwe-case-selector': () => import('./case-selector/case-selector.js'),
  'wwe-toast-trigger': () => import('./toast-trigger/toast-trigger.js'),
  'wwe-agent-state': () => import('./agent-state/agent-state.js'),
  'wwe-call-controls': () => import('./call-controls/call-controls.js'),
  'wwe-markdone-guard': () => import('./markdone-guard/markdone-guard.js'),
  'wwe-interaction-info': () => import('./interaction-info/interaction-info.js'),
  'wwe-connection': () => import('./connection-status/connection-status.js'),
  'wwe-event-log': () => import('./event-log/event-log.js'),
} as const;

export type ElementTag = keyof typeof ELEMENT_LOADERS;
export const ELEMENT_TAGS = Object.keys(ELEMENT_LOADERS) as ElementTag[];

export function isElementTag(name: string): name is ElementTag {
  return Object.prototype.hasOwnProperty.call(ELEMENT_LOADERS, name);
}
