// Writes demo/api/: one reference page per element, generated from custom-elements.json, plus an
// index. Static HTML with an external stylesheet, so the pages also load under a strict CSP.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { elementsOf, escape, prose, referenceIntro, referenceTables } from './element-reference.mjs';

const OUT = 'demo/api';
const elements = elementsOf();

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

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const element of elements) {
  const body = [...referenceIntro(element), ...referenceTables(element)].join('\n');
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
