import type { Interaction, UserData } from '../../protocol/index.js';
import { EditSession } from './edit-session.js';

/** How many interactions' edits an editor keeps: more than an agent juggles at once. */
export const KEPT_SESSIONS = 20;

interface Kept<E> {
  readonly session: EditSession<E>;
  /** The attached data last taken in; undefined until the first look. */
  synced: UserData | undefined;
}

/** What following an interaction found in its attached data. */
export interface FollowResult {
  readonly conflicts: readonly string[];
  readonly changed: readonly string[];
  /** The first look at this interaction's data: nothing the user saw has changed. */
  readonly first: boolean;
}

/**
 * The edit sessions of the interactions an editor has shown, by interaction id, so that a draft, a
 * failure or a conflict survives switching to another interaction and back. The sessions not shown
 * keep taking in their interactions' data, so each sees the desktop's changes in order (what tells
 * a write's echo from a later change). The least recently shown beyond `limit` is forgotten, and so
 * is one whose interaction left the desktop. Input given before any interaction showed up (a bound
 * `value`) belongs to the first one shown.
 */
export class InteractionSessions<E> {
  /** By interaction id, least recently shown first. */
  private readonly kept = new Map<string, Kept<E>>();
  private shown: Kept<E> = { session: new EditSession<E>(), synced: undefined };
  private shownId: string | undefined;

  constructor(private readonly limit = KEPT_SESSIONS) {}

  /** The session of the interaction shown now. */
  get current(): EditSession<E> {
    return this.shown.session;
  }

  /**
   * Shows `interaction`'s session (reopening the one kept for it) and takes in its attached data
   * when they changed since that session last saw them. Undefined when there was nothing new.
   */
  follow(interaction: Interaction): FollowResult | undefined {
    const { interactionId, userData } = interaction;
    if (interactionId !== this.shownId) this.open(interactionId);
    const shown = this.shown;
    if (shown.synced === userData) return undefined;
    const first = shown.synced === undefined;
    shown.synced = userData;
    return { ...shown.session.sync(userData), first };
  }

  /**
   * Brings the sessions not shown up to date with the desktop's `interactions`, and forgets those
   * whose interaction left it. The shown one is `follow`ed instead.
   */
  catchUp(interactions: ReadonlyMap<string, Interaction>): void {
    for (const [id, kept] of this.kept) {
      if (id === this.shownId) continue;
      const userData = interactions.get(id)?.userData;
      if (userData === undefined) this.kept.delete(id);
      else if (userData !== kept.synced) {
        kept.synced = userData;
        kept.session.sync(userData);
      }
    }
  }

  /** Whether a session is kept for an interaction. */
  has(interactionId: string): boolean {
    return this.kept.has(interactionId);
  }

  private open(interactionId: string): void {
    const claimed = this.shownId === undefined ? this.shown : undefined;
    const next = this.kept.get(interactionId) ?? claimed ?? { session: new EditSession<E>(), synced: undefined };
    // Re-inserted, so the map's order stays least recently shown first.
    this.kept.delete(interactionId);
    this.kept.set(interactionId, next);
    for (const id of this.kept.keys()) {
      if (this.kept.size <= this.limit) break;
      this.kept.delete(id);
    }
    this.shown = next;
    this.shownId = interactionId;
  }
}
