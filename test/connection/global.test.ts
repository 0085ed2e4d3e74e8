import { expect } from '@open-wc/testing';
import { configure, getConnection, WweError } from '../../src/connection/index.js';
import { wwe, createClient } from '../../src/client/index.js';

describe('the shared connection', () => {
  afterEach(() => getConnection().dispose());

  it('is one per window, also for a second copy of the kit', async () => {
    const first = getConnection();
    expect(getConnection()).to.equal(first);
    // Another URL is another module instance: what a second bundle on the page would be.
    const copyUrl = '/src/connection/global.ts?second-copy';
    const secondCopy = (await import(/* @vite-ignore */ copyUrl)) as typeof import('../../src/connection/global.js');
    expect(secondCopy.getConnection).not.to.equal(getConnection);
    expect(secondCopy.getConnection()).to.equal(first);
  });

  it('is replaced after dispose, and configure() validates', () => {
    const first = getConnection();
    first.dispose();
    const second = getConnection();
    expect(second).not.to.equal(first);
    expect(() => configure({ timeout: -5 })).to.throw(WweError).with.property('code', 'INVALID_ARGUMENT');
    expect(configure({ timeout: 1234 })).to.equal(second);
  });

  it('exposes every namespace on wwe, bound to the current connection', async () => {
    expect(Object.keys(wwe.voice)).to.include.members(['dial', 'dialEx', 'answer', 'hold', 'resume', 'hangUp', 'startCallRecording']);
    expect(Object.keys(wwe.sipEndpoint)).to.have.length(6);
    expect(Object.keys(wwe.outbound)).to.have.length(17);
    expect(wwe.connection).to.equal(getConnection());
    // The test page is top-level: every request fails fast with NOT_FRAMED.
    const error = await wwe.voice.dial('5001').catch((failure: WweError) => failure);
    expect((error as WweError).code).to.equal('NOT_FRAMED');
    const timed = createClient(getConnection, { timeout: 5 });
    expect((await timed.agent.get().catch((failure: WweError) => failure) as WweError).code).to.equal('NOT_FRAMED');
  });
});

describe('bad input to the connection', () => {
  afterEach(() => getConnection().dispose());

  it('refuses a channel name that is not a string, without leaving a host subscription pending', () => {
    const connection = getConnection();
    for (const channel of ['', Symbol('x'), 42, null] as unknown[]) {
      expect(() => connection.subscribe(channel as 'agent', () => undefined), String(typeof channel)).to.throw(WweError).with.property('code', 'INVALID_ARGUMENT');
    }
    expect(connection.stats()).to.include({ listeners: 0, hostSubscriptions: 0 });
  });

  it('rejects, never throws, for a message it cannot post (here: not framed at all)', async () => {
    const connection = getConnection();
    let call: Promise<unknown> | undefined;
    expect(() => (call = connection.requestEnvelope(Object.create(null) as string))).not.to.throw();
    const settled = await call!.catch((error: WweError) => error);
    expect((settled as WweError).code).to.equal('NOT_FRAMED');
    const hostile = connection.sendMessage(new Proxy({}, { get: () => { throw new Error('trap'); } }));
    expect(hostile.posted).to.equal(false);
    expect(await hostile.answer.catch((error: WweError) => error.code)).to.equal('NOT_FRAMED');
  });
});
