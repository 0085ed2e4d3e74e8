// A Svelte host registering the generated element types (integrations/types/svelte.d.ts).
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from '../../integrations/types/svelte.js';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}

type DialButtonProps = CustomElements['wwe-dial-button'];
export const props: DialButtonProps = { number: '5001', 'on:wwe-dial': (event) => event.detail.number };
export const attributes: HTMLAttributes<HTMLElement> = { lang: 'fr' };
// @ts-expect-error the number is a string
export const wrong: DialButtonProps = { number: 5001 };
