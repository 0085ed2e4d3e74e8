// A React 19 host using the tags directly, typed by integrations/types/jsx.d.ts.
import type { CustomElements } from '../../integrations/types/jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const dial = <wwe-dial-button number="5001" userData={{ crmId: 'A-17' }} onwwe-dial={(event) => event.detail.number.toUpperCase()} />;
export const dialFromMarkup = <wwe-dial-button number="5001" user-data='{"crmId":"A-17"}' className="call" />;
export const recording = <wwe-recording-control interaction-id="42" onwwe-recording-change={(event) => event.detail.recordingState === 'PAUSED'} />;
export const transfer = <wwe-call-controls target-type="AGENT" destination="Alice" />;
// @ts-expect-error an attribute is text: an object goes into the `userData` property
export const objectAttribute = <wwe-dial-button user-data={{ crmId: 'A-17' }} />;
// @ts-expect-error the detail has no such field
export const wrong = <wwe-dial-button onwwe-dial={(event) => event.detail.nope} />;
// @ts-expect-error not a target type
export const wrongTarget = <wwe-call-controls target-type="NOBODY" />;
// @ts-expect-error React listens for the name after `on` as written: `onWweDial` is not the kit's event
export const camelEvent = <wwe-dial-button onWweDial={() => undefined} />;
