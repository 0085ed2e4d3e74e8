// Markdown to HTML for the docs site (markdown-it): GitHub's heading anchors, and the repository's
// relative links turned into the site's: a guide's link to another guide goes to that page, a link to
// an image the site copies goes to the copy, and a link to any other repository file (src/, test/,
// demo/…) goes to that file in the repository named by package.json `repository`.
import MarkdownIt from 'markdown-it';
import { posix } from 'node:path';

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** The text of an inline token as GitHub reads it for the anchor (code spans included). */
const inlineText = (token) => (token.children ?? []).filter((child) => child.type === 'text' || child.type === 'code_inline').map((child) => child.content).join('');

/**
 * @param {object} site
 * @param {(repoPath: string) => string | undefined} site.targetOf  the site path that stands for a repository file, if any
 * @param {(repoPath: string) => boolean} site.exists  whether the repository has that file or folder
 * @param {string} site.repositoryUrl  e.g. https://github.com/owner/name
 */
export function createRenderer({ targetOf, exists, repositoryUrl }) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

  /** `href` as written in `repoPath`'s markdown, as the page at `pagePath` must link it. */
  function rewrite(href, { repoPath, pagePath, deadLinks }) {
    if (!href || EXTERNAL.test(href) || href.startsWith('#')) return href;
    const [path, hash = ''] = href.split(/(?=#)/);
    const file = posix.normalize(posix.join(posix.dirname(repoPath), decodeURI(path))).replace(/\/$/, '');
    if (!exists(file)) deadLinks.push(href);
    const target = targetOf(file);
    if (target) return posix.relative(posix.dirname(pagePath), target) + hash;
    return `${repositoryUrl}/blob/HEAD/${encodeURI(file)}${hash}`;
  }

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const href = rewrite(token.attrGet('href'), env);
    token.attrSet('href', href);
    if (EXTERNAL.test(href)) token.attrSet('rel', 'noopener');
    return defaultLinkOpen(tokens, index, options, env, self);
  };
  const defaultImage = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    token.attrSet('src', rewrite(token.attrGet('src'), env));
    return defaultImage(tokens, index, options, env, self);
  };

  /**
   * Renders one markdown file. Returns its HTML, its title (the first heading's text) and the
   * relative links (as written) to files the repository does not have.
   */
  return function render(source, { repoPath, pagePath }) {
    const env = { repoPath, pagePath, deadLinks: [] };
    const tokens = md.parse(source, env);
    const slug = slugger();
    let title;
    tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      const text = inlineText(tokens[index + 1]);
      title ??= text;
      token.attrSet('id', slug(text));
    });
    return { html: md.renderer.render(tokens, md.options, env), title, deadLinks: env.deadLinks };
  };
}

/** Repository files (relative to `repoPath`) that a markdown file's images show. */
export function imagesOf(source, repoPath) {
  const md = new MarkdownIt({ html: false });
  const found = [];
  const walk = (tokens) => {
    for (const token of tokens) {
      if (token.type === 'image') {
        const src = token.attrGet('src');
        if (src && !EXTERNAL.test(src)) found.push(posix.normalize(posix.join(posix.dirname(repoPath), decodeURI(src.split('#')[0]))));
      }
      if (token.children) walk(token.children);
    }
  };
  walk(md.parse(source, {}));
  return found;
}
