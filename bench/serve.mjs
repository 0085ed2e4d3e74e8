// The benches' web server: files as they are on disk (dist/, bench/, demo/), on one port reached
// under two names, 127.0.0.1 and localhost, so a page and its frame are two origins (two sites:
// Chromium gives each its own process, as the desktop and a hosted app have). No dev server: no
// injected client, no inline source maps, nothing compiled while a page loads. A page's TypeScript
// entry (bench/*.ts, demo/*/*.ts) is bundled by esbuild, minified, before the browser starts
// (`prebuild`), and an import of a src/ module is served by its production build in dist/ (the
// library is built one file per module, beside the same path): a bench measures what ships.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src') + sep;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.ts': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** esbuild: `src/x/y.ts` (imported as `../src/x/y.js`) resolves to `dist/x/y.js` when the build has it. */
const shippedModules = {
  name: 'shipped-modules',
  setup(builder) {
    builder.onResolve({ filter: /^\./ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(SRC)) {
        // package.json's `sideEffects` lists the library's files only; a page's own modules
        // (demo, bench, test fixtures) run for their effects, and must not be shaken away.
        const file = [target, target.replace(/\.js$/, '.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
        return file && !file.startsWith(join(ROOT, 'dist') + sep) && !file.includes(`${sep}node_modules${sep}`) ? { path: file, sideEffects: true } : undefined;
      }
      const built = join(ROOT, 'dist', relative(SRC, target).replace(/\.(ts|js)$/, '') + '.js');
      if (existsSync(built)) return { path: built };
      // A barrel (index.ts) only re-exports, and the build folds it away; anything else is said.
      if (!/[\\/]index\.(ts|js)$/.test(target)) fromSources.add(relative(ROOT, target));
      return undefined;
    });
  },
};

const bundles = new Map();
/** src/ modules a page needed that dist/ does not have: bundled from the sources (said aloud). */
const fromSources = new Set();

/** Bundles the TypeScript entries (paths from the repository root) the pages will ask for. */
export async function prebuild(entries) {
  if (!existsSync(join(ROOT, 'dist/wwe-components.js'))) throw new Error('bench: dist/ is missing; run `npm run build` first.');
  await Promise.all(
    entries.map(async (entry) => {
      const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'error', plugins: [shippedModules] });
      bundles.set('/' + entry, result.outputFiles[0].text);
    }),
  );
  if (fromSources.size) console.warn(`bench: bundled from src/ (dist/ has no file for them: type-only, a barrel, or unused by the library): ${[...fromSources].join(', ')}`);
}

/** Starts the server on a free port; resolves with the two origins and `close()`. */
export async function startStaticServer() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(ROOT, path);
    const headers = { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' };
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
    } else if (bundles.has(path)) {
      response.writeHead(200, headers).end(bundles.get(path));
    } else if (path.endsWith('.ts') || !file.startsWith(ROOT + sep) || !existsSync(file) || !statSync(file).isFile()) {
      // A TypeScript file nobody prebuilt is a bench bug, not something to compile now.
      response.writeHead(404).end(`not found (or not prebuilt): ${path}`);
    } else {
      response.writeHead(200, headers).end(readFileSync(file));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    desktopOrigin: `http://127.0.0.1:${port}`,
    appOrigin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
