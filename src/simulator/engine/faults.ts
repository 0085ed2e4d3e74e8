import { matchesServicePattern } from '../../protocol/index.js';

/** Misbehaviour to inject, so pages can be tested against a slow or failing desktop. */
export interface Faults {
  /** Delay before each request is handled and answered. */
  latencyMs?: number;
  /** Handle but do not answer the next N requests (matching `dropPattern`): the page times out. */
  dropResponses?: number;
  /** Service pattern (`voice.*`, `agent.get`) the drops apply to; default every request. */
  dropPattern?: string;
  /** Service pattern → errorMessage: matching requests fail with it and change nothing. */
  hostErrors?: Record<string, string>;
  /** Treat every frame as quarantined: requests are ignored. */
  forceQuarantine?: boolean;
}

/** The active faults; `setFaults` replaces them all, so `{}` restores a healthy desktop. */
export class FaultState {
  private faults: Faults = {};
  private dropsLeft = 0;

  set(faults: Faults): void {
    this.faults = { ...faults, hostErrors: { ...faults.hostErrors } };
    this.dropsLeft = Math.max(0, Math.floor(faults.dropResponses ?? 0));
  }

  get latencyMs(): number {
    return Math.max(0, this.faults.latencyMs ?? 0);
  }

  get forceQuarantine(): boolean {
    return this.faults.forceQuarantine === true;
  }

  hostErrorFor(request: string): string | undefined {
    const entry = Object.entries(this.faults.hostErrors ?? {}).find(([pattern]) => matchesServicePattern(request, pattern));
    return entry?.[1];
  }

  /** Whether the answer to `request` must be dropped; counts the drop. */
  takeDrop(request: string): boolean {
    if (this.dropsLeft === 0) return false;
    if (!matchesServicePattern(request, this.faults.dropPattern ?? '*')) return false;
    this.dropsLeft--;
    return true;
  }

  snapshot(): Faults {
    return { ...this.faults, dropResponses: this.dropsLeft };
  }
}
