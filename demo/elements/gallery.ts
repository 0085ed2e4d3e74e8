/**
 * The element gallery, hosted by the simulator as a workspace tab: one section per element, each
 * with a live instance on the page's shared connection and the markup that makes it.
 */
// In this order: the live instances exist, then the desktop origin is pinned, then they upgrade.
import './live-examples.js';
import './guard-switch.js';
import '../shared/connection-origin.js';
import '../../src/elements/all.js';
