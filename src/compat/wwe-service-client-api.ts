/**
 * Entry of dist/wwe-service-client-api.js, the drop-in for Genesys's file: a classic script that
 * installs `window.genesys.wwe.service` on our connection. Its tag takes the same `data-*`
 * options as the bundle's (`data-desktop-origin`, `data-timeout`, `data-handshake-timeout`,
 * `data-allow-any-origin`), read by the same parser.
 */
import { installLegacyService } from '../client/compat.js';
import { configureFromTag, writtenDataOptions } from '../connection/index.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
// Configured before the facade exists, so its first request already uses the tag's settings.
configureFromTag('compat-tag', writtenDataOptions(script));
installLegacyService(window);
