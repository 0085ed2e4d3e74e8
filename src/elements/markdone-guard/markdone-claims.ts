import { MarkdoneLedger } from './markdone-ledger.js';

/**
 * The desktop keeps one mark-done block per interaction, so the guards of one page share what
 * they ask for: each claims the keys it misses, and the desktop is told the union. One guard's
 * unblock never lifts another's block, and a guard that leaves only withdraws its own claim.
 */
export class MarkdoneClaims {
  /** What the desktop was last told, per interaction, for every guard of the page. */
  readonly ledger = new MarkdoneLedger();
  private readonly claims = new Map<string, Map<object, readonly string[]>>();

  set(interactionId: string, guard: object, missing: readonly string[]): void {
    let byGuard = this.claims.get(interactionId);
    if (!byGuard) {
      byGuard = new Map();
      this.claims.set(interactionId, byGuard);
    }
    byGuard.set(guard, missing);
  }

  drop(interactionId: string, guard: object): void {
    const byGuard = this.claims.get(interactionId);
    byGuard?.delete(guard);
    if (byGuard?.size === 0) this.claims.delete(interactionId);
  }

  /** The interactions `guard` claims something for. */
  claimedBy(guard: object): string[] {
    return [...this.claims].filter(([, byGuard]) => byGuard.has(guard)).map(([id]) => id);
  }

  /** Every key some guard misses on `interactionId`, in the order guards named them. */
  missingFor(interactionId: string): string[] {
    return [...new Set([...(this.claims.get(interactionId)?.values() ?? [])].flat())];
  }
}

const byConnection = new WeakMap<object, MarkdoneClaims>();

/** The claims of every guard on `connection` (one per page, as the connection is). */
export function claimsFor(connection: object): MarkdoneClaims {
  let claims = byConnection.get(connection);
  if (!claims) {
    claims = new MarkdoneClaims();
    byConnection.set(connection, claims);
  }
  return claims;
}
