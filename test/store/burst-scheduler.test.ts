import { expect } from '@open-wc/testing';
import { BurstScheduler, PROMPT_RUNS_PER_BURST } from '../../src/store/burst-scheduler.js';

const microtask = () => Promise.resolve();
/** Resolves after the timer or frame a deferred run waits for (a generous bound, not a budget). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 150));

/** A scheduler on a clock the test moves; each run costs `cost` ms of that clock. */
function scheduler(cost = 0) {
  let time = 1000;
  let runs = 0;
  const burst = new BurstScheduler(
    () => {
      runs++;
      time += cost;
    },
    () => time,
  );
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

  it(`in a flood (runs as costly as the time between them) runs the first ${PROMPT_RUNS_PER_BURST} in a microtask, then waits and runs what waited once`, async () => {
    const { burst, runs, advance } = scheduler(5);
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

  it('keeps every run prompt for a steady stream the page keeps up with (runs take under half the time between them)', async () => {
    const { burst, runs, advance } = scheduler(2);
    for (let index = 0; index < PROMPT_RUNS_PER_BURST * 4; index++) {
      burst.schedule();
      expect(burst.deferred).to.equal(false);
      await microtask();
      await microtask();
      advance(10);
    }
    expect(runs()).to.equal(PROMPT_RUNS_PER_BURST * 4);
  });

  it('treats calls after a quiet spell as a new burst, and flush() runs a waiting run at once', async () => {
    const { burst, runs, advance } = scheduler(5);
    for (let index = 0; index <= PROMPT_RUNS_PER_BURST; index++) {
      burst.schedule();
      await microtask();
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
