// A React host using the generated wrappers (integrations/react): props and events are typed.
import { WweDialButton, WweUserdataEditor } from '../../integrations/react/index.js';

export function CallDesk({ onDialed }: { onDialed(number: string): void }) {
  return (
    <>
      <WweDialButton number="+1 415 555 0142" userData={{ crmId: 'A-17' }} onWweDial={(event) => onDialed(event.detail.number)} />
      <WweUserdataEditor keys={['Disposition', { key: 'Amount', type: 'number' }]} onWweUserdataChange={(event) => event.detail.deleted.length} />
      {/* @ts-expect-error the number is a string attribute */}
      <WweDialButton number={5001} />
    </>
  );
}
