// A JSX host using the tags directly, typed by integrations/types/jsx.d.ts.
import type { CustomElements } from '../../integrations/types/jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const dial = <wwe-dial-button number="5001" onwwe-dial={(event) => event.detail.number.toUpperCase()} />;
export const recording = <wwe-recording-control interaction-id="42" onwwe-recording-change={(event) => event.detail.recordingState === 'PAUSED'} />;
// @ts-expect-error the detail has no such field
export const wrong = <wwe-dial-button onwwe-dial={(event) => event.detail.nope} />;
