/** The query parameters the simulator page reads itself (demo/index.ts); any other is a page's. */
export const SIMULATOR_PARAMS = ['app', 'kind', 'label', 'apps-origin', 'profile', 'drawer'] as const;

/**
 * When `?app=` carries an unencoded address with a query of its own (`?app=http://x/a?b=1&c=2`),
 * the page's `&c=2` lands among the simulator's parameters and the hosted address is cut short.
 * Returns a polite warning saying how to encode it, or undefined when nothing looks cut.
 */
export function cutAppWarning(search: string): string | undefined {
  const query = new URLSearchParams(search);
  const app = query.get('app');
  if (!app) return undefined;
  const strays = [...query].filter(([name]) => !(SIMULATOR_PARAMS as readonly string[]).includes(name));
  if (strays.length === 0) return undefined;
  const rest = strays.map(([name, value]) => (value === '' ? name : `${name}=${value}`)).join('&');
  const intended = `${app}${app.includes('?') ? '&' : '?'}${rest}`;
  const one = strays.length === 1;
  const names = strays.map(([name]) => `"${name}"`).join(', ');
  return `The hosted page's address may have been cut: ${names} came after ?app= but ${one ? 'is not a simulator parameter' : 'are not simulator parameters'}, so the page got ${app}. If ${one ? 'it belongs' : 'they belong'} to your page, encode its address (encodeURIComponent): ?app=${encodeURIComponent(intended)}`;
}
