import type { WweConnection } from '../../connection/index.js';
import type { ActionController } from '../../controllers/index.js';
import type { UserData } from '../../protocol/index.js';
import type { WriteOp } from './edit-session.js';
import { toUserData } from './form-value.js';

/**
 * Sends one write of `key` through the element's ActionController (busy state, status line,
 * wwe-error). Resolves with its outcome and the attached data a set wrote (empty for a delete).
 */
export async function sendWrite(actions: ActionController, connection: WweConnection, interactionId: string, key: string, op: WriteOp) {
  const changes: UserData = op.kind === 'set' ? toUserData([{ key, value: op.value }]) : {};
  const outcome =
    op.kind === 'set'
      ? await actions.run('interaction.setUserData', () => connection.request('interaction.setUserData', [interactionId, changes]))
      : await actions.run('interaction.deleteUserData', () => connection.request('interaction.deleteUserData', [interactionId, key]));
  return { outcome, changes };
}
