import type { TargetQuery, UserData } from '../../protocol/index.js';
import type { Desktop } from './desktop.js';
import { setAgentState, setMediaState } from './flows/agent-state.js';
import { expandCase, selectCase } from './flows/cases.js';
import { completeConference, completeTransfer, consult } from './flows/consult.js';
import { endInteraction, markDone } from './flows/markdone.js';
import { accept, chatArrival, emailArrival, endChat, type ChatArrivalSpec, type EmailArrivalSpec } from './flows/open-media.js';
import { changeRecording } from './flows/recording.js';
import { clickToastButton, closeToast } from './flows/system-ui.js';
import { deleteUserData, setUserData } from './flows/user-data.js';
import { answer, dial, hangUp, hold, inboundCall, resume, type InboundCallSpec } from './flows/voice.js';

/**
 * What the agent or the contact center does on the desktop side, for tests and a UI. Each action
 * throws a SimulatorError when the desktop would refuse it (unknown id, wrong state).
 */
export abstract class ScenarioActions {
  protected abstract readonly desk: Desktop;

  inboundCall(spec: InboundCallSpec): string {
    return inboundCall(this.desk, spec).interactionId;
  }

  /** The agent dials from the desktop (not through a page). */
  dial(destination: string, userData?: UserData): string {
    return dial(this.desk, destination, userData).interactionId;
  }

  answer(interactionId: string): void {
    answer(this.desk, interactionId);
  }

  hold(interactionId: string): void {
    hold(this.desk, interactionId);
  }

  resume(interactionId: string): void {
    resume(this.desk, interactionId);
  }

  hangUp(interactionId: string): void {
    hangUp(this.desk, interactionId);
  }

  markDone(interactionId: string): void {
    markDone(this.desk, interactionId);
  }

  /** Releases (hang up, end chat) and marks done in one step. */
  endInteraction(interactionId: string): void {
    endInteraction(this.desk, interactionId);
  }

  setAgentState(operationName: string): void {
    setAgentState(this.desk, operationName);
  }

  setMediaState(mediaName: string, operationName: string): void {
    setMediaState(this.desk, mediaName, operationName);
  }

  /** The agent edits attached data; the page write ACL does not apply to the agent. */
  setUserData(interactionId: string, keyValues: UserData): void {
    setUserData(this.desk, interactionId, keyValues, false);
  }

  deleteUserData(interactionId: string, key: string): void {
    deleteUserData(this.desk, interactionId, key, false);
  }

  startRecording(interactionId: string): void {
    changeRecording(this.desk, interactionId, 'start');
  }

  stopRecording(interactionId: string): void {
    changeRecording(this.desk, interactionId, 'stop');
  }

  pauseRecording(interactionId: string): void {
    changeRecording(this.desk, interactionId, 'pause');
  }

  resumeRecording(interactionId: string): void {
    changeRecording(this.desk, interactionId, 'resume');
  }

  selectCase(caseId: string): void {
    selectCase(this.desk, caseId);
  }

  expandCase(caseId: string, expanded: boolean): void {
    expandCase(this.desk, caseId, expanded);
  }

  chatArrival(spec: ChatArrivalSpec): string {
    return chatArrival(this.desk, spec).interactionId;
  }

  emailArrival(spec: EmailArrivalSpec): string {
    return emailArrival(this.desk, spec).interactionId;
  }

  /** Accepts an open-media invitation (or answers a ringing call). */
  accept(interactionId: string): void {
    accept(this.desk, interactionId);
  }

  endChat(interactionId: string): void {
    endChat(this.desk, interactionId);
  }

  consult(interactionId: string, target: TargetQuery): string {
    return consult(this.desk, interactionId, target).interactionId;
  }

  completeTransfer(consultInteractionId: string): void {
    completeTransfer(this.desk, consultInteractionId);
  }

  completeConference(consultInteractionId: string): void {
    completeConference(this.desk, consultInteractionId);
  }

  clickToastButton(toastId: string, button: string): void {
    clickToastButton(this.desk, toastId, button);
  }

  closeToast(toastId: string): void {
    closeToast(this.desk, toastId);
  }
}
