import { expect } from '@open-wc/testing';
import { BurstScheduler, PROMPT_RUNS_PER_BURST } from '../../src/store/burst-scheduler.js';

const microtask = () => Promise.resolve();
/** Resolves after the timer or frame a deferred run waits for (a generous bound, not a budget). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 150));

/** A scheduler on a clock the test moves. */
function scheduler() {
  let time = 1000;
  let runs = 0;
  const burst = new BurstScheduler(() => void runs++, () => time);
  return {
    burst,
    runs: () => runs,
    advance: (ms: number) => void (time += ms),
  };
}

describe('BurstScheduler', () => {
  it('runs once per microtask however often it is asked in one task', async () => {
    const { burst, runs } = scheduler();
    for (let index = 0; index < 100; index++) burst.schedule();
    expect(runs()).to.equal(0);
    await microtask();
    expect(runs()).to.equal(1);
  });

  it(`runs the first ${PROMPT_RUNS_PER_BURST} of a burst in a microtask, then waits for a frame and runs what waited once`, async () => {
    const { burst, runs, advance } = scheduler();
    for (let index = 0; index < PROMPT_RUNS_PER_BURST; index++) {
      burst.schedule();
      await microtask();
      advance(1);
    }
    expect(runs()).to.equal(PROMPT_RUNS_PER_BURST);
    for (let index = 0; index < 50; index++) {
      burst.schedule();
      await microtask();
      advance(1);
    }
    expect(burst.deferred).to.equal(true);
    expect(runs()).to.equal(PROMPT_RUNS_PER_BURST);
    await nextTask();
    expect(runs()).to.equal(PROMPT_RUNS_PER_BURST + 1);
    expect(burst.deferred).to.equal(false);
  });

  it('treats calls after a quiet spell as a new burst, and flush() runs a waiting run at once', async () => {
    const { burst, runs, advance } = scheduler();
    for (let index = 0; index <= PROMPT_RUNS_PER_BURST; index++) {
      burst.schedule();
      await microtask();
    }
    expect(burst.deferred).to.equal(true);
    burst.flush();
    expect(runs()).to.equal(PROMPT_RUNS_PER_BURST + 1);
    await nextTask();
    expect(runs(), 'the flushed run does not run again').to.equal(PROMPT_RUNS_PER_BURST + 1);
    advance(1000);
    burst.schedule();
    expect(burst.deferred).to.equal(false);
    await microtask();
    expect(runs()).to.equal(PROMPT_RUNS_PER_BURST + 2);
  });

  it('cancel() drops a waiting run', async () => {
    const { burst, runs } = scheduler();
    burst.schedule();
    burst.cancel();
    await nextTask();
    expect(runs()).to.equal(0);
  });
});
