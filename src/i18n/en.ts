import { sharedTerms } from './en/shared.js';
import { dialTerms } from './en/dial.js';
import { emailTerms } from './en/email.js';
import { recordingTerms } from './en/recording.js';
import { userdataTerms } from './en/userdata.js';
import { casesTerms } from './en/cases.js';
import { toastTerms } from './en/toast.js';
import { agentTerms } from './en/agent.js';
import { callTerms } from './en/call.js';
import { markdoneTerms } from './en/markdone.js';
import { infoTerms } from './en/info.js';
import { connectionElementTerms } from './en/connection-element.js';
import { eventLogTerms } from './en/event-log.js';

/**
 * Every English term: the canonical key set. Every built-in string of every element is one of
 * these keys, in English or a translation; `{name}` placeholders are filled from the parameters.
 *
 * Each element carries only its own English (`en/<group>.ts`, given to its LocalizeController)
 * and the shared terms, not all of them (issue #12: 1.6 KB of one element). This whole set is for
 * the key type, the translations' completeness and the `en` export; no element imports it.
 */
export const en = {
  ...sharedTerms,
  ...dialTerms,
  ...emailTerms,
  ...recordingTerms,
  ...userdataTerms,
  ...casesTerms,
  ...toastTerms,
  ...agentTerms,
  ...callTerms,
  ...markdoneTerms,
  ...infoTerms,
  ...connectionElementTerms,
  ...eventLogTerms,
} as const;

export type TermKey = keyof typeof en;
