import type { UserData } from '../../../protocol/index.js';
import type { Desktop } from '../desktop.js';
import { SimulatorError } from '../errors.js';

/** `byPage`: the request came over the wire, so the write ACL applies. The agent's own edits skip it. */
function checkWrite(desk: Desktop, keys: string[], byPage: boolean): void {
  if (!byPage) return;
  const refused = desk.acl.refusedWrites(keys);
  if (refused.length > 0) {
    throw new SimulatorError(`Writing user data key(s) ${refused.map((key) => `'${key}'`).join(', ')} is not allowed`, 'acl');
  }
}

/** Overwrites the given keys; all-or-nothing when the ACL refuses one of them. */
export function setUserData(desk: Desktop, interactionId: string, keyValues: UserData, byPage: boolean): void {
  const interaction = desk.require(interactionId);
  const keys = Object.keys(keyValues);
  checkWrite(desk, keys, byPage);
  for (const key of keys) {
    Object.defineProperty(interaction.userData, key, { value: keyValues[key], enumerable: true, writable: true, configurable: true });
  }
  desk.emitInteraction('ATTACHED_DATA_CHANGED', interaction);
}

export function deleteUserData(desk: Desktop, interactionId: string, key: string, byPage: boolean): void {
  const interaction = desk.require(interactionId);
  checkWrite(desk, [key], byPage);
  if (!Object.hasOwn(interaction.userData, key)) {
    throw new SimulatorError(`Interaction '${interactionId}' has no user data key '${key}'`);
  }
  delete interaction.userData[key];
  desk.emitInteraction('ATTACHED_DATA_CHANGED', interaction);
}
