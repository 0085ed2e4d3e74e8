import { expect } from '@open-wc/testing';
import { createDiscovery, type ElementLoaders } from '../../src/bundle/discovery.js';
import { ELEMENT_TAGS, type ElementTag } from '../../src/elements/registry.js';

/** Loaders that record when each is called and settle only when the test says so. */
function heldLoaders() {
  const calls: ElementTag[] = [];
  const settle = new Map<ElementTag, { resolve(): void; reject(error: Error): void }>();
  const loaders = Object.fromEntries(
    ELEMENT_TAGS.map((tag) => [
      tag,
      () => {
        calls.push(tag);
        return new Promise<void>((resolve, reject) => settle.set(tag, { resolve, reject }));
      },
    ]),
  ) as ElementLoaders;
  return { loaders, calls, settle };
}

// Tags not defined in this page: the markup is parsed, never upgraded.
const markup = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};
const turn = () => new Promise((resolve) => setTimeout(resolve));

describe("the autoloader's discovery", () => {
  it('loads <wwe-connection> first and the others once it is defined, wherever it is in the page', async () => {
    const { loaders, calls, settle } = heldLoaders();
    const discover = createDiscovery(loaders, () => false);
    const done = discover(markup('<wwe-agent-state></wwe-agent-state><wwe-dial-button></wwe-dial-button><wwe-connection></wwe-connection>'));
    await turn();
    expect(calls, 'only the connection while it loads').to.deep.equal(['wwe-connection']);
    settle.get('wwe-connection')!.resolve();
    await turn();
    expect(calls).to.deep.equal(['wwe-connection', 'wwe-agent-state', 'wwe-dial-button']);
    settle.get('wwe-agent-state')!.resolve();
    settle.get('wwe-dial-button')!.resolve();
    await done;
  });

  it('without <wwe-connection>, loads every element at once, each once however often it is discovered', async () => {
    const { loaders, calls, settle } = heldLoaders();
    const discover = createDiscovery(loaders, () => false);
    const root = markup('<wwe-agent-state></wwe-agent-state><wwe-event-log></wwe-event-log><p>not ours</p><wwe-agent-state></wwe-agent-state>');
    const first = discover(root);
    const again = discover(root);
    await turn();
    expect(calls).to.have.members(['wwe-agent-state', 'wwe-event-log']);
    expect(calls).to.have.length(2);
    for (const { resolve } of settle.values()) resolve();
    await Promise.all([first, again]);
  });

  it('a <wwe-connection> that fails to load is reported, the others still load, and it is tried again when seen again', async () => {
    const { loaders, calls, settle } = heldLoaders();
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const discover = createDiscovery(loaders, () => false);
      const root = markup('<wwe-connection></wwe-connection><wwe-dial-button></wwe-dial-button>');
      const done = discover(root);
      await turn();
      settle.get('wwe-connection')!.reject(new Error('offline'));
      await turn();
      expect(calls).to.deep.equal(['wwe-connection', 'wwe-dial-button']);
      expect(String(logged[0]?.[0])).to.contain('Could not load <wwe-connection>');
      settle.get('wwe-dial-button')!.resolve();
      await done;
      void discover(root);
      await turn();
      expect(calls.filter((tag) => tag === 'wwe-connection')).to.have.length(2);
      expect(calls.filter((tag) => tag === 'wwe-dial-button'), 'already asked for').to.have.length(1);
      settle.get('wwe-connection')!.resolve();
    } finally {
      console.error = original;
    }
  });
});
