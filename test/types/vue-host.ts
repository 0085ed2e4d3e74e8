// A Vue host registering the generated global component types (integrations/types/vue.d.ts).
import type { CustomElements } from '../../integrations/types/vue.js';

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CustomElements {}
}

type DialButton = CustomElements['wwe-dial-button'];
export const dialButtonIsTyped: DialButton extends object ? true : false = true;
