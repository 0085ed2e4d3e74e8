/**
 * The compat script's loader of the session recorder (the build aliases it over
 * src/connection/load-recorder.ts): the recorder ships as an ES module beside the script,
 * `wwe-service-client-api.recorder.js`, and loads only when a page turns `record` on, so a page
 * that never records does not carry it (issue #12: 2.3 KB of the compat script). A classic script
 * may `import()` a module; it resolves against the script's own URL, read while the script runs.
 */
const RECORDER_FILE = 'wwe-service-client-api.recorder.js';

const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;

export const loadRecorder = (): Promise<typeof import('../connection/recorder.js')> => import(/* @vite-ignore */ new URL(RECORDER_FILE, base).href);
