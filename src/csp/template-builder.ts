/**
 * Builds the DOM of a Lit template string with DOM APIs, never an HTML sink, so the elements
 * render under `require-trusted-types-for 'script'; trusted-types 'none'`, where neither Lit's
 * `innerHTML` nor a Trusted Types policy is allowed.
 *
 * It reads the HTML that Lit's own template strings make: elements (HTML, SVG, MathML),
 * attributes (quoted, unquoted, bare, with Lit's `$lit$` markers), text, comments and the
 * `<?lit$…$>` markers, which the HTML parser turns into comments and so does this. Only
 * developer-written template literals reach it: bound values never do.
 *
 * Contract: templates are valid HTML. The parser's repairs of invalid nesting (a button inside a
 * button, a div inside a p, implied `</li>`) are not reproduced; Lit computes its parts from the
 * DOM this makes, so bindings stay right either way, only the repaired structure would differ.
 */

const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  middot: '·',
  bull: '•',
  times: '×',
  rarr: '→',
  larr: '←',
  copy: '©',
};

/** Decodes character references the way the HTML parser does for the forms templates use. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[body.toLowerCase()] ?? match;
  });
}

interface OpenElement {
  node: ParentNode;
  name: string;
  namespace: string | null;
}

/** Appends the nodes `html` describes to `root`, creating them in `root`'s (inert) document. */
export function appendTemplateHtml(root: DocumentFragment, html: string): void {
  const doc = root.ownerDocument;
  const stack: OpenElement[] = [{ node: root, name: '#root', namespace: null }];
  const top = () => stack[stack.length - 1]!;
  let index = 0;
  // Text runs until the next node, so "x < y" stays one text node as the HTML parser makes it.
  let text = '';
  const flushText = () => {
    if (text) top().node.appendChild(doc.createTextNode(decodeEntities(text)));
    text = '';
  };

  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      text += html.slice(index);
      break;
    }
    const next = html[open + 1];
    if (next === undefined || !/[a-zA-Z!?/]/.test(next)) {
      // A lone "<" is text, as in the HTML parser.
      text += html.slice(index, open + 1);
      index = open + 1;
      continue;
    }
    text += html.slice(index, open);
    flushText();
    if (/^<!doctype/i.test(html.slice(open, open + 9))) {
      // Template content ignores a DOCTYPE token.
      const close = html.indexOf('>', open);
      index = close === -1 ? html.length : close + 1;
    } else if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      const end = close === -1 ? html.length : close;
      top().node.appendChild(doc.createComment(html.slice(open + 4, end)));
      index = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      // Bogus comments: `<?lit$…$>` keeps its "?", `<!x>` loses its "!", as the HTML parser does.
      const close = html.indexOf('>', open);
      const end = close === -1 ? html.length : close;
      top().node.appendChild(doc.createComment(html.slice(open + (next === '!' ? 2 : 1), end)));
      index = end + 1;
    } else if (next === '/') {
      const close = html.indexOf('>', open);
      const name = html.slice(open + 2, close === -1 ? html.length : close).trim().toLowerCase();
      const at = stack.map((entry) => entry.name.toLowerCase()).lastIndexOf(name);
      if (at > 0) stack.length = at;
      index = close === -1 ? html.length : close + 1;
    } else {
      index = readStartTag(html, open, doc, stack);
    }
  }
  flushText();
}

/** Reads `<name attrs…>` at `open`; answers the index after it. */
function readStartTag(html: string, open: number, doc: Document, stack: OpenElement[]): number {
  const parent = stack[stack.length - 1]!;
  let index = open + 1;
  const nameMatch = /^[^\s/>]+/.exec(html.slice(index))!;
  const written = nameMatch[0];
  index += written.length;
  const lower = written.toLowerCase();
  const namespace = lower === 'svg' ? SVG : lower === 'math' ? MATHML : parent.namespace === SVG && parent.name === 'foreignObject' ? null : parent.namespace;
  const element = namespace ? doc.createElementNS(namespace, written) : doc.createElement(lower);

  let selfClosing = false;
  for (;;) {
    while (index < html.length && /\s/.test(html[index]!)) index++;
    if (index >= html.length) break;
    if (html[index] === '>') {
      index++;
      break;
    }
    if (html.startsWith('/>', index)) {
      selfClosing = true;
      index += 2;
      break;
    }
    if (html[index] === '/') {
      index++;
      continue;
    }
    const attrName = /^[^\s/>][^\s/>=]*/.exec(html.slice(index))![0];
    index += attrName.length;
    while (index < html.length && /\s/.test(html[index]!)) index++;
    let value = '';
    if (html[index] === '=') {
      index++;
      while (index < html.length && /\s/.test(html[index]!)) index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        const end = close === -1 ? html.length : close;
        value = html.slice(index + 1, end);
        index = end + 1;
      } else {
        const unquoted = /^[^\s>]*/.exec(html.slice(index))![0];
        value = unquoted;
        index += unquoted.length;
      }
    }
    const name = namespace ? attrName : attrName.toLowerCase();
    // The HTML parser keeps the first of duplicate attributes.
    if (!element.hasAttribute(name)) element.setAttribute(name, decodeEntities(value));
  }

  parent.node.appendChild(element);
  if (RAW_TEXT.has(lower) && !namespace) {
    const close = html.toLowerCase().indexOf(`</${lower}`, index);
    const end = close === -1 ? html.length : close;
    const text = html.slice(index, end);
    // textarea and title decode references; script and style keep them as written.
    if (text) element.appendChild(doc.createTextNode(lower === 'textarea' || lower === 'title' ? decodeEntities(text) : text));
    const after = html.indexOf('>', end);
    return after === -1 ? html.length : after + 1;
  }
  const isVoid = !namespace && VOID.has(lower);
  if (!isVoid && !(selfClosing && namespace)) stack.push({ node: element, name: written, namespace });
  return index;
}

/** A `<template>` holding the nodes of `html`, made without parsing a string into the document. */
export function buildTemplate(html: string): HTMLTemplateElement {
  const template = document.createElement('template');
  appendTemplateHtml(template.content, html);
  return template;
}
