import type { Interaction } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';
import { removeInteraction } from './lifecycle.js';
import { endChat } from './open-media.js';
import { isLiveCall, releaseCall } from './voice.js';

/** Blocks mark-done until unblocked or until `blockMarkdoneTimeout` passes. */
export function blockMarkdone(desk: Desktop, interactionId: string, warningMessage: string): void {
  const interaction = desk.require(interactionId);
  desk.model.markdoneBlocks.get(interactionId)?.cancelExpiry();
  const cancelExpiry = desk.timers.schedule(desk.settings.blockMarkdoneTimeout, () => unblock(desk, interaction));
  desk.model.markdoneBlocks.set(interactionId, { warningMessage, cancelExpiry });
  interaction.isMarkdoneBlocked = true;
  desk.emitMarkdone({ eventType: 'MARKDONE_BLOCKED', interactionId, warningMessage });
}

export function unblockMarkdone(desk: Desktop, interactionId: string): void {
  const interaction = desk.require(interactionId);
  if (!desk.model.markdoneBlocks.has(interactionId)) {
    throw new SimulatorError(`Mark done is not blocked for interaction '${interactionId}'`);
  }
  unblock(desk, interaction);
}

function unblock(desk: Desktop, interaction: Interaction): void {
  const block = desk.model.markdoneBlocks.get(interaction.interactionId);
  if (!block) return;
  block.cancelExpiry();
  desk.model.markdoneBlocks.delete(interaction.interactionId);
  interaction.isMarkdoneBlocked = false;
  desk.emitMarkdone({ eventType: 'MARKDONE_UNBLOCKED', interactionId: interaction.interactionId });
}

/**
 * Marks the interaction done. While blocked, the attempt is announced (MARKDONE_REQUESTED, so the
 * blocking page can react) and refused with the block's warning; the interaction stays.
 */
export function markDone(desk: Desktop, interactionId: string): void {
  const interaction = desk.require(interactionId);
  const block = desk.model.markdoneBlocks.get(interactionId);
  if (block) {
    desk.emitMarkdone({ eventType: 'MARKDONE_REQUESTED', interactionId, warningMessage: block.warningMessage });
    throw new SimulatorError(`Mark done is blocked: ${block.warningMessage}`);
  }
  if (isLiveCall(interaction)) {
    throw new SimulatorError(`Cannot mark done interaction '${interactionId}': the call is ${interaction.state}`);
  }
  if (interaction.state === 'INVITED') {
    throw new SimulatorError(`Cannot mark done interaction '${interactionId}': it is not accepted yet`);
  }
  removeInteraction(desk, interaction);
}

/** Ends the interaction whatever its state (hang up, end chat), then marks it done. */
export function endInteraction(desk: Desktop, interactionId: string): void {
  const interaction = desk.require(interactionId);
  if (isLiveCall(interaction)) releaseCall(desk, interaction);
  if (interaction.media === 'chat' && interaction.state === 'ACCEPTED') endChat(desk, interactionId);
  if (interaction.state === 'INVITED') {
    removeInteraction(desk, interaction);
    return;
  }
  markDone(desk, interactionId);
}
