// `npm run docs`: the static docs site in site/. Home is README.md; every docs/*.md is a guide page
// (a guide added later gets its page and nav entry with no change here); every element in
// custom-elements.json gets a reference page whose live example runs against the simulator engine in
// the page. All links are relative, so the site works from any base path on any static file server.
// Pages load no inline script or style, so they also run under a strict CSP.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { elementsOf, escape, prose, referenceIntro, referenceTables } from '../element-reference.mjs';
import { createRenderer, imagesOf } from './markdown.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SITE = join(ROOT, 'site');

/** The order of the guides the nav knows; a docs/*.md not listed here comes after them, by name. */
const GUIDE_ORDER = ['THEMING', 'frameworks', 'TESTING-YOUR-PAGE', 'SECURITY', 'PROTOCOL', 'RESILIENCE', 'RECORDING', 'TESTING', 'ARCHITECTURE'];

/** The guides: README as the home page, then docs/*.md in the nav's order. */
function guides() {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
  const rank = (name) => (GUIDE_ORDER.includes(name) ? GUIDE_ORDER.indexOf(name) : GUIDE_ORDER.length);
  docs.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return [{ repoPath: 'README.md', pagePath: 'index.html' }, ...docs.map((name) => ({ repoPath: `docs/${name}.md`, pagePath: `${name.toLowerCase()}.html` }))];
}

/** `https://github.com/owner/name` from package.json `repository`. */
function repositoryUrl() {
  const { repository } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return (typeof repository === 'string' ? repository : repository.url).replace(/^git\+/, '').replace(/\.git$/, '');
}

/** Each element's example markup, from the element gallery's `<template>`s (the one place it is written). */
function gallerySnippets() {
  const html = readFileSync(join(ROOT, 'demo/elements/index.html'), 'utf8');
  const snippets = new Map();
  for (const [, tag, body] of html.matchAll(/<section class="element" id="([^"]+)"[\s\S]*?<template>([\s\S]*?)<\/template>/g)) {
    const lines = body.split('\n').filter((line) => line.trim() !== '');
    const indent = Math.min(...lines.map((line) => line.length - line.trimStart().length));
    snippets.set(tag, lines.map((line) => line.slice(indent)).join('\n'));
  }
  return snippets;
}

function page({ title, pagePath, nav, body, scripts = [], bodyClass = '' }) {
  const root = posix.relative(posix.dirname(pagePath), '.') || '.';
  const link = (target) => posix.relative(posix.dirname(pagePath), target);
  const navList = (entries) =>
    entries.map((entry) => `<li><a href="${escape(link(entry.pagePath))}"${entry.pagePath === pagePath ? ' aria-current="page"' : ''}>${escape(entry.title)}</a></li>`).join('\n');
  const frame = nav
    ? `<div class="site">
    <nav aria-label="Site">
      <a class="brand" href="${escape(link('index.html'))}">wwe-components</a>
      <h2>Guides</h2>
      <ul>
${navList(nav.guides)}
      </ul>
      <h2>Elements</h2>
      <ul>
${navList(nav.elements)}
      </ul>
    </nav>
    <main>
${body}
    </main>
    </div>`
    : body;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escape(title)} · wwe-components</title>
    <link rel="icon" href="${root}/assets/favicon.svg" />
    <link rel="stylesheet" href="${root}/assets/site.css" />
${scripts.map((src) => `    <script type="module" src="${root}/assets/${src}"></script>`).join('\n')}
  </head>
  <body${bodyClass ? ` class="${bodyClass}"` : ''}>
    ${frame}
  </body>
</html>
`;
}

function write(pagePath, html) {
  const file = join(SITE, pagePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

function elementPage(element, snippet) {
  const example = `<section class="live-example" aria-labelledby="live-example">
  <h2 id="live-example">Live example</h2>
  <p>This page plays Agent Desktop: it runs the kit's simulator engine and hosts the example app below in a frame. Drive the desktop with the buttons and watch the element react.</p>
  <div class="desktop-controls" role="group" aria-label="Desktop actions">
    <button type="button" data-action="inbound">Inbound call</button>
    <button type="button" data-action="answer">Answer</button>
    <button type="button" data-action="hold">Hold</button>
    <button type="button" data-action="resume">Resume</button>
    <button type="button" data-action="hangup">End call</button>
    <button type="button" data-action="markdone">Mark done</button>
    <button type="button" data-action="ready">Agent ready</button>
    <button type="button" data-action="notready">Agent not ready</button>
  </div>
  <output class="desktop-status" aria-live="polite"></output>
  <div class="example-host" data-title="Example app with &lt;${escape(element.tagName)}&gt;" data-src="../examples/${escape(element.tagName)}.html"></div>
  <p>The example app's markup (<a href="../examples/${escape(element.tagName)}.html">open it alone</a>; outside a desktop the element has no desktop to talk to):</p>
  <pre><code>${escape(snippet)}</code></pre>
