/**
 * The conformance suite's test files, each running a group of elements: one file for all thirteen
 * would take minutes on a loaded machine. Every element is in exactly one group.
 */
import type { ElementTag } from '../../src/elements/registry.js';

export const CONFORMANCE_GROUPS = {
  buttons: ['wwe-dial-button', 'wwe-tel-links', 'wwe-email-button', 'wwe-toast-trigger'],
  calls: ['wwe-recording-control', 'wwe-call-controls', 'wwe-markdone-guard', 'wwe-userdata-editor'],
  desktop: ['wwe-case-selector', 'wwe-agent-state', 'wwe-interaction-info', 'wwe-connection', 'wwe-event-log'],
} as const satisfies Record<string, readonly ElementTag[]>;
