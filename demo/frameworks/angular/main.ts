// First: Angular packages need the JIT compiler as they load. JIT compiles templates in the
// browser, so the demo needs no Angular CLI.
import '@angular/compiler';
import { bootstrapApplication } from '@angular/platform-browser';
import { configureFromQuery } from '../../shared/desktop-origin.js';
import { CallDeskComponent } from './call-desk.component.js';
import { appConfig } from './app.config.js';

configureFromQuery();
bootstrapApplication(CallDeskComponent, appConfig).catch((error: unknown) => console.error(error));
