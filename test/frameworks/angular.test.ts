// First: Angular packages need the JIT compiler as they load (the demo runs without the CLI).
import '@angular/compiler';
import { bootstrapApplication } from '@angular/platform-browser';
import { CallDeskComponent } from '../../demo/frameworks/angular/call-desk.component.js';
import { appConfig } from '../../demo/frameworks/angular/app.config.js';
import { describeCallDesk } from './call-desk-spec.js';

describeCallDesk('Angular', async (container) => {
  container.append(document.createElement('angular-call-desk'));
  const app = await bootstrapApplication(CallDeskComponent, appConfig);
  return { unmount: () => app.destroy() };
});
