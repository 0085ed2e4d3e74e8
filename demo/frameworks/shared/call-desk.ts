/**
 * What the four framework demos share, so they differ only in how their framework binds: the
 * elements they use, the editor's fields and the state changes they offer. Importing this
 * defines the elements.
 */
import '../../../src/elements/dial-button/dial-button.js';
import '../../../src/elements/userdata-editor/userdata-editor.js';
import '../../../src/elements/recording-control/recording-control.js';
import '../../../src/elements/interaction-info/interaction-info.js';
import '../../../src/elements/event-log/event-log.js';
import type { UserData } from '../../../src/protocol/index.js';
import type { UserDataKeys } from '../../../src/elements/userdata-editor/userdata-editor.js';

export type { UserData };

/** The attached data the demos edit, passed to `<wwe-userdata-editor>` as a property. */
export const EDITOR_KEYS: UserDataKeys = [
  { key: 'Disposition', type: 'enum', options: ['Sale', 'No sale', 'Call back'] },
  { key: 'Notes', type: 'text' },
];

export const FIRST_NUMBER = '+33 2 98 00 00 00';

/** The app's own change to the bound data: a new object, as frameworks expect from state. */
export function markedAsSale(data: UserData): UserData {
  return { ...data, Disposition: 'Sale' };
}

/** How the demos print the bound data: sorted keys, so the text does not depend on key order. */
export function describeUserData(data: UserData): string {
  return JSON.stringify(Object.fromEntries(Object.entries(data).sort(([a], [b]) => a.localeCompare(b))));
}
