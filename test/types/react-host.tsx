// A React host using the generated wrappers (integrations/react): props are the element's
// properties (objects included) and events are typed `on<Event>` props.
import {
  WweCallControls,
  WweDialButton,
  WweUserdataEditor,
  type WweDialButtonElement,
  type WweToastTriggerElement,
  type WweUserdataEditorElement,
} from '../../integrations/react/index.js';

export function CallDesk({ onDialed }: { onDialed(number: string): void }) {
  return (
    <>
      <WweDialButton number="+1 415 555 0142" userData={{ crmId: 'A-17' }} onWweDial={(event) => onDialed(event.detail.number)} />
      <WweUserdataEditor keys={['Disposition', { key: 'Amount', type: 'number' }]} onWweUserdataChange={(event) => event.detail.deleted.length} />
      <WweCallControls targetType="AGENT" onWweCallAction={(event) => event.detail.action === 'hold'} />
      {/* @ts-expect-error the number is a string property */}
      <WweDialButton number={5001} />
      {/* @ts-expect-error the detail has no such field */}
      <WweDialButton onWweDial={(event) => event.detail.nope} />
      {/* @ts-expect-error not a target type */}
      <WweCallControls targetType="NOBODY" />
    </>
  );
}

// A bad JSON attribute is reported by the element; its marker type never shows in a public property.
type ShowsInvalidJson<T> = [Extract<T, { attribute: string; text: string; reason: string }>] extends [never] ? false : true;
export const invalidJsonKeptOut: [
  ShowsInvalidJson<WweDialButtonElement['userData']>,
  ShowsInvalidJson<WweDialButtonElement['extensions']>,
  ShowsInvalidJson<WweToastTriggerElement['buttons']>,
  ShowsInvalidJson<WweToastTriggerElement['keyValues']>,
  ShowsInvalidJson<WweUserdataEditorElement['keys']>,
] = [false, false, false, false, false];
