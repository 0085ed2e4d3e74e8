// @ts-check
/**
 * Serves pages under the strict policy that enterprise CRM pages use (issue 7), so the CSP tests
 * load the kit the way such a page does:
 * - every `/test/fixtures/csp-*` response;
 * - any HTML page requested with `?csp=strict` (the demo CRM): pages not written for the test,
 *   so the violation reporter is put first in their <head> as an external script (an inline one
 *   would itself be blocked). It has to run before the page's own scripts, and before the parser
 *   meets the rest of the markup, to see every violation.
 */

/** The policy of the issue, without the frame-ancestors part, which depends on the server. */
export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
];

export const VIOLATION_REPORTER = '/test/fixtures/csp-violation-reporter.ts';

/**
 * The test page (the simulated desktop) frames these pages: allow both host names the server
 * answers on, at this server's port only.
 * @param {string} host the request's Host header
 */
export function strictPolicy(host) {
  const port = host.split(':')[1] ?? '80';
  return [...STRICT_POLICY, `frame-ancestors http://localhost:${port} http://127.0.0.1:${port}`].join('; ');
}

/** @returns {import('koa').Middleware} */
export function cspMiddleware() {
  return async (ctx, next) => {
    const fixture = ctx.path.startsWith('/test/fixtures/csp-');
    const requested = ctx.query.csp === 'strict';
    if (!fixture && !requested) return next();
    await next();
    ctx.set('Content-Security-Policy', strictPolicy(ctx.host));
    if (!fixture && ctx.response.is('html') && typeof ctx.body === 'string') {
      ctx.body = ctx.body.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n<script src="${VIOLATION_REPORTER}"></script>`);
    }
  };
}
