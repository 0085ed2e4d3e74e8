// Builds the package:
// - type declarations (tsc);
// - the library: ESM entries for the API, compat, simulator, and every element (class and define),
//   with lit external, as Lit recommends for libraries;
// - the no-code bundle: one self-contained file with Lit, as ESM and as a classic script;
// - the autoloader, which loads each element's code on first sight;
// - the drop-in classic script dist/wwe-service-client-api.js, and the session recorder it loads
//   from beside it when a page records;
// all of it twice: production (DEV false, its checks and warnings removed) and development
// (dist/dev/ for the library, *.dev.js for the script-tag files).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { build } from 'vite';
import { RECORDER_LOADER_BESIDE, isRecorderLoaderImport } from './recorder-beside.mjs';

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
  // `wwe-components/strict-csp`: the opt-in for pages under `trusted-types 'none'` (src/csp/lit-trusted-types.ts).
  'csp/lit-trusted-types': 'src/csp/lit-trusted-types.ts',
  // `wwe-components/testing` (in-browser test runners) and `wwe-components/testing/playwright` (Node).
  'wwe-testing': 'src/testing/index.ts',
  'testing/playwright': 'src/testing/playwright.ts',
};
for (const folder of elementFolders) {
  libraryEntries[`elements/${folder}/${folder}`] = `src/elements/${folder}/${folder}.ts`;
  libraryEntries[`elements/${folder}/${folder}.component`] = `src/elements/${folder}/${folder}.component.ts`;
}

// The one switch between the builds: src/protocol/dev.ts declares `DEV` true (the tests and the
// development build run with it); the production build rewrites that declaration to false, so
// every `if (DEV)` branch, and what only it uses, is removed as dead code. Matched with or without
// its type annotation (the source may come already stripped of types); a build fails rather than
// ship with DEV silently on.
const DEV_MODULE = /[\\/]src[\\/]protocol[\\/]dev\.ts$/;
const DEV_DECLARATION = /export const DEV(: boolean)? = true;/;
const productionFlag = {
  name: 'production-flag',
  transform(source, id) {
    if (!DEV_MODULE.test(id)) return null;
    if (!DEV_DECLARATION.test(source)) throw new Error('src/protocol/dev.ts no longer declares `export const DEV: boolean = true;`: update scripts/build.mjs');
    return source.replace(DEV_DECLARATION, 'export const DEV = false;');
  },
};

/**
 * Production builds ship the elements' CSS and HTML templates without their indentation: in every
 * `css` and `html` tagged template of src/ (outside the simulator), the static text loses CSS
 * comments and collapses each run of white space to one space (none next to CSS punctuation).
 * One space keeps HTML's rendering (white space between inline elements is one space either way;
 * no template holds text in a `pre` or `textarea`), and the bound values are not touched.
 */
