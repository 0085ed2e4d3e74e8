import { expect } from '@open-wc/testing';
import { PendingRequests } from '../../src/connection/pending.js';
import { WweError } from '../../src/connection/errors.js';

/** Resolves with the request's outcome (`resolved` or the error code) and when it came. */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ result: 'resolved', at: performance.now() }),
    (error: unknown) => ({ result: error instanceof WweError ? error.code : 'other', at: performance.now() }),
  );

/** Counts the timers armed and cleared while `run` runs, and which handles were cleared. */
function countTimers<T>(run: () => T): { result: T; armed: unknown[]; cleared: unknown[] } {
  const armed: unknown[] = [];
  const cleared: unknown[] = [];
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  window.setTimeout = ((...args: Parameters<typeof realSet>) => {
    const handle = realSet(...args);
    armed.push(handle);
    return handle;
  }) as typeof realSet;
  window.clearTimeout = ((handle?: number) => {
    cleared.push(handle);
    realClear(handle);
  }) as typeof realClear;
  try {
    return { result: run(), armed, cleared };
  } finally {
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
  }
}

describe('PendingRequests deadlines (one timer, issue #12)', () => {
  it('two thousand requests in flight arm one timer, and a request never times out before its timeout', async () => {
    const pending = new PendingRequests();
    const start = performance.now();
    const { result: settled, armed } = countTimers(() => Array.from({ length: 2000 }, (_, index) => outcome(pending.add(`r${index}`, 'agent.get', 150))));
    expect(armed.length, 'timers armed for 2,000 requests').to.equal(1);
    const results = await Promise.all(settled);
    expect(results.every(({ result }) => result === 'TIMEOUT')).to.equal(true);
    // Timers fire late on a busy machine, never early; 2 ms for the clocks' coarse precision.
    expect(Math.min(...results.map(({ at }) => at - start))).to.be.at.least(148);
    expect(pending.size).to.equal(0);
  });

  it('requests with different timeouts time out in the order of their deadlines', async () => {
    const pending = new PendingRequests();
    const order: string[] = [];
    const watch = (id: string, timeout: number) => pending.add(id, 'agent.get', timeout).catch((error: WweError) => order.push(`${id}:${error.code}`));
    await Promise.all([watch('long', 400), watch('short', 100), watch('middle', 250), watch('short-too', 100)]);
    expect(order).to.deep.equal(['short:TIMEOUT', 'short-too:TIMEOUT', 'middle:TIMEOUT', 'long:TIMEOUT']);
  });

  it('an answered request never times out, and the timer stops once nothing waits', async () => {
    const pending = new PendingRequests();
    const { result: answered, armed, cleared } = countTimers(() => {
      const promise = outcome(pending.add('a', 'agent.get', 60_000));
      pending.settle('a', { data: 1 });
      return promise;
    });
    expect((await answered).result).to.equal('resolved');
    expect(armed).to.have.length(1);
    expect(cleared, 'the one timer is cleared when the last request settles').to.include(armed[0]);
  });

  it("a reused referenceId's first deadline does not time out the second request", async () => {
    const pending = new PendingRequests();
    const first = outcome(pending.add('same', 'voice.dial', 50));
    const second = outcome(pending.add('same', 'agent.get', 60_000));
    expect((await first).result).to.equal('INVALID_ARGUMENT');
    // Its deadline falls after the first one's: once it has timed out, the first's has passed too.
    expect((await outcome(pending.add('sentinel', 'agent.get', 120))).result).to.equal('TIMEOUT');
    expect(pending.requestOf('same')).to.equal('agent.get');
    pending.settle('same', { data: 2 });
    expect((await second).result).to.equal('resolved');
  });

  it('thousands of requests answered before their deadlines leave the waiting ones to time out on time', async () => {
    const pending = new PendingRequests();
    // Added first, so the lanes are compacted (answered deadlines dropped) while it waits.
    const kept = outcome(pending.add('kept', 'agent.get', 300));
    const answered: Promise<{ result: string }>[] = [];
    for (let index = 0; index < 5000; index++) {
      answered.push(outcome(pending.add(`r${index}`, 'agent.get', 60_000)));
      pending.settle(`r${index}`, { data: index });
    }
    const short = outcome(pending.add('short', 'agent.get', 80));
    expect((await short).result).to.equal('TIMEOUT');
    expect(pending.has('kept'), 'the longer request still waits').to.equal(true);
    expect((await kept).result).to.equal('TIMEOUT');
    expect((await Promise.all(answered)).every(({ result }) => result === 'resolved')).to.equal(true);
    expect(pending.size).to.equal(0);
  });
});
