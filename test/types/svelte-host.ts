// A Svelte 5 host registering the generated element types (integrations/types/svelte.d.ts);
// test/types/svelte/ checks the same in .svelte files with svelte-check.
import type { CustomElements } from '../../integrations/types/svelte.js';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}

type DialButtonProps = CustomElements['wwe-dial-button'];
export const props: DialButtonProps = { number: '5001', userData: { crmId: 'A-17' }, class: 'call', 'onwwe-dial': (event) => event.detail.number };
export const fromMarkup: DialButtonProps = { 'user-data': '{"crmId":"A-17"}', lang: 'fr' };
// @ts-expect-error the number is a string
export const wrong: DialButtonProps = { number: 5001 };
// @ts-expect-error an attribute is text: an object goes into the `userData` property
export const objectAttribute: DialButtonProps = { 'user-data': { crmId: 'A-17' } };
// @ts-expect-error the detail has no such field
export const wrongDetail: DialButtonProps = { 'onwwe-dial': (event) => event.detail.nope };
// @ts-expect-error Svelte 5 has no `on:` directive type for the kit's events
export const svelte4: DialButtonProps = { 'on:wwe-dial': () => undefined };
