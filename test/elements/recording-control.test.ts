import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/recording-control/recording-control.js';
import type { WweRecordingControl } from '../../src/elements/recording-control/recording-control.js';
import { RecordingElapsed } from '../../src/elements/recording-control/recording-elapsed.js';
import { connectKit, loggedRequests, type KitOnDesktop } from '../helpers/kit.js';
import { waitFor } from '../helpers/frames.js';
import { takeTimerCensus } from '../helpers/timer-census.js';

const root = (el: WweRecordingControl) => el.shadowRoot!;
const buttons = (el: WweRecordingControl) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-action]')];
const actionsShown = (el: WweRecordingControl) => buttons(el).map((button) => button.dataset.action);
const buttonFor = (el: WweRecordingControl, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
const focusedAction = (el: WweRecordingControl) => (root(el).activeElement as HTMLElement | null)?.dataset.action;
const isEnabled = (el: WweRecordingControl, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.disabled === false;
const liveText = (el: WweRecordingControl) => root(el).querySelector('[role="status"][aria-live]')!.textContent!.trim();
const indicatorText = (el: WweRecordingControl) => root(el).querySelector('[part="indicator"]')!.textContent!.replace(/\s+/g, ' ').trim();
const parametersOf = (entry: { payload: unknown } | undefined) => (entry!.payload as { parameters: unknown[] }).parameters;

async function answeredCall(kit: KitOnDesktop, ani = '+33298000000'): Promise<string> {
  const id = await kit.desktop.inboundCall({ ani });
  await kit.desktop.call('answer', id);
  return id;
}

describe('<wwe-recording-control>', () => {
  describe('inside a desktop', () => {
    let kit: KitOnDesktop;
    beforeEach(async () => {
      kit = await connectKit({ dialDelay: 20 });
    });
    afterEach(() => kit.teardown());

    it('starts recording the call named by the attribute, then offers pause and stop', async () => {
      const id = await answeredCall(kit);
      const el = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
      await waitFor(() => actionsShown(el).join() === 'start' && !buttonFor(el, 'start').disabled, 'the start button');
      expect(el.getAttribute('recording-state')).to.equal('STOPPED');
      setTimeout(() => buttonFor(el, 'start').click());
      const change = await oneEvent(el, 'wwe-recording-change');
      expect(change.detail).to.deep.equal({ interactionId: id, recordingState: 'RECORDING', previous: 'STOPPED' });
      const [request] = await loggedRequests(kit.desktop, 'voice.startCallRecording');
      expect(parametersOf(request)).to.deep.equal([id]);
      await el.updateComplete;
      expect(actionsShown(el)).to.deep.equal(['pause', 'stop']);
      expect(el.getAttribute('recording-state')).to.equal('RECORDING');
      expect(el.recordingState).to.equal('RECORDING');
      expect(liveText(el)).to.equal('Recording started');
      expect(indicatorText(el)).to.match(/^Recording \d+:\d\d$/);
      const snapshot = await kit.desktop.snapshot();
      expect(snapshot.interactions.find((ixn) => ixn.interactionId === id)!.recordingState).to.equal('RECORDING');
    });

    it('pauses, resumes and stops from properties, announcing each change', async () => {
      const id = await answeredCall(kit);
      const el = await fixture<WweRecordingControl>(html`<wwe-recording-control></wwe-recording-control>`);
      el.interactionId = id;
      await waitFor(() => el.recordingState === 'STOPPED' && !buttonFor(el, 'start').disabled, 'the control to be ready');
      const steps: [() => Promise<boolean>, string, string, string[]][] = [
        [() => el.start(), 'voice.startCallRecording', 'Recording started', ['pause', 'stop']],
        [() => el.pause(), 'voice.pauseCallRecording', 'Recording paused', ['resume', 'stop']],
        [() => el.resume(), 'voice.resumeCallRecording', 'Recording resumed', ['pause', 'stop']],
        [() => el.stop(), 'voice.stopCallRecording', 'Recording stopped', ['start']],
      ];
      for (const [act, request, announcement, shown] of steps) {
        expect(await act()).to.equal(true);
        await waitFor(() => liveText(el) === announcement, announcement);
        expect(actionsShown(el)).to.deep.equal(shown);
        expect(parametersOf((await loggedRequests(kit.desktop, request))[0])).to.deep.equal([id]);
      }
      expect(el.getAttribute('recording-state')).to.equal('STOPPED');
    });

    it('follows recording changes made in Agent Desktop', async () => {
      const id = await answeredCall(kit);
      const el = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
      await waitFor(() => el.recordingState === 'STOPPED', 'the stopped state');
      setTimeout(() => void kit.desktop.call('startRecording', id));
      const started = await oneEvent(el, 'wwe-recording-change');
      expect(started.detail.recordingState).to.equal('RECORDING');
      setTimeout(() => void kit.desktop.call('hangUp', id));
      const stopped = await oneEvent(el, 'wwe-recording-change');
      expect(stopped.detail).to.deep.equal({ interactionId: id, recordingState: 'STOPPED', previous: 'RECORDING' });
      await el.updateComplete;
      expect(liveText(el)).to.equal('Recording stopped');
      // A released call cannot be recorded any more.
      await waitFor(async () => (await kit.desktop.snapshot()).interactions[0]!.state === 'RELEASED', 'the release');
      await waitFor(() => buttonFor(el, 'start').disabled, 'the start button to disable');
    });

    it('acts on the target call without interaction-id, and offers nothing without a voice call', async () => {
      const el = await fixture<WweRecordingControl>(html`<wwe-recording-control></wwe-recording-control>`);
      await waitFor(() => kit.connection.state === 'ready', 'ready');
      await kit.desktop.call('chatArrival', { nickname: 'Ann' });
      await el.updateComplete;
      expect(indicatorText(el)).to.equal('No call to record');
      expect(buttons(el)).to.have.length(0);
      expect(el.hasAttribute('recording-state')).to.equal(false);
      const ringing = await kit.desktop.inboundCall({ ani: '5005' });
      await waitFor(() => actionsShown(el).join() === 'start', 'the start button');
      expect(buttonFor(el, 'start').disabled, 'a ringing call cannot be recorded').to.equal(true);
      await kit.desktop.call('answer', ringing);
      await waitFor(() => !buttonFor(el, 'start').disabled, 'the start button to enable');
      expect(await el.start()).to.equal(true);
      const [request] = await loggedRequests(kit.desktop, 'voice.startCallRecording');
      expect(parametersOf(request)).to.deep.equal([ringing]);
    });

    it('keeps the state when the desktop refuses', async () => {
      await kit.desktop.setFaults({ hostErrors: { 'voice.startCallRecording': 'Recorder offline' } });
      const id = await answeredCall(kit);
      const el = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
      await waitFor(() => isEnabled(el, 'start'), 'the start button');
      setTimeout(() => buttonFor(el, 'start').click());
      await oneEvent(el, 'wwe-error');
      await el.updateComplete;
      expect(el.recordingState).to.equal('STOPPED');
      expect(actionsShown(el)).to.deep.equal(['start']);
    });

    it('is operable from the keyboard and keeps focus as its buttons change', async () => {
      const id = await answeredCall(kit);
      const el = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
      await waitFor(() => isEnabled(el, 'start'), 'the start button');
      buttonFor(el, 'start').focus();
      // Key presses are not awaited: the press resolves only after the page has handled it.
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      await waitFor(() => el.recordingState === 'RECORDING' && isEnabled(el, 'stop'), 'recording');
      expect(focusedAction(el)).to.equal('pause');
      // One key press per test: a second one queues behind the first in the runner.
      buttonFor(el, 'stop').focus();
      buttonFor(el, 'stop').click();
      await waitFor(() => el.recordingState === 'STOPPED' && isEnabled(el, 'start'), 'stopped');
      expect(focusedAction(el), 'focus moves to Start when Stop goes away').to.equal('start');
    });

    it('ticks only while recording and stops its timer when removed', async () => {
      const id = await answeredCall(kit);
      const census = takeTimerCensus();
      try {
        const el = await fixture<WweRecordingControl>(html`<wwe-recording-control interaction-id=${id}></wwe-recording-control>`);
        await waitFor(() => el.recordingState === 'STOPPED' && kit.connection.stats().pendingRequests === 0, 'stopped');
        expect(census.live(), 'no timer while stopped').to.equal(0);
        await kit.desktop.call('startRecording', id);
        await waitFor(() => el.recordingState === 'RECORDING', 'recording');
        await el.updateComplete;
        expect(census.live(), 'one timer while recording').to.equal(1);
        el.remove();
        expect(census.live(), 'no timer once removed').to.equal(0);
      } finally {
        census.restore();
      }
    });
  });

  describe('elapsed time', () => {
    it('adds up recorded time, leaves out pauses, and restarts for a new recording or call', () => {
      const elapsed = new RecordingElapsed();
      elapsed.observe('a', 'STOPPED', 0);
      expect(elapsed.elapsed(500)).to.equal(0);
      elapsed.observe('a', 'RECORDING', 1_000);
      expect(elapsed.elapsed(4_000)).to.equal(3_000);
      elapsed.observe('a', 'PAUSED', 5_000);
      expect(elapsed.elapsed(9_000)).to.equal(4_000);
      elapsed.observe('a', 'RECORDING', 10_000);
      elapsed.observe('a', 'RECORDING', 11_000);
      expect(elapsed.elapsed(12_000)).to.equal(6_000);
      elapsed.observe('a', 'STOPPED', 13_000);
      expect(elapsed.elapsed(14_000)).to.equal(0);
      elapsed.observe('a', 'RECORDING', 20_000);
      elapsed.observe('b', 'RECORDING', 21_000);
      expect(elapsed.elapsed(22_000)).to.equal(1_000);
    });
  });
});
