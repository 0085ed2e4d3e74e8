import { expect } from '@open-wc/testing';
import { contractDiff, isTestDesktopError, replayRecording, sameDataRedacted, startTestDesktop, type TestDesktop } from '../../src/testing/index.js';
import type { Recording } from '../../src/simulator/index.js';
import { dial, rejection } from './app-page.js';
import { waitFor } from '../helpers/waits.js';
import { startContractReplay } from '../../src/testing/contract.js';
import { checkContract } from '../../src/testing/contract-check.js';

const APP = '/test/fixtures/testing-kit-app.html';

function appWindow(desk: TestDesktop): Window & { appRecording(): Promise<Recording> } {
  return desk.frame.contentWindow as Window & { appRecording(): Promise<Recording> };
}

describe('testing kit: a recording as a contract test (replayRecording)', function () {
  this.timeout(180_000);
  let recording: Recording;

  /** A session recorded by the page's own kit in the simulated desktop: the agent dials a number. */
  async function record(query: string): Promise<Recording> {
    const desk = await startTestDesktop({ app: `${APP}?${query}`, agent: { username: 'kit.tester' } });
    try {
      await waitFor(() => desk.frame.contentDocument?.querySelector('#agent')?.textContent === 'kit.tester', 'the recorded page to show the agent');
      dial(desk, '+33298000042');
      await desk.expectRequest('voice.dial');
      await waitFor(async () => (await appWindow(desk).appRecording()).messages.some((message) => message.direction === 'in' && message.name === 'voice.dial'), "the dial's answer recorded");
      return await appWindow(desk).appRecording();
    } finally {
      await desk.dispose();
    }
  }

  before(async () => {
    recording = await record('record');
  });

  it('passes for the same page doing the same thing, and serves it the recorded answers', async () => {
    // Redacted: the number is a pseudonym in the recording, and stands for any number the agent types.
    expect(recording.redacted).to.equal(true);
    const report = await replayRecording(recording, { app: APP, act: (desk) => dial(desk, '+33298000077'), keep: true });
    try {
      const names = report.actual.map((call) => call.name);
      expect(names).to.include.members(['agent.get', 'voice.dial']);
      expect(names).to.deep.equal(report.expected.map((call) => call.name));
      // The recorded agent (a pseudonym), not the simulator's own.
      const agent = report.desk!.frame.contentDocument!.querySelector('#agent')!;
      await waitFor(() => agent.textContent !== '', 'the recorded agent shown');
      const shown = agent.textContent;
      expect(shown).to.not.equal('kit.tester');
      expect(shown).to.match(/^(party|text|value)-\d+$/);
    } finally {
      await report.desk!.dispose();
    }
  });

  it('fails for a page changed to send a different request, with a diff that names it', async () => {
    const error = await rejection(replayRecording(recording, { app: `${APP}?changed`, act: (desk) => dial(desk, '+33298000042') }));
    expect(isTestDesktopError(error), String(error)).to.equal(true);
    expect(error.code).to.equal('CONTRACT_BROKEN');
    expect(error.message).to.contain("the recording has 'agent.get', the page sent 'agent.getState'");
    expect(error.message).to.match(/≠ +\d+ +recorded: agent\.get \[\]\n +page sent: agent\.getState \[\]/);
  });

  it('with raw values, fails when a parameter differs, unless a matcher says it may', async () => {
    const raw = await record('record=raw');
    expect(raw.redacted).to.equal(false);
    const error = await rejection(replayRecording(raw, { app: APP, act: (desk) => dial(desk, '+33298000077') }));
    expect(error.code).to.equal('CONTRACT_BROKEN');
    expect(error.message).to.contain("'voice.dial' was sent with other parameters");
    expect(error.message).to.contain('recorded: voice.dial ["+33298000042",null]');
    const anyNumber = { 'voice.dial': (actual: readonly unknown[]) => typeof actual[0] === 'string' && actual[0].startsWith('+33') };
    const report = await replayRecording(raw, { app: APP, act: (desk) => dial(desk, '+33298000077'), matchers: anyNumber });
    expect(report.actual.map((call) => call.name)).to.include('voice.dial');
  });

  it('gives the Playwright side the lists to compare, which fail with the same diff as in the browser', async () => {
    // What the desktop page does for Node (startReplay, settle) and what Node then does (checkContract).
    const contract = await startContractReplay(recording, { app: `${APP}?changed` });
    let split: Error & { code?: string };
    try {
      dial(contract.desk, '+33298000042');
      const lists = await contract.settle(10_000);
      expect(lists.redacted).to.equal(true);
      expect(lists.expected.map((call) => call.name)).to.include('voice.dial');
      expect(lists.actual.map((call) => call.name)).to.include('agent.getState');
      // Data only: what crosses page.evaluate (structured clone) is what Node compares.
      expect(structuredClone(lists)).to.deep.equal(lists);
      split = await rejection(Promise.resolve().then(() => checkContract(structuredClone(lists))));
    } finally {
      await contract.desk.dispose();
    }
    const whole = await rejection(replayRecording(recording, { app: `${APP}?changed`, act: (desk) => dial(desk, '+33298000042') }));
    expect(split.code).to.equal('CONTRACT_BROKEN');
    expect(split.message).to.equal(whole.message);
  });

  it('rejects a file that is not a recording before framing anything', async () => {
    const frames = document.querySelectorAll('iframe').length;
    const error = await rejection(replayRecording({ format: 'something else' }, { app: APP }));
    expect(error.code).to.equal('RECORDING_FORMAT');
    expect(document.querySelectorAll('iframe').length).to.equal(frames);
  });
});

