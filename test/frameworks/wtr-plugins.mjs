// @ts-check
// web-test-runner plugins that let the framework tests import the demo apps as they are written:
// Vue single-file components, Svelte components, React's CommonJS packages and TSX.
// Vite does the same jobs for `npm start` (demo/frameworks/vite-plugins.mjs).
import { readFile, access } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { execPath } from 'node:process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { getRequestFilePath } from '@web/dev-server-core';
import { parse as parseVue, compileScript } from 'vue/compiler-sfc';
import { compile as compileSvelte } from 'svelte/compiler';
import { isKitElement } from '../../demo/frameworks/kit-elements.mjs';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

/** @typedef {import('@web/dev-server-core').Plugin} Plugin */

/** @param {string} file */
const exists = (file) => access(file).then(() => true, () => false);

/** @param {import('koa').Context} context */
const sourceOf = (context) => ({ file: getRequestFilePath(context.url, rootDir), source: String(context.body) });

/** @returns {Promise<string>} */
async function stripTypes(/** @type {string} */ code, /** @type {string} */ file, /** @type {'ts' | 'tsx'} */ loader) {
  const tsconfigRaw = await readFile(path.join(rootDir, 'tsconfig.json'), 'utf8');
  const result = await transform(code, { loader, sourcefile: file, sourcemap: 'inline', target: 'es2022', jsx: 'automatic', tsconfigRaw });
  return result.code;
}

/**
 * `.vue` files: compiled with the template inlined into `setup`, the kit's tags left to the
 * browser. `vue` resolves to its self-contained browser build (the bundler build expects a bundler
 * to replace `process.env.NODE_ENV`).
 * @returns {Plugin}
 */
function vuePlugin() {
  return {
    name: 'wwe-vue-sfc',
    resolveMimeType: (context) => (context.path.endsWith('.vue') ? 'js' : undefined),
    resolveImport: ({ source }) => (source === 'vue' ? '/node_modules/vue/dist/vue.runtime.esm-browser.js' : undefined),
    async transform(context) {
      if (!context.path.endsWith('.vue')) return undefined;
      const { file, source } = sourceOf(context);
      // The template is parsed once, here: the custom-element rule must reach the parser too.
      const { descriptor, errors } = parseVue(source, { filename: file, templateParseOptions: { isCustomElement: isKitElement } });
      if (errors.length > 0) throw errors[0];
      const script = compileScript(descriptor, {
        id: path.relative(rootDir, file),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: isKitElement } },
      });
      return { body: await stripTypes(script.content, file, 'ts') };
    },
  };
}

const BROWSER_CONDITIONS = new Set(['browser', 'development', 'import', 'default']);

/** Picks a target from a package.json `exports` value, as Node does, for a browser in development. */
function pickExport(/** @type {unknown} */ target) {
  if (typeof target === 'string' || target === null || typeof target !== 'object') return target;
  for (const [condition, value] of Object.entries(target)) {
    if (BROWSER_CONDITIONS.has(condition)) return pickExport(value);
  }
  return undefined;
}

/** The browser entry of `svelte…` and `esm-env…` imports, as a server path, or undefined. */
async function browserEntry(/** @type {string} */ source) {
  const match = /^(svelte|esm-env)(\/.*)?$/.exec(source);
  if (!match) return undefined;
  const [, name, subpath = ''] = match;
  const manifest = JSON.parse(await readFile(path.join(rootDir, 'node_modules', name, 'package.json'), 'utf8'));
  const target = pickExport(manifest.exports[`.${subpath}`]);
  return typeof target === 'string' ? `/node_modules/${name}/${target.replace(/^\.\//, '')}` : undefined;
}

/**
 * `.svelte` files: compiled for the client, in dev mode (runtime checks on). Svelte's imports
 * resolve with the `browser` condition, which the test server's node resolution leaves out (it
 * would load the server renderer).
 * @returns {Plugin}
 */
function sveltePlugin() {
  return {
    name: 'wwe-svelte',
    resolveMimeType: (context) => (context.path.endsWith('.svelte') ? 'js' : undefined),
    resolveImport: ({ source }) => browserEntry(source),
    async transform(context) {
      if (!context.path.endsWith('.svelte')) return undefined;
      const { file, source } = sourceOf(context);
      const { js } = compileSvelte(source, { filename: file, generate: 'client', dev: true });
      return { body: js.code };
    },
  };
}

const REACT_PREFIX = '/__react/';
/** React ships CommonJS only; these are the entry points the apps and the JSX runtime import. */
const REACT_ENTRIES = { react: 'react', 'jsx-runtime': 'react/jsx-runtime', 'react-dom': 'react-dom', 'react-dom-client': 'react-dom/client' };

