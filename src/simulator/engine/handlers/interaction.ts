import { selectCase } from '../flows/cases.js';
import { completeConference, completeTransfer, consult, singleStepConference, singleStepTransfer } from '../flows/consult.js';
import { blockMarkdone, markDone, unblockMarkdone } from '../flows/markdone.js';
import { accept, reject } from '../flows/open-media.js';
import { deleteUserData, setUserData } from '../flows/user-data.js';
import { idParam, optionalUserDataParam, requiredTextParam, targetParam, textParam, userDataParam, type NamespaceHandlers, type RequestCall, type RequestHandler } from './call.js';

export const interactionHandlers: NamespaceHandlers<'interaction'> = {
  'interaction.getInteractions': ({ desk }) => [...desk.model.interactions.values()].map((item) => desk.present(item)),
  'interaction.getByInteractionId': (call) => {
    const interaction = call.desk.model.interaction(idParam(call, 0));
    return interaction ? call.desk.present(interaction) : null;
  },
  'interaction.getByBundleId': (call) => {
    const bundleId = idParam(call, 0);
    return [...call.desk.model.interactions.values()].filter((item) => item.bundleId === bundleId).map((item) => call.desk.present(item));
  },
  'interaction.getByCaseId': (call) => call.desk.model.interactionsOfCase(idParam(call, 0)).map((item) => call.desk.present(item)),
  'interaction.setUserData': (call) => setUserData(call.desk, idParam(call, 0), userDataParam(call, 1, 'keyValues'), true),
  'interaction.deleteUserData': (call) => deleteUserData(call.desk, idParam(call, 0), requiredTextParam(call, 1, 'a key'), true),
  'interaction.selectCaseByCaseId': (call) => selectCase(call.desk, idParam(call, 0)),
  'interaction.markdone': (call) => markDone(call.desk, idParam(call, 0)),
  'interaction.blockMarkdone': (call) => blockMarkdone(call.desk, idParam(call, 0), textParam(call, 1)),
  'interaction.unblockMarkdone': (call) => unblockMarkdone(call.desk, idParam(call, 0)),
  'interaction.accept': (call) => accept(call.desk, idParam(call, 0)),
  'interaction.reject': (call) => reject(call.desk, idParam(call, 0)),
  'interaction.consult': (call) => call.desk.present(consult(call.desk, idParam(call, 0), targetParam(call, 1), optionalUserDataParam(call, 2))),
  'interaction.singleStepTransfer': (call) => singleStepTransfer(call.desk, idParam(call, 0), targetParam(call, 1)),
  'interaction.singleStepConference': (call) => singleStepConference(call.desk, idParam(call, 0), targetParam(call, 1)),
  'interaction.completeTransfer': (call) => completeTransfer(call.desk, idParam(call, 0)),
  'interaction.completeConference': (call) => completeConference(call.desk, idParam(call, 0)),
};

/** Adds or overwrites keys, as setUserData does; the write ACL applies. */
const writeUserData: RequestHandler = (call: RequestCall) => setUserData(call.desk, idParam(call, 0), userDataParam(call, 1, 'keyValues'), true);

/**
 * The 8.5 names of the user-data requests, which a `legacy-8.5` desktop serves beside the current
 * ones. They are not in the protocol's request map: only this desktop knows them.
 */
export const LEGACY_USER_DATA_HANDLERS: Readonly<Record<string, RequestHandler>> = {
  'interaction.attachUserData': writeUserData,
  'interaction.updateUserData': writeUserData,
};
