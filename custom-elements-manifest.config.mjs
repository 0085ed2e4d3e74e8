// custom-elements.json, and everything generated from it: VS Code custom data, JetBrains
// web-types, Vue / Svelte / JSX type declarations and React wrappers (integrations/).
// `npm run analyze` writes them all; CI fails when any is stale.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { docUrlOf, editorTypes } from './scripts/integrations/kit-elements.mjs';
import { reactWrappers } from './scripts/integrations/react-wrappers.mjs';
import { frameworkTypes } from './scripts/integrations/framework-types.mjs';

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
  // The type parser reads types through a TypeScript program, so aliases (`TargetType`) can be
  // written out as their values (`'AGENT' | …`) for the editors.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((file) => globs.some((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    typeParserPlugin(),
    sortModules(),
    editorTypes(),
    customElementVsCodePlugin({
      ...quiet,
      outdir: 'integrations/vscode',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'editorType',
      referencesTemplate: (_name, tag) => [{ name: 'Reference', url: docUrlOf(tag ?? '') }],
    }),
    customElementJetBrainsPlugin({
      ...quiet,
      outdir: 'integrations/jetbrains',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      typesSrc: 'editorType',
      referenceTemplate: (_name, tag) => ({ name: 'Reference', url: docUrlOf(tag ?? '') }),
    }),
    frameworkTypes({ outdir: 'integrations/types' }),
    reactWrappers({ outdir: 'integrations/react' }),
  ],
};
