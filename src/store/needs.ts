/**
 * What each slice costs the desktop: the channel whose events keep it current and the request
 * that fills it. The store asks only for what its watched slices need, because desktops
 * rate-limit pages and a page with one button should not cost five requests.
 */
import type { StoreChannel, DesktopAction } from './actions.js';
import type { Slice } from './state.js';

/** The requests the store fetches. None takes parameters. */
export type StoreFetch = 'agent.get' | 'agent.getState' | 'agent.getStateList' | 'media.getMediaList' | 'interaction.getInteractions';

interface Need {
  readonly channel?: StoreChannel;
  readonly fetch?: StoreFetch;
}

const INTERACTIONS: Need = { channel: 'interaction', fetch: 'interaction.getInteractions' };

export const SLICE_NEEDS: Readonly<Record<Slice, Need>> = {
  connection: {},
  allowedServices: {},
  agent: { fetch: 'agent.get' },
  agentState: { channel: 'agent', fetch: 'agent.getState' },
  stateList: { fetch: 'agent.getStateList' },
  media: { channel: 'media', fetch: 'media.getMediaList' },
  interactions: INTERACTIONS,
  cases: INTERACTIONS,
  selectedCaseId: INTERACTIONS,
  toasts: { channel: 'system' },
};

export interface Needs {
  readonly channels: ReadonlySet<StoreChannel>;
  readonly fetches: ReadonlySet<StoreFetch>;
}

export const NO_NEEDS: Needs = { channels: new Set(), fetches: new Set() };

export function needsOf(slices: Iterable<Slice>): Needs {
  const channels = new Set<StoreChannel>();
  const fetches = new Set<StoreFetch>();
  for (const slice of slices) {
    const { channel, fetch } = SLICE_NEEDS[slice] ?? {};
    if (channel) channels.add(channel);
    if (fetch) fetches.add(fetch);
  }
  return { channels, fetches };
}

/**
 * The channel whose events keep a fetched result current, or undefined when only a desktop
 * reload changes it (the agent, the state list).
 */
export function channelOf(fetch: StoreFetch): StoreChannel | undefined {
  return Object.values(SLICE_NEEDS).find((need) => need.fetch === fetch)?.channel;
}

/** The action that reduces a fetch's answer. */
export function fetchedAction(fetch: StoreFetch, result: unknown, fetchId: number): DesktopAction {
  switch (fetch) {
    case 'agent.get':
      return { type: 'agent-fetched', agent: result };
    case 'agent.getStateList':
      return { type: 'state-list-fetched', stateList: result };
    case 'agent.getState':
      return { type: 'agent-state-fetched', fetchId, agentState: result };
    case 'media.getMediaList':
      return { type: 'media-fetched', fetchId, media: result };
    case 'interaction.getInteractions':
      return { type: 'interactions-fetched', fetchId, interactions: result };
  }
}
