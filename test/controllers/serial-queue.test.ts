import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SerialQueue } from '../../src/controllers/index.js';
import { waitFor } from '../helpers/waits.js';

class QueueHost extends LitElement {
  readonly queue = new SerialQueue(this);
}
customElements.define('serial-queue-host', QueueHost);

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('SerialQueue', () => {
  let host: QueueHost;
  beforeEach(async () => (host = await fixture<QueueHost>(html`<serial-queue-host></serial-queue-host>`)));

  it('starts an operation only after the one before settled, even when that one failed', async () => {
    const started: string[] = [];
    const first = deferred<string>();
    const one = host.queue.run(() => (started.push('one'), first.promise));
    const two = host.queue.run(async () => (started.push('two'), 'second'));
    await Promise.resolve();
    expect(started).to.deep.equal(['one']);
    first.reject(new Error('refused'));
    expect(await one.catch((error: Error) => error.message)).to.equal('refused');
    expect(await two).to.equal('second');
    expect(started).to.deep.equal(['one', 'two']);
  });

  it('runs the calls of one task as one run, after that task', async () => {
    let runs = 0;
    for (let i = 0; i < 5; i++) host.queue.runSoon(async () => void runs++);
    expect(runs, 'not within the task').to.equal(0);
    await waitFor(() => runs > 0, 'the batched run');
    await host.queue.run(async () => undefined);
    expect(runs).to.equal(1);
  });

  it('drops a batched run that has not started when the host leaves the page', async () => {
    let runs = 0;
    host.queue.runSoon(async () => void runs++);
    host.remove();
    // Anything queued after it settles only once the queue is past the point it would have run.
    await new Promise((resolve) => setTimeout(resolve));
    await host.queue.run(async () => undefined);
    expect(runs).to.equal(0);
    document.body.append(host);
    host.queue.runSoon(async () => void runs++);
    await waitFor(() => runs === 1, 'a batched run once back on the page');
  });
});
