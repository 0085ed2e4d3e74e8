/**
 * A page with every element of the kit loaded and, for each test, a simulated desktop and an empty
 * host element to put elements in; both are removed after the test.
 */
import { ELEMENT_LOADERS, ELEMENT_TAGS } from '../../src/elements/registry.js';
import { connectKit, type KitOnDesktop } from './kit.js';

export interface ElementPage {
  readonly kit: KitOnDesktop;
  readonly host: HTMLElement;
}

/** Registers the mocha hooks in the calling `describe`; read `kit` and `host` inside the tests. */
export function useElementPage(timeout = 3000): ElementPage {
  let kit: KitOnDesktop | undefined;
  let host: HTMLElement | undefined;

  before(() => Promise.all(ELEMENT_TAGS.map((tag) => ELEMENT_LOADERS[tag]())));

  beforeEach(async () => {
    kit = await connectKit({}, timeout);
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    host?.remove();
    kit?.teardown();
  });

  return {
    get kit() {
      return kit!;
    },
    get host() {
      return host!;
    },
  };
}
