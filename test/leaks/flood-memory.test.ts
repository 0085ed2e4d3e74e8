/**
 * After a flood the page holds what it held before (issue #13, item 6): the event log keeps its
 * bounded ring, the store one copy of each interaction, and no timer of the coalescing is left.
 * Chromium only (this group runs it with --expose-gc and precise memory figures).
 */
import { expect } from '@open-wc/testing';
import { openFloodPage, type FloodPage } from '../helpers/flood-page.js';
import { waitFor } from '../helpers/frames.js';
import { takeTimerCensus } from '../helpers/timer-census.js';

interface ChromiumPerformance extends Performance {
  memory?: { usedJSHeapSize: number };
}

async function settledHeap(): Promise<number> {
  const collect = (window as unknown as { gc?: () => void }).gc;
  for (let round = 0; round < 3; round++) {
    collect?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const used = (performance as ChromiumPerformance).memory?.usedJSHeapSize;
  if (used === undefined || collect === undefined) throw new Error('this test needs Chromium with --expose-gc');
  return used;
}

/** The most a flood may leave behind: the log's ring is full before it starts, so this is noise. */
const HEAP_SLACK = 2 * 1024 * 1024;

describe('memory after a flood', function () {
  this.timeout(300_000);
  let page: FloodPage;
  beforeEach(async () => void (page = await openFloodPage()));
  afterEach(() => page.dispose());

  it('returns to its level before the burst: 10,000 attached-data and 10,000 agent events', async () => {
    const { desktop, store } = page;
    const userData = () => store.getState().interactions.get('flood-call')?.userData;
    // Warm up: the log's ring fills, the attached data reaches its fifty keys.
    await desktop.flood({ kind: 'attached-data', count: 1000 });
    await waitFor(() => userData()?.Counter === '999', 'the warm-up burst');
    const census = takeTimerCensus();
    try {
      const before = await settledHeap();
      await desktop.flood({ kind: 'attached-data', count: 10_000 });
      await waitFor(() => userData()?.Counter === '9999', 'the attached-data burst');
      await desktop.flood({ kind: 'agent-state', count: 10_000 });
      await waitFor(() => store.getState().agentState?.reasonCode === '9999', 'the agent burst');
      await waitFor(() => census.live() === 0, 'the coalescing timers to end');
      const after = await settledHeap();
      console.log(`[leaks] flood of 20,000 events: heap growth ${((after - before) / 1024).toFixed(0)} KiB`);
      expect(after - before).to.be.below(HEAP_SLACK);
    } finally {
      census.restore();
    }
  });
});
