import { setAgentState, setMediaState } from '../flows/agent-state.js';
import { stringParam, type NamespaceHandlers } from './call.js';

export const agentHandlers: NamespaceHandlers<'agent'> = {
  'agent.get': ({ desk }) => ({ ...desk.model.agent }),
  'agent.getState': ({ desk }) => ({ ...desk.model.agentState }),
  'agent.getStateList': ({ desk }) => structuredClone(desk.model.stateList),
  'agent.setState': (call) => setAgentState(call.desk, stringParam(call, 0, 'operationName')),
};

export const mediaHandlers: NamespaceHandlers<'media'> = {
  'media.getMediaList': ({ desk }) => structuredClone(desk.model.media),
  'media.getMediaByName': (call) => {
    const name = stringParam(call, 0, 'name');
    const media = call.desk.model.media.find((item) => item.media === name);
    return media ? structuredClone(media) : null;
  },
  'media.setState': (call) => setMediaState(call.desk, stringParam(call, 0, 'mediaName'), stringParam(call, 1, 'operationName')),
};