/**
 * The names each React entry exports. Read in a separate node process: React's development build
 * reaches for console features that the test runner's console replacement lacks.
 * @returns {Record<string, string[]>}
 */
function reactExportNames() {
  const script = `const names = {}; for (const s of ${JSON.stringify(Object.values(REACT_ENTRIES))}) names[s] = Object.keys(require(s)); console.log(JSON.stringify(names));`;
  return JSON.parse(execFileSync(execPath, ['-e', script], { cwd: rootDir, encoding: 'utf8' }));
}

/** An ES module facade for a CommonJS package: its default export and every named export. */
function esmFacade(/** @type {string} */ specifier, /** @type {string[]} */ names) {
  const named = names.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  return `import cjs from '${specifier}';\nexport default cjs;\nexport const { ${named.join(', ')} } = cjs;\n`;
}

/**
 * React as ES modules, built once with shared chunks so the page has one React, and `.tsx`
 * compiled with the automatic JSX runtime.
 * @returns {Plugin}
 */
function reactPlugin() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundle;
  const buildReact = async () => {
    const exportNames = reactExportNames();
    const result = await build({
      entryPoints: Object.fromEntries(Object.entries(REACT_ENTRIES).map(([name, specifier]) => [name, `esm:${specifier}`])),
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: 'out',
      write: false,
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
      plugins: [
        {
          name: 'esm-facades',
          setup(esbuild) {
            esbuild.onResolve({ filter: /^esm:/ }, (args) => ({ path: args.path.slice(4), namespace: 'esm-facade' }));
            esbuild.onLoad({ filter: /.*/, namespace: 'esm-facade' }, (args) => ({ contents: esmFacade(args.path, exportNames[args.path] ?? []), resolveDir: rootDir }));
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((output) => [path.basename(output.path), output.text]));
  };
  const facadeOf = Object.fromEntries(Object.entries(REACT_ENTRIES).map(([name, specifier]) => [specifier, `${REACT_PREFIX}${name}.js`]));
  return {
    name: 'wwe-react',
    resolveMimeType: (context) => (context.path.endsWith('.tsx') ? 'js' : undefined),
    resolveImport: ({ source }) => (source in facadeOf ? facadeOf[source] : undefined),
    async serve(context) {
      if (!context.path.startsWith(REACT_PREFIX)) return undefined;
      bundle ??= buildReact();
      const body = (await bundle).get(context.path.slice(REACT_PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
    async transform(context) {
      if (!context.path.endsWith('.tsx')) return undefined;
      const { file, source } = sourceOf(context);
      return { body: await stripTypes(source, file, 'tsx') };
    },
  };
}

/**
 * Relative `.js` imports written in TypeScript (including a Vue or Svelte script) load the `.ts`
 * or `.tsx` file beside them, as TypeScript's bundler resolution does. The esbuild plugin does
 * this only for `.ts` importers and `.ts` files.
 * @returns {Plugin}
 */
function typescriptImportsPlugin() {
  return {
    name: 'wwe-typescript-imports',
    async resolveImport({ source, context }) {
      if (!source.startsWith('.') || !source.endsWith('.js') || !/\.(tsx?|vue|svelte)$/.test(context.path)) return undefined;
      const directory = path.dirname(getRequestFilePath(context.url, rootDir));
      for (const extension of ['.ts', '.tsx']) {
        const candidate = `${source.slice(0, -3)}${extension}`;
        if (await exists(path.join(directory, candidate))) return candidate;
      }
      return undefined;
    },
  };
}

const BUILT_ELEMENT = /^\.\.\/\.\.\/dist\/(elements\/[\w-]+\/[\w-]+)\.js$/;

/**
 * The generated React wrappers import the built elements (`../../dist/elements/…`); the tests
 * load them without a build, so those imports get the element sources instead.
 * @returns {Plugin}
 */
function builtElementsPlugin() {
  return {
    name: 'wwe-built-elements',
    resolveImport({ source, context }) {
      if (!context.path.startsWith('/integrations/')) return undefined;
      const match = BUILT_ELEMENT.exec(source);
      return match ? `/src/${match[1]}.ts` : undefined;
    },
  };
}

/** Every plugin the framework tests need; list them before the TypeScript (esbuild) plugin. */
export function frameworkTestPlugins() {
  return [builtElementsPlugin(), typescriptImportsPlugin(), vuePlugin(), sveltePlugin(), reactPlugin()];
}
