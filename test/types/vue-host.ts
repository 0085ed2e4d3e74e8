// A Vue host registering the generated global component types (integrations/types/vue.d.ts);
// test/types/vue/ checks templates with vue-tsc.
import type { CustomElements, WweDialButtonProps } from '../../integrations/types/vue.js';

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends CustomElements {}
}

// Volar looks up `@wwe-dial` as the prop `onWweDial`.
export const props: WweDialButtonProps = { number: '5001', userData: { crmId: 'A-17' }, onWweDial: (event) => event.detail.number };
// @ts-expect-error the detail has no such field
export const wrongDetail: WweDialButtonProps = { onWweDial: (event) => event.detail.nope };
