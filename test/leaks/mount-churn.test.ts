import { expect } from '@open-wc/testing';
import { ELEMENT_LOADERS, ELEMENT_TAGS } from '../../src/elements/registry.js';
import { getConnection, WweConnection } from '../../src/connection/index.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { takeTimerCensus, type TimerCensus } from '../helpers/timer-census.js';

const CYCLES = 10_000;
const BATCH = 100;

interface ChromiumPerformance extends Performance {
  memory?: { usedJSHeapSize: number };
}

/** Heap after a full collection (Chromium runs with --expose-gc for this group). */
async function settledHeap(): Promise<number | undefined> {
  const collect = (window as unknown as { gc?: () => void }).gc;
  for (let round = 0; round < 3; round++) {
    collect?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (performance as ChromiumPerformance).memory?.usedJSHeapSize;
}

/** Everything a mounted element may hold: it must all be back to the baseline. */
function holdings(connection: WweConnection, census: TimerCensus) {
  const stats = connection.stats();
  return { listeners: stats.listeners, hostSubscriptions: stats.hostSubscriptions, pendingRequests: stats.pendingRequests, timers: census.live() };
}

describe('mount churn: every element 10,000 times', function () {
  this.timeout(600_000);
  let kit: KitOnDesktop;
  let census: TimerCensus;

  before(async () => {
    await Promise.all(ELEMENT_TAGS.map((tag) => ELEMENT_LOADERS[tag]()));
    kit = await connectKit({ dialDelay: 10 }, 5000);
    await kit.desktop.inboundCall({ ani: '+33298000000', userData: { Disposition: '' } });
  });

  after(() => kit.teardown());

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}> returns listeners, subscriptions, requests and timers to baseline`, async () => {
      census = takeTimerCensus();
      try {
        const host = document.createElement('div');
        document.body.append(host);
        const baseline = holdings(kit.connection, census);
        const heapBefore = await settledHeap();
        for (let done = 0; done < CYCLES; done += BATCH) {
          const batch = Array.from({ length: BATCH }, () => document.createElement(tag));
          host.append(...batch);
          await Promise.all(batch.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
          for (const element of batch) element.remove();
        }
        host.remove();
        await waitFor(() => JSON.stringify(holdings(kit.connection, census)) === JSON.stringify(baseline), `<${tag}> to release everything`);
        const heapAfter = await settledHeap();
        if (heapBefore !== undefined && heapAfter !== undefined) {
          console.log(`[leaks] <${tag}>: ${CYCLES} mounts, heap growth ${((heapAfter - heapBefore) / 1024).toFixed(0)} KiB`);
        }
        expect(holdings(kit.connection, census)).to.deep.equal(baseline);
      } finally {
        census.restore();
      }
    });
  }

  it('connections churn: 1,000 connections with listeners, disposed, leave nothing behind', async () => {
    census = takeTimerCensus();
    try {
      for (let round = 0; round < 1000; round++) {
        const connection = new WweConnection({ target: kit.desktop.window, desktopOrigin: kit.desktop.origin, timeout: 5000 });
        const stops = ['agent', 'interaction', 'media'].map((channel) => connection.subscribe(channel as 'agent', () => undefined));
        if (round % 10 === 0) await connection.connect();
        stops.forEach((stop) => stop());
        connection.dispose();
        expect(connection.stats()).to.include({ listeners: 0, hostSubscriptions: 0, pendingRequests: 0 });
      }
      await waitFor(() => census.live() === 0, 'every timer to end');
      expect(getConnection()).to.equal(kit.connection);
    } finally {
      census.restore();
    }
  });
});
