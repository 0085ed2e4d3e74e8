/**
 * The startup bench's kit app as a bundled app ships it: the define entries of its three elements
 * only (`import 'wwe-components/elements/…'`), bundled and minified with the production files by
 * the bench's esbuild step, as an app's bundler would. The one-file bundle is the other kit app.
 */
import '../src/elements/agent-state/agent-state.js';
import '../src/elements/interaction-info/interaction-info.js';
import '../src/elements/dial-button/dial-button.js';
