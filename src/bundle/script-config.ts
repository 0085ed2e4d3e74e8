/**
 * Configuration without JavaScript, for pages that can only paste a snippet: `data-*` attributes
 * on the kit's own script tag. Importing this module applies them, so import it before anything
 * that defines elements (defining upgrades elements already on the page, and they connect).
 *
 * `data-desktop-origin`, `data-timeout`, `data-handshake-timeout`, `data-allow-any-origin`.
 */
import { configure, isWweError, type ConnectionOptions } from '../connection/index.js';

/** The script element that loaded the kit: the running classic script, else the module's tag. */
export function ownScript(moduleUrl?: string): HTMLScriptElement | null {
  if (typeof document === 'undefined') return null;
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.find((script) => moduleUrl !== undefined && script.src === moduleUrl) ?? document.querySelector<HTMLScriptElement>('script[data-wwe-components]');
}

/** Reads the options the script tag carries; bad numbers are left out rather than guessed. */
export function optionsFromScript(script: HTMLScriptElement | null): ConnectionOptions {
  if (!script) return {};
  const data = script.dataset;
  const options: ConnectionOptions = {};
  if (data.desktopOrigin) options.desktopOrigin = data.desktopOrigin;
  for (const [attribute, key] of [
    ['timeout', 'timeout'],
    ['handshakeTimeout', 'handshakeTimeout'],
  ] as const) {
    const value = Number(data[attribute]);
    if (data[attribute] !== undefined && Number.isFinite(value) && value > 0) options[key] = value;
  }
  if (data.allowAnyOrigin !== undefined && data.allowAnyOrigin !== 'false') options.allowAnyOrigin = true;
  return options;
}

/** Applies the script tag's options; a bad one is reported in the console, never thrown at the page. */
export function configureFromScript(moduleUrl?: string): void {
  const options = optionsFromScript(ownScript(moduleUrl));
  if (Object.keys(options).length === 0) return;
  try {
    configure(options);
  } catch (error) {
    console.error(`[wwe-components] The script tag's configuration was refused: ${isWweError(error) ? `${error.code}: ${error.message}` : String(error)}`);
  }
}
