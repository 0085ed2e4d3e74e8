// The app's registration of the kit's tags for Svelte 5, as docs/frameworks.md shows it.
import type { CustomElements } from '../../../integrations/types/svelte.js';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}
