// First import: lets Lit render under trusted-types 'none' (see src/csp/lit-trusted-types.ts).
import '../../csp/lit-trusted-types.js';
import { WweUserdataEditor } from './userdata-editor.component.js';

export { WweUserdataEditor };
export type { UserDataFieldSpec, UserDataFieldOption, UserDataFieldType, UserDataKeys } from './field-spec.js';
export default WweUserdataEditor;

WweUserdataEditor.define('wwe-userdata-editor');

declare global {
  interface HTMLElementTagNameMap {
    'wwe-userdata-editor': WweUserdataEditor;
  }
}
