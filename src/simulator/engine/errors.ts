import type { RejectReason } from './inspector-log.js';

/**
 * A request the desktop refuses. Its message travels as the failure envelope's `errorMessage`,
 * so it is written for the developer of the hosted page.
 */
export class SimulatorError extends Error {
  constructor(
    message: string,
    /** Set when the refusal is a security decision, so the inspector shows why. */
    readonly reason?: RejectReason,
  ) {
    super(message);
    this.name = 'SimulatorError';
  }
}
