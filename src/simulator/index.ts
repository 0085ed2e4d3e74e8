/**
 * The Agent Desktop simulator: the engine (the desktop end of the wire), the scenario player, and
 * the <wwe-desktop-simulator> shell. Importing this entry defines the shell's elements.
 */
export * from './engine/index.js';
export * from './scenarios/index.js';
export { WweDesktopSimulator } from './shell/desktop-simulator/desktop-simulator.js';
export { WweSimAgentState } from './shell/agent-state/agent-state.js';
export { WweSimAppFrame } from './shell/app-frame/app-frame.js';
export { WweSimAttachedData } from './shell/attached-data/attached-data.js';
export { WweSimCallPanel } from './shell/call-panel/call-panel.js';
export { WweSimDrawer } from './shell/drawer/drawer.js';
export { WweSimFaultPanel } from './shell/fault-panel/fault-panel.js';
export { WweSimInspector } from './shell/inspector/inspector.js';
export { WweSimInteractionList } from './shell/interaction-list/interaction-list.js';
export { WweSimRecording } from './shell/recording/recording.js';
export { WweSimScenarioPanel } from './shell/scenario-panel/scenario-panel.js';
export { WweSimToastArea } from './shell/toast-area/toast-area.js';
export { WweSimTopBar } from './shell/top-bar/top-bar.js';
export { WweSimWorkspace } from './shell/workspace/workspace.js';
export type { HostedAppSpec } from './shell/apps.js';
export type { DrawerName, NoticeDetail, DrawerDetail, FocusDetail } from './shell/events.js';
export type { InspectorFilter } from './shell/inspector/filter.js';
export * from './replay/index.js';