const TEMPLATE_FILES = /[\\/]src[\\/](?!simulator[\\/]).*\.ts$/;
const minifyCss = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1');
const minifyHtml = (text) => text.replace(/\s+/g, ' ');
const minifyTemplates = {
  name: 'minify-templates',
  transform(code, id) {
    if (!TEMPLATE_FILES.test(id) || !/\b(css|html)`/.test(code)) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) {
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const next = minify(raw);
          if (next !== raw) edits.push([quasi.start, quasi.end, next]);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value.type === 'string') visit(value);
      }
    };
    visit(this.parse(code));
    if (edits.length === 0) return null;
    let result = code;
    for (const [start, end, text] of edits.sort((x, y) => y[0] - x[0])) result = result.slice(0, start) + text + result.slice(end);
    return { code: result, map: null };
  },
};

/**
 * For the ESM bundle's language chunks: each language gets its own copy of the small plural helper
 * (src/i18n/locales/plural.ts), so a chunk imports nothing. Shared with the bundle, the helper
 * would be a third file, or an export of the bundle that the chunk imports back by URL, which
 * evaluates a second copy of the kit when the page loaded the bundle under another URL (`?v=2`).
 */
const PLURAL = /[\\/]src[\\/]i18n[\\/]locales[\\/]plural\.ts$/;
const LANGUAGE = /[\\/]src[\\/]i18n[\\/]locales[\\/]([\w-]+)\.ts$/;
const ownPluralPerLanguage = {
  name: 'own-plural-per-language',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (source !== './plural.js' || !importer || !LANGUAGE.test(importer) || PLURAL.test(importer)) return null;
    const language = LANGUAGE.exec(importer)[1];
    if (language === 'index') return null;
    return `\0plural-of-${language}.js`;
  },
  load(id) {
    if (!id.startsWith('\0plural-of-')) return null;
    return transformSync(readFileSync('src/i18n/locales/plural.ts', 'utf8'), { loader: 'ts', format: 'esm' }).code;
  },
};

/**
 * The compat script loads `wwe-service-client-api.recorder.js`, built beside it below, the first
 * time a page turns `record` on, rather than carry it inline (2.3 KB min+gzip that a page pays
 * whether it records or not): scripts/recorder-beside.mjs.
 */
const recorderBesideScript = {
  name: 'recorder-beside-script',
  enforce: 'pre',
  resolveId: (source, importer) => (isRecorderLoaderImport(source, importer) ? RECORDER_LOADER_BESIDE : null),
};

/** One Vite library build; `dev` keeps `DEV` true (the development variant). */
function library({ entry, formats, name, minify, external, target = 'es2022', fileName, chunks = 'chunks', oneFile = false, lazyLocales = false, modules = false, outDir = 'dist', dev = false, plugins = [] }) {
  return build({
    ...shared,
    plugins: [...(dev ? [] : [productionFlag, minifyTemplates]), ...(lazyLocales ? [ownPluralPerLanguage] : []), ...plugins],
    build: {
      target,
      outDir,
      emptyOutDir: false,
      sourcemap: true,
      minify,
      lib: { entry, formats, name, fileName: fileName ?? ((_format, entryName) => `${entryName}.js`) },
      rolldownOptions: {
        external,
        output: {
          chunkFileNames: `${chunks}/[name]-[hash].js`,
          // Vite leaves the whitespace of an ES library build; a script-tag file ships minified.
          ...(minify ? { minify: true } : {}),
          // oneFile: the classic bundle keeps the lazily loaded languages inside the one file.
          ...(oneFile ? { inlineDynamicImports: true } : {}),
          // modules: one file per source module, beside its declaration, so a consumer's bundler
          // drops every module it does not use (package.json `sideEffects` names the few that
          // run code at import); shared chunks would tie the client to Lit and the elements.
          ...(modules ? { preserveModules: true, preserveModulesRoot: 'src' } : {}),
        },
      },
    },
  });
}

const litExternal = [/^lit($|\/)/, /^@lit\//];
// Production, then development: `dist/…` and `dist/dev/…` for the library (the "development"
// export condition), `<name>.dev.js` beside each script-tag file.
for (const dev of [false, true]) {
  const suffix = dev ? '.dev' : '';
  await library({ entry: libraryEntries, formats: ['es'], minify: false, external: litExternal, modules: true, outDir: dev ? 'dist/dev' : 'dist', dev });
  // The ESM bundle is one file but for the six other languages: each is a chunk beside it, loaded on
  // first use relative to the bundle's own URL (a dynamic import resolves against import.meta.url).
  // The classic bundle cannot load chunks, so it keeps all seven inside: it is the single-file build.
  await library({ entry: { [`wwe-components.bundle${suffix}`]: 'src/bundle/bundle.ts' }, formats: ['es'], minify: !dev, chunks: dev ? 'bundle-locales/dev' : 'bundle-locales', lazyLocales: true, dev });
  await library({ entry: 'src/bundle/bundle.ts', formats: ['iife'], name: 'WweComponentsBundle', minify: !dev, fileName: () => `wwe-components.bundle.classic${suffix}.js`, dev });
  await library({ entry: { [`wwe-components.autoloader${suffix}`]: 'src/bundle/autoloader.ts' }, formats: ['es'], minify: !dev, chunks: dev ? 'autoloader/dev' : 'autoloader', dev });
  await library({ entry: 'src/compat/wwe-service-client-api.ts', formats: ['iife'], name: 'WweServiceClientApi', minify: !dev, fileName: () => `wwe-service-client-api${suffix}.js`, dev, plugins: [recorderBesideScript] });
}
// One recorder file serves both compat scripts: nothing in the recorder differs by build.
await library({ entry: { 'wwe-service-client-api.recorder': 'src/connection/recorder.ts' }, formats: ['es'], minify: true });
// The desktop page openTestDesktop serves with page.route: one self-contained file beside
// dist/testing/playwright.js, which finds it through its own import.meta.url.
await library({ entry: { 'testing/wwe-test-desktop': 'src/testing/desktop-page.ts' }, formats: ['es'], minify: false, oneFile: true });
console.log(`build: dist/ written (${elementFolders.length} elements; production, and development in dist/dev/ and *.dev.js)`);
