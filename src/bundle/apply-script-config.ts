/**
 * Applies the bundle's script-tag configuration when imported, and creates the connection so it
 * listens from now on: the desktop posts the page's frameId once, when the frame loads, whether or
 * not the page has used the kit by then. The bundle imports this before the elements, so they
 * connect with the configuration (module imports evaluate in order). In a bundle every module
 * shares the bundle's URL, which is how the script tag is found.
 */
import { getConnection } from '../connection/index.js';
import { configureFromScript } from './script-config.js';

configureFromScript(import.meta.url);
getConnection();
