import { pageSlot } from '../../runtime/page-runtime.js';
import { MarkdoneLedger, type MarkdoneRequestState } from './markdone-ledger.js';

/**
 * What the guards of one connection share, whichever copy of the kit defined them: the desktop
 * keeps one block per interaction, and a copy's guard must neither lift another copy's block nor
 * send it again. It lives on the page runtime (`markdone-claims.v1`) and is read by copies of
 * other versions, so it is plain Maps:
 * - `claims`: interactionId → guard element → the keys that guard misses, in its order (a guard is
 *   a Lit element of some copy: when the union changes, the others are asked to `requestUpdate()`);
 * - `told`: interactionId → what the desktop was last told, `{ blocked: true, warning }` or
 *   `{ blocked: false }`.
 */
interface SharedClaims {
  readonly claims: Map<string, Map<object, readonly string[]>>;
  readonly told: Map<string, MarkdoneRequestState>;
}

/**
 * The desktop keeps one mark-done block per interaction, so the guards of one page share what
 * they ask for: each claims the keys it misses, and the desktop is told the union. One guard's
 * unblock never lifts another's block, and a guard that leaves only withdraws its own claim.
 */
export class MarkdoneClaims {
  /** What the desktop was last told, per interaction, for every guard of the page. */
  readonly ledger: MarkdoneLedger;
  private readonly claims: SharedClaims['claims'];

  constructor(shared: SharedClaims) {
    this.claims = shared.claims;
    this.ledger = new MarkdoneLedger(shared.told);
  }

  set(interactionId: string, guard: object, missing: readonly string[]): void {
    const before = this.missingFor(interactionId).join('\n');
    let byGuard = this.claims.get(interactionId);
    if (!byGuard) {
      byGuard = new Map();
      this.claims.set(interactionId, byGuard);
    }
    byGuard.set(guard, missing);
    if (this.missingFor(interactionId).join('\n') !== before) this.refreshOthers(interactionId, guard);
  }

  drop(interactionId: string, guard: object): void {
    const before = this.missingFor(interactionId).join('\n');
    const byGuard = this.claims.get(interactionId);
    byGuard?.delete(guard);
    if (byGuard?.size === 0) this.claims.delete(interactionId);
    if (this.missingFor(interactionId).join('\n') !== before) this.refreshOthers(interactionId, guard);
  }

  /** The interactions `guard` claims something for. */
  claimedBy(guard: object): string[] {
    return [...this.claims].filter(([, byGuard]) => byGuard.has(guard)).map(([id]) => id);
  }

  /**
   * Every other guard of the interaction shows the union and whether it blocks: it renders again
   * (after this guard has told the desktop, in the same task), whichever copy it belongs to.
   */
  private refreshOthers(interactionId: string, changedBy: object): void {
    for (const guard of this.claims.get(interactionId)?.keys() ?? []) {
      if (guard !== changedBy) (guard as { requestUpdate?: () => void }).requestUpdate?.();
    }
  }

  /** Every key some guard misses on `interactionId`, in the order guards named them. */
  missingFor(interactionId: string): string[] {
    return [...new Set([...(this.claims.get(interactionId)?.values() ?? [])].flat())];
  }
}

const sharedByConnection = () => pageSlot('markdone-claims.v1', () => new WeakMap<object, SharedClaims>());
/** This copy's view of each shared record. */
const views = new WeakMap<SharedClaims, MarkdoneClaims>();

/** The claims of every guard on `connection` (one per page, as the connection is), from any kit copy. */
export function claimsFor(connection: object): MarkdoneClaims {
  const byConnection = sharedByConnection();
  let shared = byConnection.get(connection);
  if (!shared) {
    shared = { claims: new Map(), told: new Map() };
    byConnection.set(connection, shared);
  }
  let view = views.get(shared);
  if (!view) {
    view = new MarkdoneClaims(shared);
    views.set(shared, view);
  }
  return view;
}
