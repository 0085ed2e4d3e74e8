/**
 * Entry of dist/wwe-service-client-api.js, the drop-in for Genesys's file: a classic script that
 * installs `window.genesys.wwe.service` on our connection. `data-desktop-origin` on the script tag
 * pins the desktop origin without code.
 */
import { installLegacyService } from '../client/compat.js';

const script = document.currentScript as HTMLScriptElement | null;
const desktopOrigin = script?.dataset.desktopOrigin;
const timeout = Number(script?.dataset.timeout);
installLegacyService(window, {
  ...(desktopOrigin ? { desktopOrigin } : {}),
  ...(Number.isFinite(timeout) && timeout > 0 ? { timeout } : {}),
});
