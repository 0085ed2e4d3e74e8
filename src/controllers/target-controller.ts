import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Interaction } from '../protocol/index.js';
import { resolveTargetInteraction, TARGET_SLICES } from '../store/index.js';
import type { DesktopController } from './desktop-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface TargetControllerOptions {
  /** The id the page named (the element's `interaction-id`); empty or absent: the kit's rule decides. */
  interactionId: () => string | null | undefined;
  /** Only an interaction of this media counts (a call for the recording control). */
  media?: Interaction['media'];
}

/**
 * The interaction an element acts on, by the kit's one rule (`resolveTargetInteraction`), watching
 * exactly the store slices that rule reads.
 *
 * When the rule finds none and no id was named, it keeps the interaction the element showed last
 * for as long as the desktop still has it: the rule picks live interactions only, so without this
 * an element would lose its call the moment it is released, exactly when the agent needs it for
 * wrap-up (disposition, mark done, final duration).
 */
export class TargetController implements ReactiveController {
  /** The interaction shown at the host's last update. */
  private followedId: string | undefined;

  constructor(
    host: Host,
    private readonly desktop: DesktopController,
    private readonly options: TargetControllerOptions,
  ) {
    desktop.watch(TARGET_SLICES);
    host.addController(this);
  }

  /** The interaction now (read it in `willUpdate` and `render`; it is the same in one update). */
  get interaction(): Interaction | undefined {
    const state = this.desktop.state;
    const explicitId = this.options.interactionId();
    const byRule = resolveTargetInteraction(state, explicitId);
    const lingering = !byRule && !explicitId && this.followedId !== undefined ? state.interactions.get(this.followedId) : undefined;
    const chosen = byRule ?? lingering;
    if (!chosen || (this.options.media !== undefined && chosen.media !== this.options.media)) return undefined;
    return chosen;
  }

  hostUpdated(): void {
    this.followedId = this.interaction?.interactionId;
  }

  hostDisconnected(): void {
    this.followedId = undefined;
  }
}
