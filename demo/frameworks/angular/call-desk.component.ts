import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { EDITOR_KEYS, FIRST_NUMBER, describeUserData, markedAsSale, type UserData } from '../shared/call-desk.js';

/**
 * CUSTOM_ELEMENTS_SCHEMA lets the template use the kit's tags: `[prop]` sets properties and
 * `(wwe-event)` listens. The editor joins Angular forms through `ngDefaultControl` (it writes
 * `value` and reads it on `input`, as for a text field). `readonly` is bound as an attribute:
 * Angular maps a `[readonly]` binding to the DOM property `readOnly`, which the element lacks.
 */
@Component({
  selector: 'angular-call-desk',
  imports: [ReactiveFormsModule],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main class="call-desk">
      <h1>Angular call desk</h1>
      <section aria-labelledby="angular-dial">
        <h2 id="angular-dial">Dial</h2>
        <div class="row">
          <label>Number <input [formControl]="number" data-field="number" /></label>
          <wwe-dial-button [number]="number.value" (wwe-dial)="dialed.set($event.detail.number)"></wwe-dial-button>
        </div>
        <p>Last dialed: <output data-out="dialed">{{ dialed() || '—' }}</output></p>
      </section>
      <section aria-labelledby="angular-data">
        <h2 id="angular-data">Attached data</h2>
        <wwe-userdata-editor #editor ngDefaultControl [formControl]="userData" [keys]="keys" [attr.readonly]="readonly.value ? '' : null"></wwe-userdata-editor>
        <div class="row">
          <label><input type="checkbox" [formControl]="readonly" data-field="readonly" /> Read only</label>
          <button type="button" data-action="mark-sale" (click)="markAsSale()">Mark as sale</button>
          <button type="button" data-action="save" (click)="editor.save()">Save</button>
        </div>
        <pre data-out="userdata">{{ describe(userData.value) }}</pre>
      </section>
      <label><input type="checkbox" [formControl]="callTools" data-field="call-tools" /> Show call tools</label>
      @if (callTools.value) {
        <section aria-label="Call tools">
          <wwe-interaction-info></wwe-interaction-info>
          <wwe-recording-control (wwe-recording-change)="recording.set($event.detail.recordingState)"></wwe-recording-control>
          <wwe-event-log [limit]="20"></wwe-event-log>
        </section>
      }
      <p>Recording: <output data-out="recording">{{ recording() || '—' }}</output></p>
    </main>
  `,
})
export class CallDeskComponent {
  protected readonly keys = EDITOR_KEYS;
  protected readonly number = new FormControl(FIRST_NUMBER, { nonNullable: true });
  protected readonly userData = new FormControl<UserData>({}, { nonNullable: true });
  protected readonly readonly = new FormControl(false, { nonNullable: true });
  protected readonly callTools = new FormControl(true, { nonNullable: true });
  protected readonly dialed = signal('');
  protected readonly recording = signal('');
  protected readonly describe = describeUserData;

  protected markAsSale(): void {
    this.userData.setValue(markedAsSale(this.userData.value));
  }
}
