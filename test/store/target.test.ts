import { expect } from '@open-wc/testing';
import type { Interaction } from '../../src/protocol/index.js';
import { createInitialState, isLiveInteraction, resolveTargetInteraction } from '../../src/store/index.js';
import { makeInteraction, reduceAll } from './builders.js';

function stateOf(...interactions: Interaction[]) {
  return reduceAll([{ type: 'interactions-fetched', interactions }]);
}

const targetId = (...args: Parameters<typeof resolveTargetInteraction>) => resolveTargetInteraction(...args)?.interactionId;

describe('resolveTargetInteraction', () => {
  const oldCall = makeInteraction({ interactionId: 'old-call', caseId: 'K1', startDate: 1_000 });
  const newCall = makeInteraction({ interactionId: 'new-call', caseId: 'K2', startDate: 2_000 });
  const released = makeInteraction({ interactionId: 'released', caseId: 'K3', startDate: 9_000, state: 'RELEASED' });
  const chat = makeInteraction({ interactionId: 'chat', caseId: 'K4', media: 'chat', state: 'ACCEPTED', startDate: 8_000 });

  it('an explicit id wins, and never falls back when unknown', () => {
    const state = stateOf(oldCall, newCall, { ...released, isCaseSelected: true });
    expect(targetId(state, 'old-call')).to.equal('old-call');
    expect(targetId(state, 'released'), 'even when over').to.equal('released');
    expect(targetId(state, 'nope')).to.equal(undefined);
  });

  it('an empty id counts as none', () => {
    const state = stateOf(oldCall, newCall);
    expect(targetId(state, '')).to.equal('new-call');
    expect(targetId(state, null)).to.equal('new-call');
  });

  it('takes the main interaction of the selected case when it is live', () => {
    const main = makeInteraction({ interactionId: 'main', caseId: 'S', isMainCaseInteraction: true, startDate: 100, isCaseSelected: true });
    const side = makeInteraction({ interactionId: 'side', caseId: 'S', isMainCaseInteraction: false, startDate: 500, isCaseSelected: true });
    expect(targetId(stateOf(newCall, side, main))).to.equal('main');
  });

  it('else the newest live interaction of the selected case, whatever its media', () => {
    const main = makeInteraction({ interactionId: 'main', caseId: 'S', isMainCaseInteraction: true, state: 'RELEASED', isCaseSelected: true });
    const email = makeInteraction({ interactionId: 'email', caseId: 'S', isMainCaseInteraction: false, media: 'email', state: 'COMPOSING', startDate: 700, isCaseSelected: true });
    const consult = makeInteraction({ interactionId: 'consult', caseId: 'S', isMainCaseInteraction: false, startDate: 600, isCaseSelected: true });
    expect(targetId(stateOf(newCall, main, consult, email))).to.equal('email');
  });

  it('falls back to the newest live voice interaction when the selected case has nothing live', () => {
    const over = makeInteraction({ interactionId: 'over', caseId: 'S', state: 'IDLE', isCaseSelected: true });
    expect(targetId(stateOf(oldCall, over, newCall, released, chat))).to.equal('new-call');
  });

  it('without a selected case: the newest live voice interaction, ignoring other media and ended calls', () => {
    expect(targetId(stateOf(newCall, oldCall, released, chat))).to.equal('new-call');
  });

  it('nothing to act on: undefined', () => {
    expect(targetId(createInitialState())).to.equal(undefined);
    expect(targetId(stateOf(released, chat))).to.equal(undefined);
  });

  it('live means not RELEASED, IDLE, ENDED, COMPLETED or REMOVED', () => {
    const live = ['RINGING', 'DIALING', 'ESTABLISHED', 'HELD', 'INVITED', 'ACCEPTED', 'UNKNOWN'];
    const over = ['RELEASED', 'IDLE', 'ENDED', 'COMPLETED', 'REMOVED'];
    for (const state of live) expect(isLiveInteraction(makeInteraction({ interactionId: 'x', state })), state).to.equal(true);
    for (const state of over) expect(isLiveInteraction(makeInteraction({ interactionId: 'x', state })), state).to.equal(false);
  });
});
