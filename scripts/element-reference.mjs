// The element reference as HTML, read from custom-elements.json: used by demo/api/ (api-pages.mjs)
// and by the docs site (scripts/docs/build.mjs), so the two reference pages can never disagree.
import { readFileSync } from 'node:fs';

/** The manifest's custom elements, each with its module path, sorted by tag name. */
export function elementsOf(manifestPath = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
    .filter((declaration) => declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

export const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
/** Backticked spans become <code>; everything else is text. */
export const prose = (text) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function table(title, rows, columns) {
  if (!rows?.length) return '';
  const head = columns.map(([label]) => `<th scope="col">${escape(label)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map(([, read, kind]) => `<td>${kind === 'code' ? `<code>${escape(read(row))}</code>` : prose(read(row))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<section><h2>${escape(title)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></section>`;
}

const publicMembers = (element, kind) => (element.members ?? []).filter((member) => member.kind === kind && !member.privacy && !member.static && !member.name.startsWith('_'));

/** The element's title, summary, description and import line. */
export function referenceIntro(element) {
  return [
    `<h1><code>&lt;${escape(element.tagName)}&gt;</code></h1>`,
    `<p class="summary">${prose(element.summary)}</p>`,
    `<p>${prose(element.description)}</p>`,
    `<p class="import">Import: <code>import 'wwe-components/${escape(element.path.replace(/^src\//, '').replace(/\.component\.ts$/, '.js'))}';</code> · class <code>${escape(element.name)}</code></p>`,
  ];
}

/** The API tables: attributes, properties, methods, events, slots, parts, CSS properties. */
export function referenceTables(element) {
  return [
    table('Attributes', element.attributes, [['Attribute', (row) => row.name, 'code'], ['Property', (row) => row.fieldName ?? '', 'code'], ['Type', (row) => row.type?.text ?? '', 'code'], ['Default', (row) => row.default ?? '', 'code'], ['Description', (row) => row.description]]),
    table('Properties', publicMembers(element, 'field'), [['Property', (row) => row.name, 'code'], ['Type', (row) => row.type?.text ?? '', 'code'], ['Default', (row) => row.default ?? '', 'code'], ['Description', (row) => `${row.readonly ? 'Read only. ' : ''}${row.description ?? ''}`]]),
    table('Methods', publicMembers(element, 'method'), [['Method', (row) => `${row.name}(${(row.parameters ?? []).map((parameter) => parameter.name).join(', ')})`, 'code'], ['Returns', (row) => row.return?.type?.text ?? '', 'code'], ['Description', (row) => row.description]]),
    table('Events', element.events, [['Event', (row) => row.name, 'code'], ['Detail', (row) => row.type?.text ?? '', 'code'], ['Description', (row) => row.description]]),
    table('Slots', element.slots, [['Slot', (row) => row.name || '(default)', 'code'], ['Description', (row) => row.description]]),
    table('CSS parts', element.cssParts, [['Part', (row) => row.name, 'code'], ['Description', (row) => row.description]]),
    table('CSS custom properties', element.cssProperties, [['Property', (row) => row.name, 'code'], ['Default', (row) => row.default ?? '', 'code'], ['Description', (row) => row.description]]),
  ];
}