</section>`;
  const [heading, ...intro] = referenceIntro(element);
  return [heading, ...intro, example, ...referenceTables(element)].join('\n');
}

/** The example app: the element on a page with the page's one connection, as a hosted app would have it. */
function examplePage(element, snippet) {
  const markup = element.tagName === 'wwe-connection' ? snippet : `<wwe-connection></wwe-connection>\n${snippet}`;
  return page({ title: `<${element.tagName}> example`, pagePath: `examples/${element.tagName}.html`, body: markup, scripts: ['example.js'], bodyClass: 'example-app' });
}

/**
 * The element pages' desktop and the example apps, bundled from the sources: that is the kit's
 * development build (DEV on), so a reader who opens the console sees the warnings a developer would.
 */
async function bundleScripts() {
  await build({
    entryPoints: { desktop: join(ROOT, 'scripts/docs/browser/desktop.ts'), example: join(ROOT, 'scripts/docs/browser/example.ts') },
    outdir: join(SITE, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'error',
  });
}

export async function buildSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, 'assets'), { recursive: true });

  const guideList = guides();
  const elements = elementsOf(join(ROOT, 'custom-elements.json'));
  const sources = new Map(guideList.map((guide) => [guide.repoPath, readFileSync(join(ROOT, guide.repoPath), 'utf8')]));
  const images = new Set(guideList.flatMap((guide) => imagesOf(sources.get(guide.repoPath), guide.repoPath)).filter((file) => existsSync(join(ROOT, file))));
  const pageOf = new Map(guideList.map((guide) => [guide.repoPath, guide.pagePath]));
  // An image is published at its repository path; any other file that is not a page links to the repository.
  const render = createRenderer({
    targetOf: (file) => pageOf.get(file) ?? (images.has(file) ? file : undefined),
    exists: (file) => existsSync(join(ROOT, file)),
    repositoryUrl: repositoryUrl(),
  });

  const rendered = guideList.map((guide) => {
    const { html, title, deadLinks } = render(sources.get(guide.repoPath), guide);
    return { ...guide, html, deadLinks, title: title ?? basename(guide.repoPath, '.md') };
  });
  const nav = {
    guides: rendered.map(({ pagePath, title }, index) => ({ pagePath, title: index === 0 ? 'Home' : title })),
    elements: [{ pagePath: 'elements/index.html', title: 'All elements' }, ...elements.map((element) => ({ pagePath: `elements/${element.tagName}.html`, title: `<${element.tagName}>` }))],
  };

  for (const guide of rendered) write(guide.pagePath, page({ title: guide.title, pagePath: guide.pagePath, nav, body: guide.html }));
  for (const file of images) {
    mkdirSync(dirname(join(SITE, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(SITE, file));
  }

  const snippets = gallerySnippets();
  for (const element of elements) {
    const snippet = snippets.get(element.tagName) ?? `<${element.tagName}></${element.tagName}>`;
    write(`elements/${element.tagName}.html`, page({ title: `<${element.tagName}>`, pagePath: `elements/${element.tagName}.html`, nav, body: elementPage(element, snippet), scripts: ['desktop.js'] }));
    write(`examples/${element.tagName}.html`, examplePage(element, snippet));
  }
  const list = elements.map((element) => `<li><a href="${escape(element.tagName)}.html"><code>&lt;${escape(element.tagName)}&gt;</code></a> ${prose(element.summary)}</li>`).join('\n');
  write('elements/index.html', page({ title: 'Elements', pagePath: 'elements/index.html', nav, body: `<h1>Elements</h1>\n<p>Generated from <code>custom-elements.json</code>. Each page has a live example against the simulator.</p>\n<ul class="elements">\n${list}\n</ul>` }));

  copyFileSync(join(ROOT, 'scripts/docs/site.css'), join(SITE, 'assets/site.css'));
  copyFileSync(join(ROOT, 'demo/shared/favicon.svg'), join(SITE, 'assets/favicon.svg'));
  await bundleScripts();
  // Links to repository files that do not exist: check:site fails on them, as on any dead link.
  const deadLinks = rendered.flatMap((guide) => guide.deadLinks.map((href) => `${guide.pagePath}: dead link ${href} (${guide.repoPath} links a file the repository does not have)`));
  return { guides: rendered.length, elements: elements.length, deadLinks };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { guides: guideCount, elements: elementCount, deadLinks } = await buildSite();
  for (const deadLink of deadLinks) console.warn(deadLink);
  console.log(`docs site: ${guideCount} guide pages and ${elementCount} element pages → site/ (open site/index.html through any static file server)`);
}
