import { expect } from '@open-wc/testing';
import { PendingRequests } from '../../src/connection/pending.js';
import { WweError } from '../../src/connection/errors.js';

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof WweError ? error.code : 'other'),
  );

describe('PendingRequests', () => {
  it('requests that share one signal: the answered ones stay answered, an abort settles the rest once each, with one listener on the signal', async () => {
    const pending = new PendingRequests();
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
      listeners++;
      add(...args);
    }) as AbortSignal['addEventListener'];
    const settled = Array.from({ length: 1000 }, (_, index) => outcome(pending.add(`r${index}`, 'agent.get', 60_000, controller.signal)));
    expect(listeners, 'one listener for the thousand requests').to.equal(1);
    for (let index = 0; index < 500; index++) expect(pending.settle(`r${index}`, { data: index })).to.equal(true);
    controller.abort();
    const results = await Promise.all(settled);
    expect(results.slice(0, 500).every((result) => result === 'resolved')).to.equal(true);
    expect(results.slice(500).every((result) => result === 'ABORTED')).to.equal(true);
    expect(pending.size).to.equal(0);
  });

  it('a reused referenceId settles the first request INVALID_ARGUMENT and keeps the second', async () => {
    const pending = new PendingRequests();
    const first = outcome(pending.add('same', 'voice.dial', 60_000));
    const second = outcome(pending.add('same', 'agent.get', 60_000));
    expect(await first).to.equal('INVALID_ARGUMENT');
    expect(pending.requestOf('same')).to.equal('agent.get');
    pending.settle('same', { data: 1 });
    expect(await second).to.equal('resolved');
  });
});
