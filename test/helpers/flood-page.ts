/**
 * A page of every element, on a scripted desktop that can flood it (`desktop.flood`): the set-up
 * the flood tests (test/resilience/flood.test.ts) and the flood memory test (test/leaks/) share.
 */
import { fixture, html } from '@open-wc/testing';
import { configure, getConnection, type WweConnection } from '../../src/connection/index.js';
import { getStore, type DesktopStore } from '../../src/store/index.js';
import '../../src/elements/all.js';
import { openScriptedDesktop, type ScriptedDesktop } from './scripted-desktop.js';
import { waitFor } from './frames.js';

/** The call the desktop lists at start: the attached-data flood changes it. */
export const FLOOD_CALL = { interactionId: 'flood-call', media: 'voice', state: 'ESTABLISHED', caseId: 'case-call', userData: {}, parties: [{ name: 'Ann' }] };

export interface FloodPage {
  desktop: ScriptedDesktop;
  connection: WweConnection;
  store: DesktopStore;
  dispose(): void;
}

export async function openFloodPage(): Promise<FloodPage> {
  const desktop = await openScriptedDesktop();
  await desktop.set({
    answers: {
      'agent.get': { userName: 'ann', firstName: 'Ann', lastName: 'Lee' },
      'agent.getStateList': [],
      'agent.getState': { operationName: 'Ready', displayName: 'Ready', state: 'READY' },
      'media.getMediaList': [],
      'interaction.getInteractions': [FLOOD_CALL],
    },
  });
  getConnection().dispose();
  const connection = configure({ target: desktop.window, desktopOrigin: desktop.origin, timeout: 20_000 });
  await fixture(html`<div>
    <wwe-dial-button number="5001"></wwe-dial-button>
    <wwe-agent-state></wwe-agent-state>
    <wwe-interaction-info></wwe-interaction-info>
    <wwe-recording-control></wwe-recording-control>
    <wwe-userdata-editor keys="Counter"></wwe-userdata-editor>
    <wwe-event-log></wwe-event-log>
    <wwe-case-selector></wwe-case-selector>
    <wwe-call-controls></wwe-call-controls>
    <wwe-connection></wwe-connection>
  </div>`);
  const store = getStore(connection);
  await waitFor(() => {
    const state = store.getState();
    return state.interactions.has(FLOOD_CALL.interactionId) && state.agentState !== undefined && connection.channelStatus('agent') === 'active' && connection.channelStatus('interaction') === 'active';
  }, 'the page to show the desktop');
  await waitFor(() => connection.stats().pendingRequests === 0, 'the first answers');
  return {
    desktop,
    connection,
    store,
    dispose() {
      connection.dispose();
      desktop.dispose();
    },
  };
}
