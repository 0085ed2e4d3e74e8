// The compat script is a classic script, which cannot split the session recorder into a chunk of
// its own: in its builds, connection.ts's `./load-recorder.js` is replaced by the loader of the file
// beside the script (src/compat/load-recorder-beside.ts). One rule for both builders that make it:
// Vite in scripts/build.mjs, esbuild in the test runner's in-memory builds.
import { fileURLToPath } from 'node:url';

export const RECORDER_LOADER_BESIDE = fileURLToPath(new URL('../src/compat/load-recorder-beside.ts', import.meta.url));

/** Whether `source`, imported by `importer`, is the connection's recorder loader. */
export function isRecorderLoaderImport(source, importer) {
  return source === './load-recorder.js' && /[\\/]src[\\/]connection[\\/]connection\.ts$/.test(importer ?? '');
}
