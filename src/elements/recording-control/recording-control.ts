// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweRecordingControl } from './recording-control.component.js';

export { WweRecordingControl };
export default WweRecordingControl;

WweRecordingControl.define('wwe-recording-control');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-recording-control': WweRecordingControl;
  }
}
