/**
 * What the profile suite reads and does on the page and at the desktop: shadow DOM readers, waits
 * bounded by the test's budget, and the desktop's log and snapshot seen from this page.
 */
import type { Interaction } from '../../src/protocol/index.js';
import type { LogEntry } from '../../src/simulator/engine/index.js';
import type { KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/waits.js';

/** Polls until `check` holds, within the test's budget (see helpers/waits.ts). */
export function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  return waitFor(check, what);
}

export { nextEvent } from '../helpers/waits.js';

/** Whitespace-collapsed text of the first `selector` in `el`'s shadow root ('' when absent). */
export function shadowText(el: Element, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The `data-action` of every `button[data-action]` in the shadow root, in order. */
export function actionsShown(el: Element): (string | undefined)[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-action]')].map((button) => button.dataset.action);
}

export function actionButton(el: Element, action: string): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
}

export function isEnabled(el: Element, action: string): boolean {
  return actionButton(el, action)?.disabled === false;
}

/** The polite live region every element announces in. */
export function liveText(el: Element): string {
  return shadowText(el, '.visually-hidden[role="status"][aria-live]');
}

/** `m:ss` or `h:mm:ss` as seconds; NaN for anything else. */
export function clockSeconds(text: string): number {
  const match = /^(?:(\d+):)?(\d+):(\d\d)$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Sets a form control as a user does: input events, then the commit (change). */
export function typeInto(control: HTMLInputElement | HTMLSelectElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Messages the desktop received from THIS page (not from other frames), oldest first. */
export async function fromPage(kit: KitOnDesktop): Promise<LogEntry[]> {
  const frameId = kit.desktop.frameId;
  return (await kit.desktop.messages()).filter((entry) => entry.direction === 'in' && entry.frameId === frameId);
}

/** The parameters of every `name` request this page sent, oldest first. */
export async function sentParameters(kit: KitOnDesktop, name: string): Promise<unknown[][]> {
  return (await fromPage(kit))
    .filter((entry) => entry.kind === 'request' && entry.name === name)
    .map((entry) => (entry.payload as { parameters?: unknown[] }).parameters ?? []);
}

/** The desktop's own copy of an interaction (what the agent sees), if it is still there. */
export async function desktopInteraction(kit: KitOnDesktop, interactionId: string): Promise<Interaction | undefined> {
  return (await kit.desktop.snapshot()).interactions.find((ixn) => ixn.interactionId === interactionId);
}
