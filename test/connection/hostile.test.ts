import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { WweConnection } from '../../src/connection/index.js';
import { closeScriptedDesktopConnection, openScriptedDesktopConnection, type ScriptedDesktop } from '../helpers/scripted-desktop.js';
import { waitFor } from '../helpers/frames.js';

describe('WweConnection under hostile desktop traffic (real postMessage)', () => {
  let desktop: ScriptedDesktop;
  let connection: WweConnection;

  beforeEach(async () => {
    ({ desktop, connection } = await openScriptedDesktopConnection(2000));
    await connection.connect();
  });

  afterEach(() => closeScriptedDesktopConnection({ desktop, connection }));

  it('rejects random envelopes without throwing, losing a request, or delivering garbage', async () => {
    const delivered: unknown[] = [];
    connection.subscribe('interaction', (event) => delivered.push(event));
    await waitFor(() => connection.channelStatus('interaction') === 'active', 'the subscription');
    await desktop.set({ autoAnswer: false });
    const pending = connection.request('agent.get', []);
    await waitFor(async () => (await desktop.requests('agent.get')).length === 1, 'the request');
    const [request] = await desktop.requests('agent.get');

    const junk = fc.sample(
      fc.oneof(
        fc.jsonValue(),
        fc.record({ userAgent: fc.constant('WWE'), referenceId: fc.oneof(fc.string(), fc.integer()), errorMessage: fc.jsonValue() }, { requiredKeys: ['userAgent'] }),
        fc.record({ userAgent: fc.constant('WWE'), event: fc.constantFrom('interaction', 'agent', 'x'), data: fc.jsonValue() }),
      ),
      { numRuns: 300, seed: 20261125 },
    );
    for (const message of junk) await desktop.post(message);
    await desktop.post({ referenceId: request!.referenceId, data: { employeeId: 'e', firstname: 'F', lastname: 'L', username: 'u' }, userAgent: 'WWE' });
    const agent = await pending;
    expect(agent.username).to.equal('u');

    // Events reach listeners as the desktop sent them, whatever their data, as Genesys's client hands them over.
    const sentOnChannel = junk.filter((message) => (message as { event?: unknown } | null)?.event === 'interaction').map((message) => (message as { data: unknown }).data);
    await waitFor(() => delivered.length === sentOnChannel.length, 'every interaction event');
    expect(delivered).to.deep.equal(sentOnChannel);
    const stats = connection.stats();
    expect(stats.pendingRequests).to.equal(0);
    expect(Object.values(stats.rejected).reduce((sum, count) => sum + count, 0)).to.be.greaterThan(0);
  });
});
