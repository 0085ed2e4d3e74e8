import { expect } from '@open-wc/testing';
import '../../src/elements/all.js';
import { ELEMENT_TAGS, type ElementTag } from '../../src/elements/registry.js';
import { connectKit, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';

/**
 * What each element sends at load, beside the connection's one probe (docs/PROTOCOL.md keeps this
 * table): one subscription per channel something watches, one fetch per slice something shows,
 * in one wave. Desktops rate-limit pages, so this is part of the contract.
 */
const SENT_AT_LOAD: Record<ElementTag, string[]> = {
  'wwe-dial-button': [],
  'wwe-tel-links': [],
  'wwe-email-button': [],
  'wwe-connection': [],
  'wwe-recording-control': ['interaction.getInteractions', 'subscribe interaction'],
  'wwe-interaction-info': ['interaction.getInteractions', 'subscribe interaction'],
  'wwe-call-controls': ['interaction.getInteractions', 'subscribe interaction'],
  'wwe-userdata-editor': ['interaction.getInteractions', 'subscribe interaction'],
  'wwe-case-selector': ['interaction.getInteractions', 'subscribe interaction'],
  'wwe-markdone-guard': ['interaction.getInteractions', 'subscribe interaction,markdone'],
  'wwe-agent-state': ['agent.getState', 'agent.getStateList', 'subscribe agent'],
  'wwe-toast-trigger': ['subscribe system'],
  'wwe-event-log': ['subscribe agent,interaction,markdone,media,outbound,system'],
};

describe('messages each element sends at load', () => {
  let kit: KitOnDesktop;
  let host: HTMLElement;
  beforeEach(async () => {
    kit = await connectKit();
    // The kit's own probe is answered (so logged) before the element comes.
    await waitFor(() => kit.connection.stats().pendingRequests === 0, 'the probe to be answered');
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    kit.teardown();
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: ${SENT_AT_LOAD[tag].join(', ') || 'nothing'}`, async () => {
      const before = Math.max(0, ...(await kit.desktop.messages()).map((entry) => entry.seq));
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      host.append(element);
      await element.updateComplete;
      // The wave goes out in a microtask after the element connects; then wait for its answers.
      await Promise.resolve();
      await waitFor(() => kit.connection.stats().pendingRequests === 0, 'the load wave to be answered');
      const sent = (await kit.desktop.messages())
        .filter((entry) => entry.seq > before && entry.direction === 'in' && (entry.kind === 'request' || entry.kind === 'subscribe'))
        .map((entry) => {
          if (entry.kind === 'request') return entry.name;
          const data = (entry.payload as { data: unknown }).data;
          return `subscribe ${Array.isArray(data) ? [...data].sort().join(',') : String(data)}`;
        })
        .sort();
      expect(sent).to.deep.equal([...SENT_AT_LOAD[tag]].sort());
    });
  }
});
