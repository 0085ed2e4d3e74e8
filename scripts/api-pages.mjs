// Writes demo/api/: one reference page per element, generated from custom-elements.json, plus an
// index. Static HTML with an external stylesheet, so the pages also load under a strict CSP.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const OUT = 'demo/api';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
/** Backticked spans become <code>; everything else is text. */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function table(title, rows, columns) {
  if (!rows?.length) return '';
  const head = columns.map(([label]) => `<th scope="col">${escape(label)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map(([, read, kind]) => `<td>${kind === 'code' ? `<code>${escape(read(row))}</code>` : prose(read(row))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<section><h2>${escape(title)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

function page(title, body) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · wwe-components API</title>
    <link rel="stylesheet" href="./api.css" />
  </head>
  <body>
    <header><a href="./index.html">wwe-components API</a></header>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

const publicMembers = (element, kind) => (element.members ?? []).filter((member) => member.kind === kind && !member.privacy && !member.static && !member.name.startsWith('_'));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const element of elements) {
  const body = [
    `<h1><code>&lt;${escape(element.tagName)}&gt;</code></h1>`,
    `<p class="summary">${prose(element.summary)}</p>`,
    `<p>${prose(element.description)}</p>`,
    `<p class="import">Import: <code>import 'wwe-components/${escape(element.path.replace(/^src\//, '').replace(/\.component\.ts$/, '.js'))}';</code> · class <code>${escape(element.name)}</code></p>`,
    table('Attributes', element.attributes, [['Attribute', (row) => row.name, 'code'], ['Property', (row) => row.fieldName ?? '', 'code'], ['Type', (row) => row.type?.text ?? '', 'code'], ['Default', (row) => row.default ?? '', 'code'], ['Description', (row) => row.description]]),
    table('Properties', publicMembers(element, 'field'), [['Property', (row) => row.name, 'code'], ['Type', (row) => row.type?.text ?? '', 'code'], ['Default', (row) => row.default ?? '', 'code'], ['Description', (row) => `${row.readonly ? 'Read only. ' : ''}${row.description ?? ''}`]]),
    table('Methods', publicMembers(element, 'method'), [['Method', (row) => `${row.name}(${(row.parameters ?? []).map((parameter) => parameter.name).join(', ')})`, 'code'], ['Returns', (row) => row.return?.type?.text ?? '', 'code'], ['Description', (row) => row.description]]),
    table('Events', element.events, [['Event', (row) => row.name, 'code'], ['Detail', (row) => row.type?.text ?? '', 'code'], ['Description', (row) => row.description]]),
    table('Slots', element.slots, [['Slot', (row) => row.name || '(default)', 'code'], ['Description', (row) => row.description]]),
    table('CSS parts', element.cssParts, [['Part', (row) => row.name, 'code'], ['Description', (row) => row.description]]),
    table('CSS custom properties', element.cssProperties, [['Property', (row) => row.name, 'code'], ['Default', (row) => row.default ?? '', 'code'], ['Description', (row) => row.description]]),
  ].join('\n');
  writeFileSync(`${OUT}/${element.tagName}.html`, page(`<${element.tagName}>`, body));
}
const list = elements.map((element) => `<li><a href="./${escape(element.tagName)}.html"><code>&lt;${escape(element.tagName)}&gt;</code></a> ${prose(element.summary)}</li>`).join('\n');
writeFileSync(`${OUT}/index.html`, page('Elements', `<h1>Elements</h1>\n<p>Generated from <code>custom-elements.json</code>.</p>\n<ul class="elements">\n${list}\n</ul>`));
writeFileSync(
  `${OUT}/api.css`,
  `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
header { padding: 0.75rem 1.5rem; border-bottom: 1px solid color-mix(in srgb, currentColor 20%, transparent); }
header a { font-weight: 600; text-decoration: none; color: inherit; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
.summary { font-size: 1.15rem; }
table { width: 100%; border-collapse: collapse; margin-bottom: 1.5rem; font-size: 0.925rem; }
th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent); }
code { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
td:first-child code { white-space: nowrap; }
.elements li { margin: 0.35rem 0; }
`,
);
console.log(`api pages: ${elements.length} elements → ${OUT}/ (${readdirSync(OUT).length} files)`);
