import { changeRecording } from '../flows/recording.js';
import { answer, dial, hangUp, hold, resume } from '../flows/voice.js';
import { stringMapParam, stringParam, userDataParam, type NamespaceHandlers } from './call.js';

export const voiceHandlers: NamespaceHandlers<'voice'> = {
  'voice.dial': (call) => {
    dial(call.desk, stringParam(call, 0, 'destination'), userDataParam(call, 1, 'userData'));
  },
  'voice.dialEx': (call) => {
    stringMapParam(call, 2, 'extensions');
    dial(call.desk, stringParam(call, 0, 'destination'), userDataParam(call, 1, 'userData'));
  },
  'voice.answer': (call) => answer(call.desk, stringParam(call, 0, 'interactionId')),
  'voice.hold': (call) => hold(call.desk, stringParam(call, 0, 'interactionId')),
  'voice.resume': (call) => resume(call.desk, stringParam(call, 0, 'interactionId')),
  'voice.hangUp': (call) => hangUp(call.desk, stringParam(call, 0, 'interactionId')),
  'voice.startCallRecording': (call) => changeRecording(call.desk, stringParam(call, 0, 'interactionId'), 'start'),
  'voice.stopCallRecording': (call) => changeRecording(call.desk, stringParam(call, 0, 'interactionId'), 'stop'),
  'voice.pauseCallRecording': (call) => changeRecording(call.desk, stringParam(call, 0, 'interactionId'), 'pause'),
  'voice.resumeCallRecording': (call) => changeRecording(call.desk, stringParam(call, 0, 'interactionId'), 'resume'),
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
