import { configure, getConnection, isWweError, WweError } from '../connection/index.js';
import { wwe, createClient } from '../client/index.js';
import { registerTranslation } from '../i18n/index.js';
import { getStore } from '../store/index.js';

/** What script-tag pages reach as `window.WweComponents`. */
export const globalApi = Object.freeze({ getConnection, configure, wwe, createClient, getStore, registerTranslation, isWweError, WweError });

declare global {
  interface Window {
    WweComponents?: typeof globalApi;
  }
}

/** Sets `window.WweComponents`, keeping the first when two copies of the kit load. */
export function exposeGlobalApi(): void {
  window.WweComponents ??= globalApi;
}
