import type { RejectReason } from './inspector-log.js';

/**
 * Why the desktop refused a desktop-side action, where a caller may branch on it (the request
 * failures a page sees carry only their message).
 */
export type SimulatorErrorCode =
  /** `setProfile` was given a name that is neither built in nor seeded on this desktop. */
  | 'PROFILE_UNKNOWN'
  /** A profile definition is not an object, or a field is missing or of the wrong kind; the message names it. */
  | 'PROFILE_INVALID'
  /** A profile definition takes the name of a built-in profile. */
  | 'PROFILE_NAME_TAKEN';

/**
 * A request or an action the desktop refuses. A request's refusal travels as the failure envelope's `errorMessage`,
 * so it is written for the developer of the hosted page.
 */
export class SimulatorError extends Error {
  constructor(
    message: string,
    /** Set when the refusal is a security decision, so the inspector shows why. */
    readonly reason?: RejectReason,
    /** Set where the caller may act on the kind of refusal (see SimulatorErrorCode). */
    readonly code?: SimulatorErrorCode,
  ) {
    super(message);
    this.name = 'SimulatorError';
  }
}
