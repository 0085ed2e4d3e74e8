import { setAgentState, setMediaState } from '../flows/agent-state.js';
import { idParam, type NamespaceHandlers } from './call.js';

export const agentHandlers: NamespaceHandlers<'agent'> = {
  'agent.get': ({ desk }) => ({ ...desk.model.agent }),
  'agent.getState': ({ desk }) => ({ ...desk.model.agentState }),
  'agent.getStateList': ({ desk }) => structuredClone(desk.model.stateList),
  // The raw value: an operationName or an index into the state list (see resolveState).
  'agent.setState': (call) => setAgentState(call.desk, call.params[0]),
};

export const mediaHandlers: NamespaceHandlers<'media'> = {
  'media.getMediaList': ({ desk }) => structuredClone(desk.model.media),
  'media.getMediaByName': (call) => {
    const name = idParam(call, 0);
    const media = call.desk.model.media.find((item) => item.media === name);
    return media ? structuredClone(media) : null;
  },
  'media.setState': (call) => setMediaState(call.desk, idParam(call, 0), call.params[1]),
};
