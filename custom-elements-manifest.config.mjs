// custom-elements.json, and everything generated from it: VS Code custom data, JetBrains
// web-types, Vue / Svelte / JSX type declarations and React wrappers (integrations/).
// `npm run analyze` writes them all; CI fails when any is stale.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementReactWrapperPlugin } from 'custom-element-react-wrappers';

/** Element folder of a tag: `wwe-dial-button` → `dial-button` (the tag `wwe-connection` lives in connection-status). */
const folderOf = (tag) => ({ 'wwe-connection': 'connection-status' })[tag] ?? tag.replace(/^wwe-/, '');
/** From integrations/<kind>/ to the element's class declarations in the built package. */
const componentTypes = (_name, tag) => `../../dist/elements/${folderOf(tag)}/${folderOf(tag)}.component.js`;
const quiet = { hideLogs: true };

/**
 * The analyzer lists modules in file-system order, which differs from one clone to the next: sort
 * them, before the generators below read the manifest, so every machine writes the same files.
 */
const sortModules = () => ({
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
});

export default {
  globs: ['src/elements/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names custom-elements.json; an analysis into another outdir must not rewrite it.
  packagejson: false,
  plugins: [
    sortModules(),
    customElementVsCodePlugin({ ...quiet, outdir: 'integrations/vscode', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ ...quiet, outdir: 'integrations/jetbrains', webTypesFileName: 'web-types.json', packageJson: false }),
    customElementVuejsPlugin({ ...quiet, outdir: 'integrations/types', fileName: 'vue.d.ts', componentTypePath: componentTypes }),
    customElementSveltePlugin({ ...quiet, outdir: 'integrations/types', fileName: 'svelte.d.ts', componentTypePath: componentTypes }),
    customElementJsxPlugin({ ...quiet, outdir: 'integrations/types', fileName: 'jsx.d.ts', componentTypePath: componentTypes }),
    customElementReactWrapperPlugin({ ...quiet, outdir: 'integrations/react', modulePath: (_className, tag) => `../../dist/elements/${folderOf(tag)}/${folderOf(tag)}.js` }),
  ],
};
