/**
 * Turns each gallery section's `<template>` into a live instance and the snippet shown beside it,
 * so the two can never disagree. Import it FIRST: the instances must be in the page before the
 * desktop origin is pinned on `<wwe-connection>` and before the elements are defined.
 *
 * The snippet is written from the template's nodes rather than `innerHTML`, which would escape
 * the quotes of JSON attributes (`user-data='{"CustomerId":…}'`) into `&quot;`.
 */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function attributeText({ name, value }: Attr): string {
  if (value === '') return ` ${name}`;
  // Quote the way a person would: single quotes around JSON, double quotes otherwise.
  return value.includes('"') && !value.includes("'") ? ` ${name}='${value}'` : ` ${name}="${value.replace(/"/g, '&quot;')}"`;
}

function markupOf(node: Node): string {
  if (node instanceof Element) {
    const tag = node.localName;
    const attributes = [...node.attributes].map(attributeText).join('');
    return `<${tag}${attributes}>${[...node.childNodes].map(markupOf).join('')}</${tag}>`;
  }
  return node.nodeType === Node.TEXT_NODE ? escapeText(node.textContent ?? '') : '';
}

/** The template's markup without the indentation it has in the page. */
function snippetOf(template: HTMLTemplateElement): string {
  const lines = [...template.content.childNodes].map(markupOf).join('').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

function apiLink(tag: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'api-link';
  link.href = `/demo/api/${tag}.html`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'API reference';
  return link;
}

function tocEntry(section: HTMLElement): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `#${section.id}`;
  link.textContent = section.id;
  item.append(link);
  return item;
}

const sections = [...document.querySelectorAll<HTMLElement>('section.element')];
for (const section of sections) {
  const template = section.querySelector('template')!;
  const live = document.createElement('div');
  live.className = 'live';
  live.append(document.importNode(template.content, true));
  const code = document.createElement('code');
  code.textContent = snippetOf(template);
  const snippet = document.createElement('pre');
  snippet.className = 'snippet';
  snippet.append(code);
  section.querySelector('h2')!.after(apiLink(section.id));
  template.replaceWith(live, snippet);
}
document.getElementById('toc')!.replaceChildren(...sections.map(tocEntry));
