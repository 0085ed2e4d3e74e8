export { DesktopStore, getStore } from './store.js';
export type { StoreConnection, StoreListener } from './store.js';
export { reduceDesktop } from './reducer.js';
export { resolveTargetInteraction, isLiveInteraction, TARGET_SLICES, UNKNOWN_MEDIA } from './interactions.js';
export { createInitialState, changedSlices, SLICES } from './state.js';
export type { DesktopState, Slice, ConnectionSlice, CaseView, ToastRecord, SyncBookkeeping, FetchWindow } from './state.js';
export { STORE_CHANNELS } from './actions.js';
export type { DesktopAction, StoreChannel } from './actions.js';
export { BurstScheduler } from './burst-scheduler.js';
