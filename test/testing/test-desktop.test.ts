import { expect } from '@open-wc/testing';
import { isTestDesktopError, startTestDesktop, type TestDesktop } from '../../src/testing/index.js';
import { appDocument, dial, rejection } from './app-page.js';
import { waitFor, waitForValue } from '../helpers/waits.js';

const APP = '/test/fixtures/testing-kit-app.html';

describe('testing kit: startTestDesktop', () => {
  let desk: TestDesktop;

  beforeEach(async () => {
    desk = await startTestDesktop({ app: APP, agent: { username: 'kit.tester' } });
  });

  afterEach(() => desk.dispose());

  it('hosts the app in its own frame, which connects over postMessage', async () => {
    expect(desk.frame.contentWindow).to.not.equal(window);
    await desk.waitForReady();
    await waitFor(() => appDocument(desk).querySelector('#agent')?.textContent === 'kit.tester', 'the app to show the agent from the desktop');
    const snapshot = await desk.snapshot();
    expect(snapshot.frames.map((frame) => frame.origin)).to.deep.equal([location.origin]);
  });

  it('expectRequest resolves for a request the app has already sent', async () => {
    await waitFor(() => appDocument(desk).querySelector('#agent')?.textContent !== '', 'the agent.get answer in the app');
    const entry = await desk.expectRequest('agent.get');
    expect(entry.name).to.equal('agent.get');
    expect(entry.direction).to.equal('in');
  });

  it('expectRequest resolves for a request sent later, matching its parameters', async () => {
    await desk.waitForReady();
    const expected = desk.expectRequest('voice.dial', { params: ['+33298000077'] });
    dial(desk, '+33298000011');
    dial(desk, '+33298000077');
    const entry = await expected;
    expect((entry.payload as { parameters: unknown[] }).parameters[0]).to.equal('+33298000077');
  });

  it('expectRequest rejects with TIMEOUT, listing what the app did send', async () => {
    await desk.waitForReady();
    dial(desk, '+33298000042');
    await desk.expectRequest('voice.dial');
    const error = await rejection(desk.expectRequest('voice.dial', { params: ['+1555'], timeout: 50 }));
    expect(isTestDesktopError(error)).to.equal(true);
    expect(error.code).to.equal('TIMEOUT');
    expect(error.message).to.contain("did not send 'voice.dial' with the expected parameters");
    expect(error.message).to.contain('request voice.dial ["+33298000042"');
    expect(error.message).to.contain('request agent.get');
  });

  it('setProfile changes what the desktop sends', async () => {
    await waitForValue(async () => ((await desk.snapshot()).frames[0]?.subscriptions.length ? true : undefined), 'the app to subscribe');
    /** The keys of the first interaction event the desktop posted after `action`. */
    const eventKeysAfter = async (action: () => Promise<unknown>) => {
      const before = (await desk.messages()).length;
      await action();
      const entry = await waitForValue(async () => (await desk.messages()).slice(before).find((item) => item.kind === 'event' && item.direction === 'out'), 'an event');
      return Object.keys((entry.payload as { data?: object }).data ?? {});
    };
    expect(await eventKeysAfter(() => desk.inboundCall({ ani: '+33298000100' }))).to.include('eventType');
    await desk.setProfile('legacy-8.5');
    const keys = await eventKeysAfter(() => desk.inboundCall({ ani: '+33298000101' }));
    expect(keys).to.include('type');
    expect(keys).to.not.include('eventType');
    expect((await desk.snapshot()).profile).to.equal('legacy-8.5');
  });

  it('refuses an unknown profile and a failing action with coded errors', async () => {
    expect((await rejection(desk.setProfile('nope' as never))).code).to.equal('INVALID_ARGUMENT');
    const failed = await rejection(desk.answer('no-such-interaction'));
    expect(failed.code).to.equal('ACTION_FAILED');
  });

  it('dispose rejects what is pending with DISPOSED, once, and removes the frame', async () => {
    const outcomes: string[] = [];
    const pending = desk.expectRequest('voice.hangUp', { timeout: 60000 }).then(
      () => outcomes.push('resolved'),
      (error: { code?: string }) => outcomes.push(`rejected ${error.code}`),
    );
    await desk.dispose();
    await desk.dispose();
    await pending;
    expect(outcomes).to.deep.equal(['rejected DISPOSED']);
    expect(desk.frame.isConnected).to.equal(false);
    expect((await rejection(desk.snapshot())).code).to.equal('DISPOSED');
  });
});

describe('testing kit: bad options', () => {
  it('needs an app URL', async () => {
    const error = await rejection(startTestDesktop({} as never));
    expect((error as { code?: string }).code).to.equal('INVALID_ARGUMENT');
  });

  it('refuses an unknown profile before loading anything', async () => {
    const error = await rejection(startTestDesktop({ app: APP, profile: 'nope' as never }));
    expect((error as { code?: string }).code).to.equal('INVALID_ARGUMENT');
    expect(document.querySelector('iframe[data-wwe-test-app]')).to.equal(null);
  });
});

describe('testing kit: waits', () => {
  it('waitForReady rejects with TIMEOUT for a page that never talks to the desktop', async () => {
    const desk = await startTestDesktop({ app: '/test/fixtures/testing-kit-silent.html' });
    try {
      const error = await rejection(desk.waitForReady({ timeout: 50 }));
      expect(error.code).to.equal('TIMEOUT');
      expect(error.message).to.contain('The app sent nothing.');
      expect((await rejection(desk.expectRequest('agent.get', { timeout: -1 }))).code).to.equal('INVALID_ARGUMENT');
    } finally {
      await desk.dispose();
    }
  });
});
