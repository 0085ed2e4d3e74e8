// Builds the package: type declarations (tsc), the ESM library entries (lit stays external, as Lit
// recommends for libraries), and the drop-in classic script dist/wwe-service-client-api.js.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

rmSync('dist', { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const shared = { configFile: false, logLevel: 'warn', publicDir: false };

await build({
  ...shared,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        'wwe-components': 'src/index.ts',
        'wwe-components-compat': 'src/client/compat.ts',
        'wwe-simulator': 'src/simulator/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//] },
  },
});

// A classic script, like the file it replaces: legacy pages load it with a plain <script src>.
await build({
  ...shared,
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: 'src/compat/wwe-service-client-api.ts',
      formats: ['iife'],
      name: 'WweServiceClientApi',
      fileName: () => 'wwe-service-client-api.js',
    },
  },
});
console.log('build: dist/ written');
