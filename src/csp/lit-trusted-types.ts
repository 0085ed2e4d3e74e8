/**
 * Lets Lit render on pages whose policy forbids every HTML sink and every Trusted Types policy
 * (`require-trusted-types-for 'script'; trusted-types 'none'`), which enterprise CRM pages use.
 *
 * Opt-in: a page under `trusted-types 'none'` imports it (`wwe-components/strict-csp`) as its very
 * first import, before anything imports Lit; the no-code bundle and the autoloader always include
 * it. Every other page, including one that allows `trusted-types lit-html`, lets Lit create its own
 * policy and ships none of this (about 1.5 KB gzipped).
 *
 * While lit-html evaluates, it hides `trustedTypes` (so lit-html creates no policy: under `trusted-types 'none'` that throws and reports a violation),
 * and through lit-html's own polyfill hook it replaces template creation with
 * {@link buildTemplate}, which makes the same DOM with DOM APIs. `trustedTypes` is back as soon as
 * lit-html has loaded. Security is unchanged: Lit's policy passes strings through untouched, and
 * only developer-written template literals reach the builder, never bound values.
 *
 * When lit-html is already loaded (another library loaded it first), it does nothing.
 */
import { buildTemplate } from './template-builder.js';

interface LitTemplateClass {
  createElement(html: unknown, options?: unknown): HTMLTemplateElement;
}
type PolyfillHook = (template: LitTemplateClass, childPart: unknown) => void;

interface LitGlobals {
  litHtmlVersions?: string[];
  litHtmlPolyfillSupport?: PolyfillHook;
  litHtmlPolyfillSupportDevMode?: PolyfillHook;
  trustedTypes?: unknown;
}

const HOOKS = ['litHtmlPolyfillSupport', 'litHtmlPolyfillSupportDevMode'] as const;

function install(): void {
  const scope = globalThis as unknown as LitGlobals;
  if (scope.litHtmlVersions || typeof document === 'undefined') return;
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'trustedTypes');
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (descriptor) Object.defineProperty(globalThis, 'trustedTypes', descriptor);
  };
  if (descriptor?.configurable) {
    Object.defineProperty(globalThis, 'trustedTypes', { value: undefined, configurable: true, writable: true });
  }
  for (const name of HOOKS) {
    const previous = scope[name];
    scope[name] = (template, childPart) => {
      previous?.(template, childPart);
      template.createElement = (html) => buildTemplate(String(html));
      restore();
    };
  }
  // lit-html evaluates in the same synchronous module-graph run; should nothing load it, put
  // `trustedTypes` back anyway.
  queueMicrotask(restore);
}

install();
