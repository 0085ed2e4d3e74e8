/**
 * The simulator page `npm start` opens: the shell hosting the demo apps from another origin.
 * `?app=<url>` hosts any other page instead (`&kind=tab|interaction|popup|hidden`; an address
 * with a query of its own must be URL-encoded, and a cut one is warned about), and
 * `?apps-origin=` moves the demo apps, `?profile=<name>` starts the desktop with another profile
 * (legacy-8.5, partial-events, …). The engine is exposed as `window.wweSimulator`.
 */
import '../src/simulator/shell/desktop-simulator/desktop-simulator.js';
import type { ProfileName } from '../src/simulator/engine/index.js';
import { createSimulatorGlobal, type WweSimulatorGlobal } from '../src/simulator/scenarios/index.js';
import { cutAppWarning } from '../src/simulator/shell/app-query.js';
import { FRAME_KINDS, type HostedAppSpec } from '../src/simulator/shell/apps.js';
import type { DrawerName } from '../src/simulator/shell/events.js';

declare global {
  interface Window {
    wweSimulator?: WweSimulatorGlobal;
  }
}

const query = new URLSearchParams(location.search);

/** The apps server answers on the other host name, one port up: another origin, as in production. */
function demoAppsOrigin(): string {
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return query.get('apps-origin') ?? `${location.protocol}//${host}:${Number(location.port) + 1}`;
}

function demoApp(path: string, kind: HostedAppSpec['kind'], label: string): HostedAppSpec {
  const url = new URL(path, demoAppsOrigin());
  // Demo pages pin the desktop origin, as production pages should (see README, Security).
  url.searchParams.set('desktop-origin', location.origin);
  return { url: url.href, kind, label };
}

function appsFromQuery(): HostedAppSpec[] {
  const custom = query.get('app');
  if (custom) {
    const kind = FRAME_KINDS.find((name) => name === query.get('kind')) ?? 'tab';
    return [{ url: new URL(custom, location.href).href, kind, label: query.get('label') ?? new URL(custom, location.href).host }];
  }
  return [
    demoApp('/demo/crm/index.html', 'interaction', 'Customer CRM'),
    demoApp('/demo/elements/index.html', 'tab', 'Element gallery'),
    demoApp('/demo/monitor/index.html', 'tab', 'Desktop messages'),
    demoApp('/demo/notifier/index.html', 'hidden', 'Call notifier'),
    demoApp('/demo/monitor/index.html?popup', 'popup', 'Messages window'),
  ];
}

const shell = document.querySelector('wwe-desktop-simulator');
if (shell) {
  shell.apps = appsFromQuery();
  shell.warning = cutAppWarning(location.search);
  const drawer = query.get('drawer');
  if (drawer === 'inspector' || drawer === 'scenarios' || drawer === 'faults') shell.drawer = drawer satisfies DrawerName;
  await shell.updateComplete;
  const { engine } = shell;
  const profile = query.get('profile');
  if (engine && profile !== null) {
    try {
      engine.setProfile(profile as ProfileName);
    } catch (error) {
      // The desktop stays on its default profile; the message names the valid ones.
      console.error(error instanceof Error ? error.message : error);
    }
  }
  if (engine) window.wweSimulator = createSimulatorGlobal(engine);
}
