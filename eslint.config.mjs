// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // Generated files (integrations/, demo/api/) are checked by regenerating them, not by lint.
  { ignores: ['dist/', 'coverage/', 'test-results/', 'node_modules/', 'custom-elements.json', 'integrations/', 'demo/api/', 'bench/.build/', 'site/', 'demo/frameworks/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused names prefixed with _ are deliberate (destructuring a key away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Elements define themselves only in their define entry; the class stays side-effect free.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.mjs', 'bench/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The testing kit's examples: runner configs and the static server run in Node; the
    // @web/test-runner suite runs in the browser under mocha.
    files: ['examples/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['examples/testing/web-test-runner/**/*.test.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests assert on the loose shapes of wire messages.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
