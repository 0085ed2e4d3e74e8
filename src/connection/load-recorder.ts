/**
 * How the connection loads the session recorder: a dynamic import, which a bundler splits into a
 * file of its own that loads only when a page turns `record` on. Its own module so that the compat
 * script, a classic script that cannot split, can swap in a loader of the file beside it
 * (src/compat/load-recorder-beside.ts, wired by the build's alias).
 */
export const loadRecorder = (): Promise<typeof import('./recorder.js')> => import('./recorder.js');
