/**
 * Applies the bundle's script-tag configuration when imported. The bundle imports it before the
 * elements, so they connect with it (module imports evaluate in order). In a bundle every module
 * shares the bundle's URL, which is how the script tag is found.
 */
import { configureFromScript } from './script-config.js';

configureFromScript(import.meta.url);
