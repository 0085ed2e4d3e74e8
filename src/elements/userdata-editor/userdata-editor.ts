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
