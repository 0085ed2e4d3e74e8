// Size rows for the bench table: the production files in dist/ (run.mjs builds them first), min+gz,
// each against an anchor. size-limit measures the shipped files (the budgets in .size-limit.cjs);
// the one anchor measured here, a tiny LitElement, is bundled beside the kit's one-element entry by
// the same esbuild + gzip, so that ratio compares like with like. The other anchors are published
// figures (min+gz), quoted as reference. 1 KB = 1,000 bytes, as size-limit counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Published min+gz figures, quoted (not measured here). */
const ANCHORS = {
  genesysClient: { label: "Genesys's client", bytes: 2_250, note: '2.25 KB minified, 4.1 KB as shipped' },
  materialButton: { label: 'Material Web filled button', bytes: 15_100 },
  shoelaceButton: { label: 'Shoelace button', bytes: 19_400 },
  shoelaceForm: { label: 'Shoelace button + select + option', bytes: 37_500 },
};

/** By size-limit's entry name: the goal and the anchors it is set against. */
const ENTRIES = {
  'client core (protocol + connection + client)': { goal: '≤ 4 KB', anchors: ['genesysClient'] },
  'one element with Lit (<wwe-dial-button>)': { goal: '≤ 12 KB', anchors: ['materialButton', 'shoelaceButton'] },
  'no-code bundle (every element, Lit, seven languages)': { goal: '≤ 30 KB', anchors: ['shoelaceForm'] },
  'compat script (wwe-service-client-api.js)': { goal: '≤ 4 KB', anchors: ['genesysClient'] },
};

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
const ratio = (bytes, anchor) => `${(bytes / ANCHORS[anchor].bytes).toFixed(2)}× ${ANCHORS[anchor].label}`;

/** size-limit's esbuild settings for the one-element entry (its languages load lazily: left out). */
const elementEntry = createRequire(import.meta.url)('../.size-limit.cjs').find((entry) => entry.path === 'dist/elements/dial-button/dial-button.js');

/** esbuild-bundled, minified, gzipped (level 9) size of `contents` as an entry in the repository root. */
async function bundledGzip(contents) {
  const config = { stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'error' };
  const result = await build(elementEntry?.modifyEsbuildConfig ? elementEntry.modifyEsbuildConfig(config) : config);
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

export async function sizeRows() {
  // Its esbuild warnings are about the library's files, not about what they weigh: not repeated here.
  const output = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const rows = JSON.parse(output).map((entry) => {
    const spec = ENTRIES[entry.name] ?? { goal: '', anchors: [] };
    return {
      bench: 'size (min+gz)',
      case: entry.name,
      raw: spec.anchors.map((anchor) => `${ANCHORS[anchor].label} ${kb(ANCHORS[anchor].bytes)}`).join('; '),
      ours: kb(entry.size),
      ratio: spec.anchors.map((anchor) => ratio(entry.size, anchor)).join('; '),
      goal: `${spec.goal} (CI budget ${(entry.sizeLimit / 1000).toFixed(1)} KB${entry.passed === false ? ': EXCEEDED' : ''})`,
    };
  });

  // Measured in this run, by one method for both: a LitElement with one button, and the kit's
  // one-element entry (its lazily loaded languages left out, as size-limit leaves them).
  const tiny = await bundledGzip("import { LitElement, html } from 'lit';\ncustomElements.define('tiny-button', class extends LitElement { render() { return html`<button><slot></slot></button>`; } });\n");
  const element = await bundledGzip("import './dist/elements/dial-button/dial-button.js';\n");
  rows.push({
    bench: 'size (min+gz)',
    case: 'one element with Lit, same esbuild + gzip -9 as the anchor',
    raw: `tiny LitElement ${kb(tiny)} (measured)`,
    ours: kb(element),
    ratio: `${(element / tiny).toFixed(2)}× tiny LitElement`,
    goal: '≤ 12 KB',
  });

  // A Vite app importing only { wwe, configure }: scripts/check-consumer-size.mjs builds it and
  // prints the kit's share; it exits 1 above its ceiling, which is a figure here all the same.
  const consumer = spawnSync('node', ['scripts/check-consumer-size.mjs'], { encoding: 'utf8' });
  const share = /kit share ([\d.]+) KB/.exec(consumer.stdout ?? '');
  rows.push({
    bench: 'size (min+gz)',
    case: 'client-only Vite app (`{ wwe, configure }`), the kit\'s share',
    raw: `${ANCHORS.genesysClient.label} ${kb(ANCHORS.genesysClient.bytes)}`,
    ours: share ? `${share[1]} KB` : `not measured: ${(consumer.stderr || consumer.stdout || '').trim().split('\n')[0]}`,
    ratio: share ? ratio(Number(share[1]) * 1000, 'genesysClient') : '',
    goal: `≤ 5 KB${consumer.status === 0 ? '' : ' (check-consumer-size failed: see its output)'}`,
  });
  return rows;
}
