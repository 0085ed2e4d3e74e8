import { provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';

/** No zone.js: signals and template events tell Angular when to check the view. */
export const appConfig: ApplicationConfig = { providers: [provideZonelessChangeDetection()] };
