/** What a user sees of the kit's elements, read from their shadow DOM as text. */
import type { WweUserdataEditor } from '../../src/elements/userdata-editor/userdata-editor.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element's status line (connection state, denial or last error); '' when all is well. */
export const statusLine = (el: HTMLElement) => text(el.shadowRoot!.querySelector('[part="status"]'));

export const shadowButton = (el: HTMLElement, selector = 'button') => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

export const fieldRow = (el: WweUserdataEditor, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`);
export const fieldInput = (el: WweUserdataEditor, key: string) => fieldRow(el, key)!.querySelector<HTMLInputElement>('[part="input"]')!;
/** The line under a field: "Saving…", "Not saved: …", a conflict, or ''. */
export const fieldMessage = (el: WweUserdataEditor, key: string) => text(fieldRow(el, key)?.querySelector('[part="field-message"]'));
export const fieldButton = (el: WweUserdataEditor, key: string, part: string) => fieldRow(el, key)?.querySelector<HTMLButtonElement>(`[part="${part}"]`) ?? null;

/** Types into a field as a user does (input events), then commits it (change). */
export function typeInto(el: WweUserdataEditor, key: string, value: string): void {
  const input = fieldInput(el, key);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
