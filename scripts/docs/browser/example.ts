/**
 * An element page's example app: the element's markup from the gallery, on a page the element page
 * frames and serves as its desktop. The desktop names its origin in the frame's URL
 * (`?desktop-origin=`), as the simulator does for the demo apps; the origin is pinned first.
 */
import '../../../demo/shared/connection-origin.js';
import '../../../src/elements/all.js';
