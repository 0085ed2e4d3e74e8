// @ts-check
// What the apps server of `npm start` needs to serve demo/frameworks: Vue and Svelte compilers,
// React's CommonJS packages pre-bundled, and TSX with React's automatic runtime. Plain pages and
// the Angular demo (JIT, TypeScript only) need nothing from here.
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { isKitElement } from './kit-elements.mjs';

/**
 * The apps server finds no dependencies by itself (a late pre-bundle would reload the page), so
 * the frameworks' packages are named here and bundled when the server starts.
 * @returns {import('vite').Plugin}
 */
function frameworkDependencies() {
  return {
    name: 'wwe-framework-dependencies',
    config: () => ({
      optimizeDeps: {
        include: [
          'vue',
          'react',
          'react/jsx-runtime',
          'react/jsx-dev-runtime',
          'react-dom/client',
          '@angular/compiler',
          '@angular/core',
          '@angular/common',
          '@angular/forms',
          '@angular/platform-browser',
        ],
      },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    }),
  };
}

/** Add to the apps server's `plugins`. */
export function frameworkPlugins() {
  return [vue({ template: { compilerOptions: { isCustomElement: isKitElement } } }), svelte({ configFile: false }), frameworkDependencies()];
}
