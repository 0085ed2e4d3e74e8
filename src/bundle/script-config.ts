/**
 * Configuration without JavaScript, for pages that can only paste a snippet: `data-*` attributes
 * on the kit's own script tag. Importing this module applies them, so import it before anything
 * that defines elements (defining upgrades elements already on the page, and they connect).
 *
 * `data-desktop-origin`, `data-desktop-origins`, `data-allow-derived-origin`, `data-timeout`,
 * `data-handshake-timeout`, `data-allow-any-origin`, read by the one options parser
 * (`connection/options.ts`), as the compat script's tag is.
 */
import { configureFromTag, writtenDataOptions } from '../connection/index.js';

/** The script element that loaded the kit: the running classic script, else the module's tag. */
export function ownScript(moduleUrl?: string): HTMLScriptElement | null {
  if (typeof document === 'undefined') return null;
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.find((script) => moduleUrl !== undefined && script.src === moduleUrl) ?? document.querySelector<HTMLScriptElement>('script[data-wwe-components]');
}

/** Applies the script tag's options; problems are reported in the console, never thrown at the page. */
export function configureFromScript(moduleUrl?: string): void {
  configureFromTag('script-tag', writtenDataOptions(ownScript(moduleUrl)));
}
