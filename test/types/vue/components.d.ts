// The app's registration of the kit's tags for Volar, as docs/frameworks.md shows it.
import type { CustomElements } from '../../../integrations/types/vue.js';

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CustomElements {}
}
