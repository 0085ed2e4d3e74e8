/** What the guard asked of the desktop for one interaction. */
export type MarkdoneRequestState = { readonly blocked: true; readonly warning: string } | { readonly blocked: false };

const NEVER_TOLD: MarkdoneRequestState = { blocked: false };

/**
 * What the guard last told the desktop, per interaction, so it never sends the same block or
 * unblock twice. An interaction it never told anything is unblocked (the desktop's default).
 */
export class MarkdoneLedger {
  /** `told` may be shared: the guards of every kit copy on the page keep one (markdone-claims.ts). */
  constructor(private readonly told = new Map<string, MarkdoneRequestState>()) {}

  get(interactionId: string): MarkdoneRequestState {
    return this.told.get(interactionId) ?? NEVER_TOLD;
  }

  /** Whether telling `wanted` would change anything: a block with another warning does. */
  differs(interactionId: string, wanted: MarkdoneRequestState): boolean {
    const current = this.get(interactionId);
    if (current.blocked !== wanted.blocked) return true;
    return current.blocked && wanted.blocked && current.warning !== wanted.warning;
  }

  /** Records `state` as told; returns what was recorded before, to restore if the request fails. */
  record(interactionId: string, state: MarkdoneRequestState): MarkdoneRequestState {
    const previous = this.get(interactionId);
    this.told.set(interactionId, state);
    return previous;
  }

  /** Puts `previous` back, unless something newer than `failed` was recorded in between. */
  restore(interactionId: string, failed: MarkdoneRequestState, previous: MarkdoneRequestState): void {
    if (this.told.get(interactionId) === failed) this.told.set(interactionId, previous);
  }

  forget(interactionId: string): void {
    this.told.delete(interactionId);
  }

  clear(): void {
    this.told.clear();
  }
}
