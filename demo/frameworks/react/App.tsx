import { useRef, useState } from 'react';
import type { WweUserdataEditor } from '../../../src/elements/userdata-editor/userdata-editor.js';
import { EDITOR_KEYS, FIRST_NUMBER, describeUserData, markedAsSale, type UserData } from '../shared/call-desk.js';
import { DialButton, EventLog, InteractionInfo, RecordingControl, UserdataEditor } from './kit-components.js';

export function App() {
  const [number, setNumber] = useState(FIRST_NUMBER);
  const [dialed, setDialed] = useState('');
  const [userData, setUserData] = useState<UserData>({});
  const [readonly, setReadonly] = useState(false);
  const [callTools, setCallTools] = useState(true);
  const [recording, setRecording] = useState('');
  const editor = useRef<WweUserdataEditor>(null);

  return (
    <main className="call-desk">
      <h1>React 19 call desk</h1>
      <section aria-labelledby="react-dial">
        <h2 id="react-dial">Dial</h2>
        <div className="row">
          <label>
            Number <input value={number} onChange={(event) => setNumber(event.target.value)} data-field="number" />
          </label>
          <DialButton number={number} onDial={(event) => setDialed(event.detail.number)} />
        </div>
        <p>
          Last dialed: <output data-out="dialed">{dialed || '—'}</output>
        </p>
      </section>
      <section aria-labelledby="react-data">
        <h2 id="react-data">Attached data</h2>
        <UserdataEditor
          ref={editor}
          value={userData}
          keys={EDITOR_KEYS}
          readonly={readonly}
          onInput={(event) => setUserData((event.currentTarget as WweUserdataEditor).value)}
        />
        <div className="row">
          <label>
            <input type="checkbox" checked={readonly} onChange={(event) => setReadonly(event.target.checked)} data-field="readonly" /> Read only
          </label>
          <button type="button" data-action="mark-sale" onClick={() => setUserData(markedAsSale(userData))}>
            Mark as sale
          </button>
          <button type="button" data-action="save" onClick={() => void editor.current?.save()}>
            Save
          </button>
        </div>
        <pre data-out="userdata">{describeUserData(userData)}</pre>
      </section>
      <label>
        <input type="checkbox" checked={callTools} onChange={(event) => setCallTools(event.target.checked)} data-field="call-tools" /> Show call tools
      </label>
      {callTools && (
        <section aria-label="Call tools">
          <InteractionInfo />
          <RecordingControl onRecordingChange={(event) => setRecording(event.detail.recordingState)} />
          <EventLog limit={20} />
        </section>
      )}
      <p>
        Recording: <output data-out="recording">{recording || '—'}</output>
      </p>
    </main>
  );
}
