import { expect } from '@open-wc/testing';
import { pageRuntime, pageSlot } from '../../src/runtime/page-runtime.js';
import { getConnection } from '../../src/connection/index.js';

type RuntimeModule = typeof import('../../src/runtime/page-runtime.js');
const RUNTIME_KEY = Symbol.for('wwe-components.connection.v1');

/** What the first kits did with the key, and all an older copy on the page knows of it. */
function olderCopyConnection(realm: typeof globalThis, create: () => object): unknown {
  const holder = realm as unknown as Record<symbol, { connection?: object } | undefined>;
  let slot = holder[RUNTIME_KEY];
  if (!slot) {
    slot = {};
    Object.defineProperty(realm, RUNTIME_KEY, { value: slot, configurable: false, enumerable: false, writable: false });
  }
  slot.connection ??= create();
  return slot.connection;
}

describe('the page runtime', () => {
  afterEach(() => getConnection().dispose());

  it('creates a slot once, and a second copy of the module gets the same value', async () => {
    let created = 0;
    const value = pageSlot('configuration.v1', () => ({ made: ++created }));
    expect(pageSlot('configuration.v1', () => ({ made: ++created }))).to.equal(value);
    // Another URL is another module instance: what a second kit copy brings.
    const copyUrl = '/src/runtime/page-runtime.ts?second-copy';
    const copy = (await import(/* @vite-ignore */ copyUrl)) as RuntimeModule;
    expect(copy.pageSlot).not.to.equal(pageSlot);
    expect(copy.pageSlot('configuration.v1', () => ({ made: ++created }))).to.equal(value);
    expect(created).to.equal(1);
    expect(copy.pageRuntime()).to.equal(pageRuntime());
  });

  it('lives on the global symbol, hidden from enumeration and never replaced', () => {
    const runtime = pageRuntime();
    expect((globalThis as unknown as Record<symbol, unknown>)[RUNTIME_KEY]).to.equal(runtime);
    expect(Object.getOwnPropertySymbols(globalThis).includes(RUNTIME_KEY)).to.equal(true);
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, RUNTIME_KEY)!;
    expect(descriptor).to.include({ enumerable: false, writable: false, configurable: false });
    // Slot names cannot reach Object.prototype.
    expect(Object.getPrototypeOf(runtime.slots)).to.equal(null);
  });

  it('shares the connection with an older copy that came later', () => {
    const connection = getConnection();
    expect(olderCopyConnection(globalThis, () => ({ olderCopy: true }))).to.equal(connection);
  });

  it('shares the connection with an older copy that came first, and keeps its place', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = '<!doctype html><title>older copy first</title>';
      await loaded;
      const realm = frame.contentWindow as unknown as typeof globalThis & { newCopy?: { getConnection(): unknown; pageSlot: RuntimeModule['pageSlot'] } };
      const older = olderCopyConnection(realm, () => ({ olderCopy: true, isDisposed: false }));
      const ready = new Promise((resolve) => realm.addEventListener('new-copy', resolve, { once: true }));
      const script = realm.document.createElement('script');
      script.type = 'module';
      script.textContent = `import { getConnection } from '/src/connection/global.ts';
        import { pageSlot } from '/src/runtime/page-runtime.ts';
        window.newCopy = { getConnection, pageSlot };
        dispatchEvent(new Event('new-copy'));`;
      realm.document.head.append(script);
      await ready;
      expect(realm.newCopy!.getConnection()).to.equal(older);
      realm.newCopy!.pageSlot('store.v1', () => new WeakMap());
      expect((realm as unknown as Record<symbol, { connection?: unknown }>)[RUNTIME_KEY]!.connection, 'the older copy still finds it').to.equal(older);
    } finally {
      frame.remove();
    }
  });
});
