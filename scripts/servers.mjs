// The two dev servers of `npm start` and the e2e test: the simulator shell on one origin and the
// hosted apps on another, so postMessage crosses origins as it does in production. Both serve the
// repository root (demo pages import the kit's sources); Vite compiles the TypeScript.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createServer } from 'vite';
import { frameworkPlugins } from '../demo/frameworks/vite-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const SHELL_PORT = 5173;
export const APPS_PORT = 5174;

/**
 * `/wwe-components.bundle.js`: the one-file no-code bundle, built in memory from the sources on
 * first request, so a pasted snippet works with `npm start` alone, no `npm run build` first.
 * @returns {import('vite').Plugin}
 */
function noCodeBundle() {
  let built;
  return {
    name: 'wwe-no-code-bundle',
    configureServer(server) {
      server.middlewares.use('/wwe-components.bundle.js', async (_request, response, next) => {
        try {
          built ??= build({ entryPoints: [fileURLToPath(new URL('../src/bundle/bundle.ts', import.meta.url))], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' }).then((result) => result.outputFiles[0].text);
          response.setHeader('Content-Type', 'text/javascript');
          response.end(await built);
        } catch (error) {
          built = undefined;
          next(error);
        }
      });
    },
  };
}

/** `localhost` resolves to 127.0.0.1 here: bind there, and use the two names as two origins. */
function serverConfig(port, name) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    // Each server its own cache, so the two never write the same pre-bundle files.
    cacheDir: `node_modules/.vite/${name}`,
    // No dependency discovery: a late pre-bundle would reload the page under the user (or the e2e test).
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port, strictPort: true, open: false },
    // The apps server also serves the Vue, Svelte, React and Angular demos (demo/frameworks/).
    plugins: name === 'apps' ? [noCodeBundle(), ...frameworkPlugins()] : [noCodeBundle()],
  };
}

/**
 * Starts both servers. Resolves with their public URLs and a `close()` that stops both.
 * @param {{ shellPort?: number, appsPort?: number }} [ports]
 */
export async function startServers({ shellPort = SHELL_PORT, appsPort = APPS_PORT } = {}) {
  const shell = await createServer(serverConfig(shellPort, 'shell'));
  const apps = await createServer(serverConfig(appsPort, 'apps'));
  try {
    await shell.listen();
    await apps.listen();
  } catch (error) {
    await Promise.allSettled([shell.close(), apps.close()]);
    throw error;
  }
  const shellOrigin = `http://127.0.0.1:${shellPort}`;
  const appsOrigin = `http://localhost:${appsPort}`;
  return {
    shellOrigin,
    appsOrigin,
    demoUrl: `${shellOrigin}/demo/index.html`,
    close: () => Promise.all([shell.close(), apps.close()]),
  };
}
