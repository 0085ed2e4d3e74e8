import { selectCase } from '../flows/cases.js';
import { completeConference, completeTransfer, consult, singleStepConference, singleStepTransfer } from '../flows/consult.js';
import { blockMarkdone, markDone, unblockMarkdone } from '../flows/markdone.js';
import { accept, reject } from '../flows/open-media.js';
import { deleteUserData, setUserData } from '../flows/user-data.js';
import { stringParam, targetParam, textParam, userDataParam, type NamespaceHandlers } from './call.js';

export const interactionHandlers: NamespaceHandlers<'interaction'> = {
  'interaction.getInteractions': ({ desk }) => [...desk.model.interactions.values()].map((item) => desk.present(item)),
  'interaction.getByInteractionId': (call) => {
    const interaction = call.desk.model.interaction(stringParam(call, 0, 'interactionId'));
    return interaction ? call.desk.present(interaction) : null;
  },
  'interaction.getByBundleId': (call) => {
    const bundleId = stringParam(call, 0, 'bundleId');
    return [...call.desk.model.interactions.values()].filter((item) => item.bundleId === bundleId).map((item) => call.desk.present(item));
  },
  'interaction.getByCaseId': (call) =>
    call.desk.model.interactionsOfCase(stringParam(call, 0, 'caseId')).map((item) => call.desk.present(item)),
  'interaction.setUserData': (call) =>
    setUserData(call.desk, stringParam(call, 0, 'interactionId'), userDataParam(call, 1, 'keyValues', false), true),
  'interaction.deleteUserData': (call) =>
    deleteUserData(call.desk, stringParam(call, 0, 'interactionId'), stringParam(call, 1, 'key'), true),
  'interaction.selectCaseByCaseId': (call) => selectCase(call.desk, stringParam(call, 0, 'caseId')),
  'interaction.markdone': (call) => markDone(call.desk, stringParam(call, 0, 'interactionId')),
  'interaction.blockMarkdone': (call) =>
    blockMarkdone(call.desk, stringParam(call, 0, 'interactionId'), textParam(call, 1, 'warningMessage')),
  'interaction.unblockMarkdone': (call) => unblockMarkdone(call.desk, stringParam(call, 0, 'interactionId')),
  'interaction.accept': (call) => accept(call.desk, stringParam(call, 0, 'interactionId')),
  'interaction.reject': (call) => reject(call.desk, stringParam(call, 0, 'interactionId')),
  'interaction.consult': (call) =>
    call.desk.present(consult(call.desk, stringParam(call, 0, 'interactionId'), targetParam(call, 1), userDataParam(call, 2, 'userData'))),
  'interaction.singleStepTransfer': (call) => singleStepTransfer(call.desk, stringParam(call, 0, 'interactionId'), targetParam(call, 1)),
  'interaction.singleStepConference': (call) =>
    singleStepConference(call.desk, stringParam(call, 0, 'interactionId'), targetParam(call, 1)),
  'interaction.completeTransfer': (call) => completeTransfer(call.desk, stringParam(call, 0, 'consultInteractionId')),
  'interaction.completeConference': (call) => completeConference(call.desk, stringParam(call, 0, 'consultInteractionId')),
};
