// Builds the package:
// - type declarations (tsc);
// - the library: ESM entries for the API, compat, simulator, and every element (class and define),
//   with lit external, as Lit recommends for libraries;
// - the no-code bundle: one self-contained file with Lit, as ESM and as a classic script;
// - the autoloader, which loads each element's code on first sight;
// - the drop-in classic script dist/wwe-service-client-api.js.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const shared = { configFile: false, logLevel: 'warn', publicDir: false };
const elementFolders = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

const libraryEntries = {
  'wwe-components': 'src/index.ts',
  'wwe-components-compat': 'src/client/compat.ts',
  'wwe-simulator': 'src/simulator/index.ts',
  'wwe-components-locales': 'src/i18n/locales/index.ts',
};
for (const folder of elementFolders) {
  libraryEntries[`elements/${folder}/${folder}`] = `src/elements/${folder}/${folder}.ts`;
  libraryEntries[`elements/${folder}/${folder}.component`] = `src/elements/${folder}/${folder}.component.ts`;
}

/** One Vite library build. */
function library({ entry, formats, name, minify, external, target = 'es2022', fileName, chunks = 'chunks', oneFile = false }) {
  return build({
    ...shared,
    build: {
      target,
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify,
      lib: { entry, formats, name, fileName: fileName ?? ((_format, entryName) => `${entryName}.js`) },
      rolldownOptions: {
        external,
        // oneFile: the no-code bundle keeps the lazily loaded languages inside the one file.
        output: { chunkFileNames: `${chunks}/[name]-[hash].js`, ...(oneFile ? { inlineDynamicImports: true } : {}) },
      },
    },
  });
}

const litExternal = [/^lit($|\/)/, /^@lit\//];
await library({ entry: libraryEntries, formats: ['es'], minify: false, external: litExternal });
await library({ entry: { 'wwe-components.bundle': 'src/bundle/bundle.ts' }, formats: ['es'], minify: true, oneFile: true });
await library({ entry: 'src/bundle/bundle.ts', formats: ['iife'], name: 'WweComponentsBundle', minify: true, target: 'es2020', fileName: () => 'wwe-components.bundle.classic.js' });
await library({ entry: { 'wwe-components.autoloader': 'src/bundle/autoloader.ts' }, formats: ['es'], minify: true, chunks: 'autoloader' });
await library({ entry: 'src/compat/wwe-service-client-api.ts', formats: ['iife'], name: 'WweServiceClientApi', minify: true, target: 'es2020', fileName: () => 'wwe-service-client-api.js' });
console.log(`build: dist/ written (${elementFolders.length} elements)`);
