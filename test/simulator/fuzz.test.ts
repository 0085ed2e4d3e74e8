import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { RemoteDesktop } from '../helpers/desktop.js';
import { closeHostedPage, openHostedPage, type PageEndpoint } from './wire.js';

/** Envelopes that look like the client's but break its rules, plus arbitrary junk. */
const malformed = fc.oneof(
  fc.anything(),
  fc.record({ request: fc.oneof(fc.integer(), fc.constant(''), fc.constant(null)), referenceId: fc.constant('fz'), userAgent: fc.constant('WWE Client') }),
  fc.record({ request: fc.constant('agent.get'), parameters: fc.oneof(fc.string(), fc.integer(), fc.object()), referenceId: fc.constant('fz'), userAgent: fc.constant('WWE Client') }),
  // A channel name the desktop does not know is well-formed (it is accepted and stays silent).
  fc.record({ event: fc.constantFrom('subscribe', 'nonsense'), data: fc.oneof(fc.integer(), fc.constant([]), fc.constant('')), referenceId: fc.constant('fz'), userAgent: fc.constant('WWE Client') }),
  fc.record({ request: fc.constant('agent.get'), referenceId: fc.oneof(fc.object(), fc.constant(''), fc.constant(Number.NaN)), userAgent: fc.constant('WWE Client') }),
  fc.record({ request: fc.constant('agent.get'), referenceId: fc.constant('fz'), userAgent: fc.oneof(fc.constant('Mozilla'), fc.integer()) }),
);

/** Envelopes that are well-formed but ask for anything, with random parameters. */
const wellFormed = fc.record({
  request: fc.oneof(fc.constantFrom('agent.setState', 'voice.dial', 'interaction.setUserData', 'system.popupToast', 'outbound.setCallResult'), fc.string({ minLength: 1 })),
  parameters: fc.array(fc.jsonValue(), { maxLength: 3 }),
  referenceId: fc.string({ minLength: 1, maxLength: 12 }).map((id) => `ok-${id}`),
  userAgent: fc.constant('WWE Client'),
  protocolVersion: fc.constant(2),
});

describe('simulator: hostile input', () => {
  let desktop: RemoteDesktop;
  let page: PageEndpoint;

  beforeEach(async () => {
    ({ desktop, page } = await openHostedPage({ dialDelay: 0 }));
  });

  afterEach(() => closeHostedPage({ desktop, page }));

  it('never answers malformed envelopes, logs each as malformed, and keeps serving', async () => {
    const samples = fc.sample(malformed, { numRuns: 60, seed: 20261125 });
    for (const sample of samples) {
      try {
        page.send(sample as Record<string, unknown>);
      } catch {
        // Some samples cannot be cloned at all; the browser refuses them before the wire.
      }
    }
    await page.settle();
    expect(page.answersTo('fz')).to.have.length(0);
    const log = await desktop.messages();
    const rejected = log.filter((entry) => entry.kind === 'rejected');
    expect(rejected.length).to.be.greaterThan(0);
    expect(rejected.every((entry) => entry.reason === 'malformed' && entry.detail?.startsWith('parser: '))).to.equal(true);
  });

  it('answers every well-formed envelope exactly once, whatever it asks', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormed, async (envelope) => {
        page.send({ ...envelope, frameId: desktop.frameId });
        await page.settle();
        expect(page.answersTo(envelope.referenceId)).to.have.length(1);
      }),
      { numRuns: 40, seed: 4242 },
    );
  });

  it('keeps prototype keys as plain data', async () => {
    const id = await desktop.inboundCall({ ani: '1' });
    page.send(JSON.parse(`{"request":"interaction.setUserData","parameters":["${id}",{"constructor":{"prototype":{"polluted":1}},"ok":1}],"referenceId":"proto","userAgent":"WWE Client","protocolVersion":2}`));
    await page.answer('proto');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((await desktop.snapshot()).interactions[0].userData).to.have.property('ok', 1);
  });
});
