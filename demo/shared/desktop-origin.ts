import { configure } from '../../src/index.js';

/**
 * Pins the desktop's origin when the page URL names it (`?desktop-origin=`), as the simulator does
 * for its demo apps. Without it the kit derives the origin and warns: fine to try, not to ship.
 */
export function configureFromQuery(): void {
  const origin = new URLSearchParams(location.search).get('desktop-origin');
  if (origin) configure({ desktopOrigin: origin });
}