describe('contractDiff', () => {
  it('marks what is missing and what is extra', () => {
    const diff = contractDiff([{ name: 'agent.get', params: [] }, { name: 'voice.dial', params: ['1'] }], [{ name: 'agent.get', params: [] }]);
    expect(diff).to.contain("request #2 'voice.dial' was recorded but the page did not send it");
    expect(diff).to.contain('-   2  recorded: voice.dial ["1"]');
    expect(contractDiff([{ name: 'agent.get', params: [] }], [{ name: 'agent.get', params: [] }, { name: 'agent.getState', params: [] }])).to.contain(
      "request #2 'agent.getState' was sent by the page but is not in the recording",
    );
    expect(contractDiff([{ name: 'a', params: [{ x: 1, y: [2] }] }], [{ name: 'a', params: [{ y: [2], x: 1 }] }]), 'key order does not matter').to.equal(undefined);
  });
});

describe('sameDataRedacted', () => {
  it('reads a pseudonym as any string, and everything else as data', () => {
    expect(sameDataRedacted(['+33298000042', { Notes: 'typed' }], ['+1-555-0100-3', { Notes: 'value-2' }])).to.equal(true);
    expect(sameDataRedacted(['1', 'Jordan'], ['1', 'party-1'])).to.equal(true);
    expect(sameDataRedacted(['2'], ['1']), 'an id kept by redaction must be equal').to.equal(false);
    expect(sameDataRedacted([42], ['text-1']), 'a pseudonym stands for a string only').to.equal(false);
    expect(sameDataRedacted([{ a: 'x' }], [{ a: 'text-1', b: 'text-2' }]), 'keys still count').to.equal(false);
    expect(sameDataRedacted(['x', undefined, { a: 1, b: undefined }], ['text-1', null, { a: 1 }]), 'undefined as JSON writes it').to.equal(true);
    expect(sameDataRedacted(['x', undefined], ['text-1']), 'array length counts').to.equal(false);
    expect(sameDataRedacted(['x', undefined, { a: 1, b: undefined }], ['text-1', null, { a: 1 }]), 'undefined as JSON writes it').to.equal(true);
    expect(sameDataRedacted(['x', undefined], ['text-1']), 'array length counts').to.equal(false);
  });
});
