/**
 * The no-code bundle (dist/wwe-components.bundle.js): Lit, every element and the connection in
 * one file. Pasted as a script tag, it reads its `data-*` configuration, registers every element,
 * and exposes the API as `window.WweComponents`. The import order is the point of this file.
 */
import '../csp/lit-trusted-types.js';
import './apply-script-config.js';
import '../elements/all.js';
import { exposeGlobalApi } from './global-api.js';

exposeGlobalApi();
