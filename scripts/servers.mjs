// The two dev servers of `npm start` and the e2e test: the simulator shell on one origin and the
// hosted apps on another, so postMessage crosses origins as it does in production. Both serve the
// repository root (demo pages import the kit's sources); Vite compiles the TypeScript.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { frameworkPlugins } from '../demo/frameworks/vite-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export const SHELL_PORT = 5173;
export const APPS_PORT = 5174;

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
    plugins: name === 'apps' ? frameworkPlugins() : [],
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
