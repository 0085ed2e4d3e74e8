import { WweRecordingControl } from './recording-control.component.js';

export { WweRecordingControl };
export default WweRecordingControl;

WweRecordingControl.define('wwe-recording-control');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-recording-control': WweRecordingControl;
  }
}
