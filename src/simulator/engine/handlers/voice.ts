import { changeRecording } from '../flows/recording.js';
import { answer, dial, hangUp, hold, resume } from '../flows/voice.js';
import { idParam, optionalUserDataParam, requiredTextParam, type NamespaceHandlers } from './call.js';

export const voiceHandlers: NamespaceHandlers<'voice'> = {
  'voice.dial': (call) => {
    dial(call.desk, requiredTextParam(call, 0, 'a destination'), optionalUserDataParam(call, 1));
  },
  // Extensions go to the switch, which the simulator does not model.
  'voice.dialEx': (call) => {
    dial(call.desk, requiredTextParam(call, 0, 'a destination'), optionalUserDataParam(call, 1));
  },
  'voice.answer': (call) => answer(call.desk, idParam(call, 0)),
  'voice.hold': (call) => hold(call.desk, idParam(call, 0)),
  'voice.resume': (call) => resume(call.desk, idParam(call, 0)),
  'voice.hangUp': (call) => hangUp(call.desk, idParam(call, 0)),
  'voice.startCallRecording': (call) => changeRecording(call.desk, idParam(call, 0), 'start'),
  'voice.stopCallRecording': (call) => changeRecording(call.desk, idParam(call, 0), 'stop'),
  'voice.pauseCallRecording': (call) => changeRecording(call.desk, idParam(call, 0), 'pause'),
  'voice.resumeCallRecording': (call) => changeRecording(call.desk, idParam(call, 0), 'resume'),
};

export const sipEndpointHandlers: NamespaceHandlers<'sipEndpoint'> = {
  'sipEndpoint.muteMicrophone': ({ desk }) => {
    desk.model.microphoneMuted = true;
    desk.changed();
  },
  'sipEndpoint.unmuteMicrophone': ({ desk }) => {
    desk.model.microphoneMuted = false;
    desk.changed();
  },
  'sipEndpoint.muteSpeaker': ({ desk }) => {
    desk.model.speakerMuted = true;
    desk.changed();
  },
  'sipEndpoint.unmuteSpeaker': ({ desk }) => {
    desk.model.speakerMuted = false;
    desk.changed();
  },
  'sipEndpoint.isMicrophoneMute': ({ desk }) => desk.model.microphoneMuted,
  'sipEndpoint.isSpeakerMute': ({ desk }) => desk.model.speakerMuted,
};
