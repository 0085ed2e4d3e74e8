/** Reading and typing into `<wwe-userdata-editor>` as a user sees it, for its test files. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';
import type { UserData } from '../../src/protocol/index.js';
import type { KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

export const row = (el: WweUserdataEditor, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`);
export const control = <T extends HTMLElement = HTMLInputElement>(el: WweUserdataEditor, key: string) => row(el, key)!.querySelector<T>('[part="input"]')!;
export const messageOf = (el: WweUserdataEditor, key: string) => row(el, key)?.querySelector('[part="field-message"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const partIn = (el: WweUserdataEditor, key: string, part: string) => row(el, key)?.querySelector<HTMLButtonElement>(`[part="${part}"]`) ?? null;

/** Types into a field as a user does: input events, then (`commit`) the change that commits it. */
export function typeInto(el: WweUserdataEditor, key: string, text: string, commit = true): void {
  const input = control(el, key);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What the desktop holds as the interaction's attached data. */
export async function desktopData(kit: KitOnDesktop, id: string): Promise<UserData> {
  return (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === id)!.userData;
}

/**
 * Types each text into the number field `key` key by key, as a person does (each keystroke
 * re-renders the field), checks the field keeps every character, commits with Enter, and waits for
 * the number it means to be written and to reach the desktop.
 */
export async function typeNumbers(kit: KitOnDesktop, el: WweUserdataEditor, id: string, key: string, cases: ReadonlyArray<[typed: string, stored: number]>): Promise<void> {
  for (const [typed, stored] of cases) {
    control(el, key).focus();
    control(el, key).select();
    await sendKeys({ type: typed });
    await el.updateComplete;
    expect(control(el, key).value, `while typing ${typed}`).to.equal(typed);
    const saved = oneEvent(el, 'wwe-userdata-change');
    await sendKeys({ press: 'Enter' });
    expect((await saved).detail.changes, typed).to.deep.equal({ [key]: stored });
    await waitFor(async () => (await desktopData(kit, id))[key] === stored, `${key} ${stored} on the desktop`);
  }
}
